#pragma once

#include "core/Feedback.h"
#include "core/Result.h"
#include "core/population/PopulationStore.h"
#include "core/query/AreaMatrix.h"
#include "core/query/Classification.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/render/RenderSettings.h"

#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

class MapProjection;

// What the statistics view puts on the map (docs/statistics.md): the choropleth of a level (a
// measure, a class method, a palette) and the uncovered parts of a distance coverage. The
// Statistics panel and `careatlas-cli render` / `export --map` / `export --atlas` build this one
// request and turn it into RenderSettings through the functions below, so that the window and
// the command line draw the same map.
enum class ChoroplethMeasure { None, Count, Per1000Aged65, Per1000Aged75, CapacityPer1000Aged65 };
QString choroplethMeasureName(ChoroplethMeasure measure);                 // none, count, per1000_65, per1000_75, capacity_per1000_65
std::optional<ChoroplethMeasure> choroplethMeasureFromName(const QString &name);
QString choroplethMeasureLabel(ChoroplethMeasure measure);               // translated (the legend's and the panel's)

// Sequential palettes, light to dark, all colour-blind safe (ColorBrewer marks YlGnBu, OrRd and
// Greys so; viridis was made so); YlGnBu and Greys also read in grey print.
enum class ChoroplethPalette { YlGnBu, OrRd, Viridis, Greys };
QString choroplethPaletteName(ChoroplethPalette palette);                 // ylgnbu, orrd, viridis, greys
std::optional<ChoroplethPalette> choroplethPaletteFromName(const QString &name);
QString choroplethPaletteLabel(ChoroplethPalette palette);               // translated
std::vector<QColor> sequentialPalette(int classes, ChoroplethPalette palette);

struct StatisticsMapRequest {
    QString levelCode;                        // the areas coloured and measured
    ChoroplethMeasure measure = ChoroplethMeasure::None;
    ClassMethod method = ClassMethod::Quantile;
    ChoroplethPalette palette = ChoroplethPalette::YlGnBu;
    int classes = 5;                          // at most (fewer when there are fewer distinct values)
    double coverageKm = 0;                    // > 0: the uncovered parts as a layer
    bool any() const { return measure != ChoroplethMeasure::None || coverageKm > 0; }
};

// The choropleth of the matrix's own level (its rows at that level): each area's value of the
// measure over the rated categories, classed; null for ChoroplethMeasure::None. Areas without a
// value (a rate without population) are left out and drawn as they are.
std::shared_ptr<const Choropleth> makeChoropleth(const AreaMatrix &matrix, const ResourceSnapshot &snapshot, const StatisticsMapRequest &request);

// The uncovered parts' layer with its legend line, e.g. 「訪問看護ステーションから 1 km 圏外」.
std::shared_ptr<const CoverageGaps> makeCoverageGaps(const QPainterPath &uncovered, double km, const QStringList &ratedCategories,
                                                     const ResourceSnapshot &snapshot, const QString &language);

// The filter as the statistics view counts with it: its features, text and distance, without
// its area and categories (the categories are the rated ones).
ResourceFilter statisticsFilter(const ResourceFilter &filter);

// What the command line does in one go (the window keeps its matrix and coverage and calls the
// two functions above): the matrix of the request's level for `filter` (statisticsFilter, its
// categories rated), the coverage when asked (progress and cancel through `feedback`), and both
// layers set on `settings`. Errors: NotFound (no such level, or it has no areas), the store's,
// the coverage's.
Status applyStatisticsMap(RenderSettings &settings, const StatisticsMapRequest &request, Store &store, const ResourceFilter &filter,
                          const QString &language, const MapProjection *projection = nullptr, const Feedback &feedback = {});

} // namespace careatlas::geo
