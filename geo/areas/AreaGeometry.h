#pragma once

// Area polygons in memory, as Boost.Geometry models over lon/lat (EPSG:6668) treated as
// plane coordinates: right for containment, and for area *ratios* within a city (the
// lon/lat distortion is the same for both terms of a ratio).

#include <QByteArray>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include <optional>

namespace careatlas::geo {

using AreaPoint = boost::geometry::model::d2::point_xy<double>;
using AreaPolygon = boost::geometry::model::polygon<AreaPoint>;   // clockwise, closed
using AreaMultiPolygon = boost::geometry::model::multi_polygon<AreaPolygon>;
using AreaBox = boost::geometry::model::box<AreaPoint>;

// Reads an ISO WKB (Multi)Polygon (as the store holds it) and orients its rings the way
// Boost.Geometry wants them (boost::geometry::correct). nullopt for anything else.
std::optional<AreaMultiPolygon> multiPolygonFromWkb(const QByteArray &wkb);

// Area of the intersection of two multipolygons; falls back to OGR/GEOS when Boost.Geometry
// rejects the input. Never throws; -1 when neither can compute it.
double intersectionArea(const AreaMultiPolygon &a, const QByteArray &aWkb, const AreaMultiPolygon &b, const QByteArray &bWkb);

} // namespace careatlas::geo
