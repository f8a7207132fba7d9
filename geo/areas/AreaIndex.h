#pragma once

#include "core/Area.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace careatlas::geo {

// The areas of one level, for point-in-area lookups: a bulk-loaded Boost.Geometry R-tree
// over the areas' envelopes, then an exact point-in-polygon test (covered_by: a point on a
// boundary counts as inside). Immutable once built; share it as shared_ptr<const AreaIndex>.
//
// Shared borders: a point on the border of several areas (or in an overlap) belongs to the
// one with the lowest code (QString ordering, i.e. by UTF-16 code units), so every run and
// every machine assigns it the same way.
class AreaIndex
{
public:
    static std::shared_ptr<const AreaIndex> build(const QList<AreaRecord> &areas);
    ~AreaIndex();

    // Code of the area holding the point (lowest code on shared borders); empty if none.
    QString areaAt(double lon, double lat) const;
    // Codes of every area holding the point, sorted.
    QStringList areasAt(double lon, double lat) const;
    int size() const;
    int unreadableCount() const;   // areas whose geometry could not be read (not indexed)

    struct Private;
private:
    explicit AreaIndex(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace careatlas::geo
