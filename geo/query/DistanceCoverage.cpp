#include "geo/query/DistanceCoverage.h"

#include "core/store/Store.h"
#include "geo/GdalSupport.h"
#include "geo/render/MapProjection.h"

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

namespace careatlas::geo {

namespace {

using GeometryPointer = std::unique_ptr<OGRGeometry>;


// An area's WKB (EPSG:6668) in the projection's metres, valid for GEOS (repaired when not).
GeometryPointer projected(const QByteArray &wkb, OGRCoordinateTransformation &transform)
{
    OGRGeometry *raw = nullptr;
    if (wkb.isEmpty()
        || OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, size_t(wkb.size()), wkbVariantIso) != OGRERR_NONE || !raw)
        return nullptr;
    GeometryPointer geometry(raw);
    if (geometry->transform(&transform) != OGRERR_NONE)
        return nullptr;
    if (!geometry->IsValid()) {
        GeometryPointer valid(geometry->MakeValid());
        if (!valid || !valid->IsValid())
            return nullptr;
        geometry = std::move(valid);
    }
    return geometry;
}

double areaOf(const OGRGeometry *geometry)
{
    return geometry ? OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(geometry))) : 0.0;
}

void addRings(QPainterPath &path, const OGRGeometry *geometry)
{
    if (!geometry)
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        for (const OGRLinearRing *ring : *geometry->toPolygon()) {
            QPolygonF polygon;
            polygon.reserve(ring->getNumPoints());
            for (const OGRPoint &p : *ring)
                polygon << QPointF(p.getX(), p.getY());
            path.addPolygon(polygon);
            path.closeSubpath();
        }
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addRings(path, part);
    }
}

// The share of `geometry` within `covered` (0 when `covered` is null or empty).
double coveredArea(const OGRGeometry &geometry, const OGRGeometry *covered)
{
    if (!covered || covered->IsEmpty())
        return 0.0;
    OGREnvelope a, b;
    geometry.getEnvelope(&a);
    covered->getEnvelope(&b);
    if (!a.Intersects(b))
        return 0.0;
    GeometryPointer part(geometry.Intersection(covered));
    return areaOf(part.get());
}

} // namespace

Result<CoverageResult> computeCoverage(const CoverageInput &input, const MapProjection &projection, const Feedback &feedback)
{
    ensureGdalRegistered();
    if (!OGRGeometryFactory::haveGEOS())
        return Error(ErrorCode::Internal, QStringLiteral("GDAL without GEOS: distance coverage needs it"));
    if (input.radiusMetres <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("radius %1 m").arg(input.radiusMetres));
    OGRSpatialReference geographic, metric;
    if (geographic.importFromEPSG(6668) != OGRERR_NONE || metric.importFromEPSG(projection.epsg()) != OGRERR_NONE)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("EPSG:%1").arg(projection.epsg()));
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    metric.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&geographic, &metric));
    if (!transform)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("no transformation to EPSG:%1").arg(projection.epsg()));

    // The resources in metres, each buffered by the radius; GEOS's cascaded union makes one
    // geometry of the circles (buffering a multipoint at once was a hundred times slower with
    // 1,500 resources).
    std::vector<double> x, y;
    for (const QPointF &p : input.points) {
        x.push_back(p.x());
        y.push_back(p.y());
    }
    if (!projection.forward(x, y))
        return Error(ErrorCode::InvalidCrs, QStringLiteral("resources to EPSG:%1").arg(projection.epsg()));
    GeometryPointer union_;
    if (!x.empty()) {
        OGRMultiPolygon circles;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (i % 64 == 0) {
                if (feedback.cancelled())
                    return Error(ErrorCode::Cancelled);
                feedback.report(qint64(i), qint64(x.size()), 0, 20);
            }
            const OGRPoint point(x[i], y[i]);
            GeometryPointer circle(point.Buffer(input.radiusMetres, 32));
            if (!circle || wkbFlatten(circle->getGeometryType()) != wkbPolygon)
                return Error(ErrorCode::InvalidGeometry, QStringLiteral("buffer of a resource"));
            circles.addGeometryDirectly(circle.release());
        }
        feedback.report(20);
        union_.reset(circles.UnionCascaded());
        if (!union_)
            return Error(ErrorCode::InvalidGeometry, QStringLiteral("union of %1 circles").arg(x.size()));
    }
    const OGRGeometry *covered = union_.get();
    CoverageResult result;
    feedback.report(50);
    const qsizetype steps = input.areas.size() + input.populated.size();
    qsizetype step = 0;
    for (const AreaRecord &area : input.areas) {
        if (feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        feedback.report(step++, steps, 50, 100);
        GeometryPointer geometry = projected(area.wkb, *transform);
        if (!geometry) {
            ++result.unreadable;
            continue;
        }
        AreaCoverage c;
        c.area = areaOf(geometry.get());
        c.covered = std::min(c.area, coveredArea(*geometry, covered));
        GeometryPointer rest(covered && !covered->IsEmpty() ? geometry->Difference(covered) : geometry->clone());
        addRings(result.uncovered, rest.get());
        result.byArea.insert(area.code, c);
    }
    // Population of the finer areas, weighted by the covered share of each one's surface.
    QHash<QString, bool> complete;
    for (const CoverageInput::PopulatedArea &finer : input.populated) {
        if (feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        feedback.report(step++, steps, 50, 100);
        auto it = result.byArea.find(finer.areaCode);
        if (it == result.byArea.end())
            continue;
        GeometryPointer geometry = projected(finer.wkb, *transform);
        const double whole = geometry ? areaOf(geometry.get()) : 0.0;
        if (!complete.contains(finer.areaCode)) {
            complete.insert(finer.areaCode, true);
            it->people = it->peopleCovered = it->aged65 = it->aged65Covered = 0.0;
        }
        if (whole <= 0 || !finer.people.total) {
            complete[finer.areaCode] = false;
            continue;
        }
        const double share = std::clamp(coveredArea(*geometry, covered) / whole, 0.0, 1.0);
        auto add = [&](std::optional<double> &all, std::optional<double> &part, const std::optional<qint64> &figure) {
            if (!figure || !all) {
                all.reset();
                part.reset();
                return;
            }
            *all += double(*figure);
            *part += double(*figure) * share;
        };
        add(it->people, it->peopleCovered, finer.people.total);
        add(it->aged65, it->aged65Covered, finer.people.aged65);
    }
    for (auto it = complete.cbegin(); it != complete.cend(); ++it)
        if (!it.value()) {
            AreaCoverage &c = result.byArea[it.key()];
            c.people.reset();
            c.peopleCovered.reset();
            c.aged65.reset();
            c.aged65Covered.reset();
        }
    result.uncovered.setFillRule(Qt::OddEvenFill);
    return result;
}

Result<MatrixCoverage> matrixCoverage(const AreaMatrix &matrix, double km, const ResourceSnapshot &s, const FilterResult &filterResult,
                                      const Store &store, const QHash<QString, PopulationTable> *population,
                                      const MapProjection *givenProjection, const Feedback &feedback)
{
    if (matrix.levelIndex < 0 || matrix.levelIndex >= s.levels.size() || km <= 0)
        return MatrixCoverage();
    const int level = matrix.levelIndex;
    CoverageInput input;
    input.radiusMetres = km * 1000.0;
    auto areas = store.areas(s.levels[level].level.code);
    if (!areas)
        return areas.error();
    input.areas = *areas;
    // The rated resources (the filter's categories, or all), wherever they are: a resource
    // beyond an area's border covers its edge too.
    std::vector<bool> rated(s.categories.size(), matrix.ratedCategories.isEmpty());
    for (int c = 0; c < int(s.categories.size()); ++c)
        if (matrix.ratedCategories.contains(s.categories[c].code))
            rated[c] = true;
    for (int i : filterResult.rows) {
        const int c = s.categoryOf[i];
        const Resource &r = s.resources[i];
        if (c >= 0 && rated[c] && r.hasLocation())
            input.points.emplace_back(*r.longitude, *r.latitude);
    }
    // The finest level below the matrix's with a population table.
    QString populationLabel;
    for (int l = int(s.levels.size()) - 1; population && l > level; --l) {
        const auto table = population->constFind(s.levels[l].level.code);
        if (table == population->cend() || table->isEmpty())
            continue;
        auto finer = store.areas(s.levels[l].level.code);
        if (!finer)
            return finer.error();
        // Each finer area's area of the matrix level, up the hierarchy.
        QHash<QString, int> indexOf;
        for (int a = 0; a < s.levels[l].areas.size(); ++a)
            indexOf.insert(s.levels[l].areas[a].code, a);
        for (const AreaRecord &record : *finer) {
            int a = indexOf.value(record.code, -1);
            for (int k = l; k > level && a >= 0; --k)
                a = s.levels[k].areas[a].parentIndex;
            if (a < 0)
                continue;
            // An area without figures leaves its parent's residents unknown (its total stays empty).
            const auto figures = table->byArea.constFind(record.code);
            input.populated.push_back({record.wkb, s.levels[level].areas[a].code, figures == table->byArea.cend() ? PopulationFigures() : *figures});
        }
        populationLabel = s.levels[l].level.label(matrix.language);
        break;
    }
    std::optional<MapProjection> own;
    if (!givenProjection) {
        OGREnvelope envelope;
        for (const AreaRecord &area : input.areas) {
            OGRGeometry *raw = nullptr;
            if (OGRGeometryFactory::createFromWkb(area.wkb.constData(), nullptr, &raw, size_t(area.wkb.size()), wkbVariantIso) == OGRERR_NONE && raw) {
                OGREnvelope e;
                raw->getEnvelope(&e);
                envelope.Merge(e);
                delete raw;
            }
        }
        if (!envelope.IsInit())
            return MatrixCoverage();
        auto made = MapProjection::forLocation((envelope.MinX + envelope.MaxX) / 2, (envelope.MinY + envelope.MaxY) / 2);
        if (!made)
            return made.error();
        own = *made;
    }
    auto computed = computeCoverage(input, givenProjection ? *givenProjection : *own, feedback);
    if (!computed)
        return computed.error();
    // Population shares only where some area got figures.
    bool anyPeople = false;
    for (const AreaCoverage &c : computed->byArea)
        anyPeople = anyPeople || c.people.has_value();
    MatrixCoverage out;
    out.byArea = std::move(computed->byArea);
    out.populationLevel = anyPeople ? populationLabel : QString();
    out.uncovered = std::move(computed->uncovered);
    return out;
}

} // namespace careatlas::geo
