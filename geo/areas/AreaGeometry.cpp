#include "geo/areas/AreaGeometry.h"

#include "geo/GdalSupport.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <exception>
#include <memory>

namespace careatlas::geo {

namespace bg = boost::geometry;

namespace {

std::unique_ptr<OGRGeometry> ogrFromWkb(const QByteArray &wkb)
{
    OGRGeometry *geometry = nullptr;
    size_t consumed = 0;
    if (wkb.isEmpty()
        || OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, size_t(wkb.size()), wkbVariantIso, consumed)
               != OGRERR_NONE) {
        delete geometry;
        return nullptr;
    }
    return std::unique_ptr<OGRGeometry>(geometry);
}

void appendRing(const OGRLinearRing &ring, AreaPolygon::ring_type &out)
{
    out.reserve(size_t(ring.getNumPoints()));
    for (const OGRPoint &point : ring)
        out.emplace_back(point.getX(), point.getY());
}

AreaPolygon toPolygon(const OGRPolygon &polygon)
{
    AreaPolygon result;
    if (const OGRLinearRing *exterior = polygon.getExteriorRing())
        appendRing(*exterior, result.outer());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
        result.inners().emplace_back();
        appendRing(*polygon.getInteriorRing(i), result.inners().back());
    }
    return result;
}

} // namespace

std::optional<AreaMultiPolygon> multiPolygonFromWkb(const QByteArray &wkb)
{
    const auto geometry = ogrFromWkb(wkb);
    if (!geometry)
        return std::nullopt;
    AreaMultiPolygon result;
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPolygon:
        result.push_back(toPolygon(*geometry->toPolygon()));
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *polygon : *geometry->toMultiPolygon())
            result.push_back(toPolygon(*polygon));
        break;
    default:
        return std::nullopt;
    }
    bg::correct(result);
    return result;
}

double intersectionArea(const AreaMultiPolygon &a, const QByteArray &aWkb, const AreaMultiPolygon &b, const QByteArray &bWkb)
{
    try {
        AreaMultiPolygon overlap;
        bg::intersection(a, b, overlap);
        return bg::area(overlap);
    } catch (const std::exception &) {
        // Boost.Geometry refuses some inputs GEOS accepts (e.g. touching rings): ask GEOS.
    }
    GdalErrorCollector quiet;
    const auto first = ogrFromWkb(aWkb), second = ogrFromWkb(bWkb);
    if (!first || !second)
        return -1;
    std::unique_ptr<OGRGeometry> overlap(first->Intersection(second.get()));
    if (!overlap)
        return -1;
    return OGR_G_Area(OGRGeometry::ToHandle(overlap.get()));   // 0 for points and lines
}

} // namespace careatlas::geo
