#pragma once

#include <QRegularExpression>
#include <QString>

namespace careatlas {

// A regular expression compiled as it is made. QRegularExpression compiles on its first match,
// and two threads making the first match of one object at once race (one may see it
// half-compiled and match nothing); the function-local statics of code that runs on several
// threads (an import converts rows in parallel) are built with this instead.
inline QRegularExpression compiledRegex(const QString &pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression expression(pattern, options);
    expression.optimize();
    return expression;
}

} // namespace careatlas
