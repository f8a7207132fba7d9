#pragma once

#include <QString>

#include <vector>

namespace careatlas {

// Class breaks for a choropleth (docs/statistics.md): the values of the areas (zeros are kept
// apart: they are hatched as "none", not classed) divided into classes.
enum class ClassMethod { Quantile, EqualInterval, NaturalBreaks };

QString classMethodName(ClassMethod method);                         // quantile, equal-interval, natural-breaks
bool classMethodFromName(const QString &name, ClassMethod *method);

struct ClassBreaks {
    double minimum = 0;              // of the positive values
    std::vector<double> upper;       // upper limit of each class, inclusive, ascending; empty: no positive values
    // The class of a positive value (0-based); -1 for zero, negative or no classes.
    int classOf(double value) const;
};

// Classes over the positive values: Quantile (equal counts), EqualInterval (equal widths) or
// NaturalBreaks (Jenks: least squared deviation within classes, exact over up to 2,000 distinct
// values, over an even sample of them beyond). Fewer classes when there are fewer distinct values.
ClassBreaks classify(std::vector<double> values, ClassMethod method, int classes);

} // namespace careatlas
