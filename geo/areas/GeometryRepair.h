#pragma once

#include <QByteArray>
#include <QStringList>

namespace careatlas::geo {

// What became of one area geometry.
struct RepairOutcome {
    QByteArray wkb;        // ISO WKB MultiPolygon, 2D; empty when the geometry was dropped
    QStringList repairs;   // stable kinds: "closed_rings", "removed_degenerate_rings",
                           // "made_valid", "removed_slivers", "kept_polygons_of_collection",
                           // "linearised_curves"
    QString dropped;       // stable kind when dropped: "no_geometry", "empty", "not_polygon",
                           // "unrepairable", "empty_after_repair"
};

// Parts smaller than this (square degrees, about 1 m² in Japan) are slivers.
inline constexpr double SliverAreaDegrees = 1e-10;

// Makes a valid (multi)polygon of any geometry an area file holds: closes rings, removes
// degenerate rings and slivers, repairs self-intersections with OGR MakeValid (GEOS), keeps
// the polygons of a collection. Never throws; what cannot be made a polygon is dropped.
RepairOutcome repairAreaGeometry(const QByteArray &wkb);

} // namespace careatlas::geo
