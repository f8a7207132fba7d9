#include "geo/areas/GeometryRepair.h"

#include "geo/GdalSupport.h"

#include <ogr_geometry.h>

#include <memory>

namespace careatlas::geo {

namespace {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

// The polygons of any geometry, as one MultiPolygon (possibly empty).
std::unique_ptr<OGRMultiPolygon> polygonsOf(const OGRGeometry &geometry)
{
    auto result = std::make_unique<OGRMultiPolygon>();
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        result->addGeometry(&geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection()) {
            auto sub = polygonsOf(*part);
            for (const OGRPolygon *polygon : *sub)
                result->addGeometry(polygon);
        }
    }
    return result;
}

bool hasUnclosedRing(const OGRMultiPolygon &polygons)
{
    for (const OGRPolygon *polygon : polygons)
        for (const OGRLinearRing *ring : *polygon)
            if (!ring->get_IsClosed())
                return true;
    return false;
}

// Removes rings with fewer than four points (after closing); a polygon whose outer ring goes
// goes entirely. Returns whether anything was removed.
bool removeDegenerateRings(OGRMultiPolygon &polygons)
{
    bool removed = false;
    OGRMultiPolygon kept;
    for (const OGRPolygon *polygon : polygons) {
        const OGRLinearRing *exterior = polygon->getExteriorRing();
        if (!exterior || exterior->getNumPoints() < 4) {
            removed = true;
            continue;
        }
        OGRPolygon copy;
        copy.addRing(const_cast<OGRLinearRing *>(exterior));   // addRing copies; GDAL 3.6 takes non-const
        for (int i = 0; i < polygon->getNumInteriorRings(); ++i) {
            const OGRLinearRing *hole = polygon->getInteriorRing(i);
            if (hole->getNumPoints() < 4)
                removed = true;
            else
                copy.addRing(const_cast<OGRLinearRing *>(hole));
        }
        kept.addGeometry(&copy);
    }
    if (removed)
        polygons = kept;
    return removed;
}

bool removeSlivers(OGRMultiPolygon &polygons)
{
    bool removed = false;
    OGRMultiPolygon kept;
    for (const OGRPolygon *polygon : polygons) {
        if (polygon->get_Area() < SliverAreaDegrees)
            removed = true;
        else
            kept.addGeometry(polygon);
    }
    if (removed)
        polygons = kept;
    return removed;
}

} // namespace

RepairOutcome repairAreaGeometry(const QByteArray &wkb)
{
    GdalErrorCollector quiet;   // GEOS's notes on invalid input are what this function handles
    RepairOutcome outcome;
    if (wkb.isEmpty()) {
        outcome.dropped = QStringLiteral("no_geometry");
        return outcome;
    }
    OGRGeometry *raw = nullptr;
    size_t consumed = 0;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, size_t(wkb.size()), wkbVariantIso, consumed)
        != OGRERR_NONE) {
        delete raw;
        outcome.dropped = QStringLiteral("unrepairable");
        return outcome;
    }
    GeometryPtr geometry(raw);
    if (geometry->IsEmpty()) {
        outcome.dropped = QStringLiteral("empty");
        return outcome;
    }
    if (geometry->hasCurveGeometry()) {
        geometry.reset(geometry->getLinearGeometry());
        outcome.repairs << QStringLiteral("linearised_curves");
        if (!geometry) {
            outcome.dropped = QStringLiteral("unrepairable");
            return outcome;
        }
    }
    geometry->flattenTo2D();
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbGeometryCollection) {
        outcome.dropped = QStringLiteral("not_polygon");
        return outcome;
    }
    std::unique_ptr<OGRMultiPolygon> polygons = polygonsOf(*geometry);
    if (type == wkbGeometryCollection)
        outcome.repairs << QStringLiteral("kept_polygons_of_collection");
    if (polygons->IsEmpty()) {
        outcome.dropped = QStringLiteral("not_polygon");
        return outcome;
    }
    if (hasUnclosedRing(*polygons)) {
        polygons->closeRings();
        outcome.repairs << QStringLiteral("closed_rings");
    }
    if (removeDegenerateRings(*polygons))
        outcome.repairs << QStringLiteral("removed_degenerate_rings");
    if (polygons->IsEmpty()) {
        outcome.dropped = QStringLiteral("empty_after_repair");
        return outcome;
    }
    if (!polygons->IsValid()) {
        GeometryPtr valid(polygons->MakeValid());
        if (!valid)
            valid.reset(polygons->Buffer(0));
        if (!valid) {
            outcome.dropped = QStringLiteral("unrepairable");
            return outcome;
        }
        polygons = polygonsOf(*valid);
        outcome.repairs << QStringLiteral("made_valid");
    }
    if (removeSlivers(*polygons))
        outcome.repairs << QStringLiteral("removed_slivers");
    if (polygons->IsEmpty()) {
        outcome.dropped = QStringLiteral("empty_after_repair");
        return outcome;
    }
    outcome.wkb.resize(int(polygons->WkbSize()));
    polygons->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(outcome.wkb.data()), wkbVariantIso);
    return outcome;
}

} // namespace careatlas::geo
