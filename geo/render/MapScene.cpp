#include "geo/render/MapScene.h"

#include "core/store/GpkgGeometry.h"
#include "geo/GdalSupport.h"
#include "geo/areas/TextEncoding.h"

#include <QCoreApplication>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <optional>

namespace careatlas::geo {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using IndexPoint = bg::model::d2::point_xy<double>;
using IndexBox = bg::model::box<IndexPoint>;

struct MapScene::Index {
    bgi::rtree<std::pair<IndexPoint, int>, bgi::rstar<16>> resources;
    std::vector<bgi::rtree<std::pair<IndexBox, int>, bgi::rstar<16>>> areas;   // per level
};

MapScene::MapScene() = default;
MapScene::~MapScene() = default;

QRectF MapScene::extent() const { return m_extent; }

qint64 MapScene::resourceCount() const
{
    qint64 count = 0;
    for (const SceneResource &r : resources)
        count += r.weight;
    return count;
}

void MapScene::finish()
{
    m_index = std::make_unique<Index>();
    std::vector<std::pair<IndexPoint, int>> points;
    points.reserve(resources.size());
    resourceIndex.clear();
    for (int i = 0; i < int(resources.size()); ++i) {
        points.emplace_back(IndexPoint(resources[i].position.x(), resources[i].position.y()), i);
        resourceIndex.insert(resources[i].id, i);
    }
    m_index->resources = decltype(m_index->resources)(points.begin(), points.end());   // bulk load (packing)
    QRectF extent;
    for (const SceneAreaLevel &level : std::as_const(levels)) {   // shared with the scene this one was patched from
        std::vector<std::pair<IndexBox, int>> boxes;
        for (int i = 0; i < level.areas.size(); ++i) {
            const QRectF &b = level.areas[i].bounds;
            boxes.emplace_back(IndexBox(IndexPoint(b.left(), b.top()), IndexPoint(b.right(), b.bottom())), i);
        }
        m_index->areas.emplace_back(boxes.begin(), boxes.end());
        extent = extent.isNull() ? level.bounds : extent.united(level.bounds);
    }
    for (const SceneResource &r : std::as_const(resources)) {
        // Not united() with the point: a rectangle of no size is null, and united() ignores it
        // (the extent stayed the first resource's 2 m).
        if (extent.isNull()) {
            extent = QRectF(r.position - QPointF(1, 1), QSizeF(2, 2));
            continue;
        }
        extent.setLeft(std::min(extent.left(), r.position.x()));
        extent.setRight(std::max(extent.right(), r.position.x()));
        extent.setTop(std::min(extent.top(), r.position.y()));
        extent.setBottom(std::max(extent.bottom(), r.position.y()));
    }
    m_extent = extent;
}

namespace {

SceneResource sceneResourceOf(const Resource &r, int category, const QPointF &position)
{
    SceneResource s;
    s.id = r.id;
    s.category = category;
    s.position = position;
    s.longitude = *r.longitude;
    s.latitude = *r.latitude;
    s.name = r.name;
    s.address = r.address;
    s.phone = r.phone;
    return s;
}

std::shared_ptr<MapScene> copyOfScene(const MapScene &scene)
{
    auto next = std::make_shared<MapScene>();
    next->projection = scene.projection;
    next->levels = scene.levels;
    next->resources = scene.resources;
    next->unlocatedCount = scene.unlocatedCount;
    next->categories = scene.categories;
    next->groups = scene.groups;
    next->categoryIndex = scene.categoryIndex;
    next->datasetLabelJa = scene.datasetLabelJa;
    next->datasetLabelEn = scene.datasetLabelEn;
    next->sourcePath = scene.sourcePath;
    next->readFor = scene.readFor;
    return next;
}

} // namespace

std::shared_ptr<const MapScene> MapScene::withResource(const Resource &resource, bool wasUnlocated) const
{
    auto next = copyOfScene(*this);
    const int index = resourceIndex.value(resource.id, -1);
    if (index >= 0)
        next->resources.erase(next->resources.begin() + index);
    else if (wasUnlocated)
        next->unlocatedCount = std::max(0, next->unlocatedCount - 1);
    if (resource.hasLocation()) {
        next->resources.push_back(sceneResourceOf(resource, categoryIndex.value(resource.categoryCode, -1),
                                                  projection.forward(*resource.longitude, *resource.latitude)));
    } else {
        ++next->unlocatedCount;
    }
    next->finish();
    return next;
}

std::shared_ptr<const MapScene> MapScene::withoutResource(qint64 id, bool hadLocation) const
{
    auto next = copyOfScene(*this);
    const int index = resourceIndex.value(id, -1);
    if (index >= 0)
        next->resources.erase(next->resources.begin() + index);
    else if (!hadLocation)
        next->unlocatedCount = std::max(0, next->unlocatedCount - 1);
    next->finish();
    return next;
}

std::vector<int> MapScene::resourcesIn(const QRectF &r) const
{
    std::vector<int> found;
    if (!m_index)
        return found;
    const IndexBox box(IndexPoint(r.left(), r.top()), IndexPoint(r.right(), r.bottom()));
    for (auto it = m_index->resources.qbegin(bgi::intersects(box)); it != m_index->resources.qend(); ++it)
        found.push_back(it->second);
    std::sort(found.begin(), found.end());
    return found;
}

int MapScene::nearestResource(const QPointF &map, double maxDistance, const std::vector<bool> *mask) const
{
    if (!m_index)
        return -1;
    const IndexPoint p(map.x(), map.y());
    for (auto it = m_index->resources.qbegin(bgi::nearest(p, 16)); it != m_index->resources.qend(); ++it) {
        if (bg::distance(it->first, p) > maxDistance)
            break;
        if (resources[size_t(it->second)].weight != 1)
            continue;   // a group of resources (ExtentScene.h) is no one resource to point at
        if (!mask || (it->second < int(mask->size()) && (*mask)[it->second]))
            return it->second;
    }
    return -1;
}

int MapScene::areaAt(int levelIndex, const QPointF &map) const
{
    if (!m_index || levelIndex < 0 || levelIndex >= int(m_index->areas.size()))
        return -1;
    const IndexPoint p(map.x(), map.y());
    std::vector<int> candidates;
    for (auto it = m_index->areas[levelIndex].qbegin(bgi::intersects(p)); it != m_index->areas[levelIndex].qend(); ++it)
        candidates.push_back(it->second);
    std::sort(candidates.begin(), candidates.end());
    for (int i : candidates)
        if (levels[levelIndex].areas[i].path.contains(map))
            return i;
    return -1;
}

namespace {

bool projectRing(const MapProjection &projection, OGRLinearRing *ring)
{
    const int n = ring->getNumPoints();
    std::vector<double> x(n), y(n);
    ring->getPoints(x.data(), sizeof(double), y.data(), sizeof(double));
    if (!projection.forward(x, y))
        return false;
    ring->setPoints(n, x.data(), y.data());
    return true;
}

// Projects a (multi)polygon in place. False if any ring could not be projected.
bool projectGeometry(const MapProjection &projection, OGRGeometry *geometry)
{
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        for (OGRLinearRing *ring : *geometry->toPolygon())
            if (!projectRing(projection, ring))
                return false;
        return true;
    }
    if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (OGRGeometry *part : *geometry->toGeometryCollection())
            if (!projectGeometry(projection, part))
                return false;
        return true;
    }
    return false;
}

using LodPoint = bg::model::d2::point_xy<double>;
using LodLine = bg::model::linestring<LodPoint>;

// Adds a ring to the full path, and (unless the store had them) its simplified forms to the
// coarser ones.
void addRing(const OGRLinearRing *ring, SceneArea &area, bool simplify)
{
    const int n = ring->getNumPoints();
    QPolygonF polygon;
    polygon.reserve(n);
    LodLine line;
    line.reserve(n);
    for (const OGRPoint &p : *ring) {
        polygon.append(QPointF(p.getX(), p.getY()));
        line.emplace_back(p.getX(), p.getY());
    }
    area.path.addPolygon(polygon);
    area.path.closeSubpath();
    for (int k = 0; simplify && k < 2; ++k) {
        LodLine simple;
        bg::simplify(line, simple, SceneArea::LodTolerance[k]);
        if (simple.size() < 4)
            continue;   // a ring smaller than the tolerance: nothing to see at that scale
        QPolygonF reduced;
        reduced.reserve(int(simple.size()));
        for (const LodPoint &p : simple)
            reduced.append(QPointF(p.x(), p.y()));
        area.simplified[k].addPolygon(reduced);
        area.simplified[k].closeSubpath();
    }
}

void addToPath(const OGRGeometry *geometry, SceneArea &area, bool simplify)
{
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        for (const OGRLinearRing *ring : *geometry->toPolygon())
            addRing(ring, area, simplify);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addToPath(part, area, simplify);
    }
}

// The store's simplified rings (EPSG:6668) projected into the coarser paths, both levels in
// one projection call. False when they cannot be read or projected (the caller simplifies the
// outline itself then).
bool addStoredOutline(const MapProjection &projection, const AreaOutline &outline, SceneArea &area)
{
    std::optional<std::vector<gpkg::Ring>> lines[2];
    std::vector<double> x, y;
    // The same outline for both (a scene of one extent at a coarse scale reads only the
    // coarser): made once and shared.
    const bool same = outline.lines[0].constData() == outline.lines[1].constData();
    for (int k = 0; k < (same ? 1 : 2); ++k) {
        lines[k] = gpkg::wkbLines(outline.lines[size_t(k)]);
        if (!lines[k])
            return false;
        for (const gpkg::Ring &ring : *lines[k])
            for (const auto &[lon, lat] : ring) {
                x.push_back(lon);
                y.push_back(lat);
            }
    }
    if (!projection.forward(x, y))
        return false;
    size_t at = 0;
    for (int k = 0; k < (same ? 1 : 2); ++k) {
        for (const gpkg::Ring &ring : *lines[k]) {
            QPolygonF polygon;
            polygon.reserve(qsizetype(ring.size()));
            for (size_t i = 0; i < ring.size(); ++i, ++at)
                polygon.append(QPointF(x[at], y[at]));
            area.simplified[k].addPolygon(polygon);
            area.simplified[k].closeSubpath();
        }
    }
    if (same)
        area.simplified[1] = area.simplified[0];
    return true;
}

// The label point (centroid when inside, else a point on the surface) and the surface of a
// projected area.
void placeLabel(const OGRGeometry *geometry, SceneArea &area)
{
    area.surface = OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(geometry)));
    OGRPoint label;
    if (geometry->Centroid(&label) != OGRERR_NONE || !label.Within(geometry)) {
        OGRGeometryH point = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(geometry)));
        if (point) {
            label = *OGRGeometry::FromHandle(point)->toPoint();
            OGR_G_DestroyGeometry(point);
        }
    }
    area.labelPoint = QPointF(label.getX(), label.getY());
}

// An area drawn from its stored outlines alone (a scene of one extent at a scale where the full
// outline is never drawn): the finest outline read stands for the full one, and the polygons
// (outer rings and holes) are organised again from its rings by GDAL for the label point.
bool addOutlineOnlyArea(const MapProjection &projection, const AreaOutline &outline, SceneArea &area)
{
    if (!addStoredOutline(projection, outline, area))
        return false;
    area.path = area.simplified[0];
    const QList<QPolygonF> rings = area.path.toSubpathPolygons();
    if (rings.isEmpty())
        return false;
    // The centroid of the odd-even region: each ring's signed by its depth (a ring inside one
    // other is a hole), by the shoelace formula. Inside the outline, it is the label point, as
    // buildScene's centroid would be; outside (a crescent, an archipelago), GDAL finds a point
    // on the surface below.
    double surface = 0, cx = 0, cy = 0;
    for (int i = 0; i < rings.size(); ++i) {
        const QPolygonF &ring = rings[i];
        double a = 0, x = 0, y = 0;
        for (int k = 0; k + 1 < ring.size(); ++k) {
            const double cross = ring[k].x() * ring[k + 1].y() - ring[k + 1].x() * ring[k].y();
            a += cross;
            x += (ring[k].x() + ring[k + 1].x()) * cross;
            y += (ring[k].y() + ring[k + 1].y()) * cross;
        }
        if (a == 0)
            continue;
        int depth = 0;
        for (int j = 0; j < rings.size(); ++j)
            if (j != i && !ring.isEmpty() && rings[j].containsPoint(ring.front(), Qt::OddEvenFill))
                ++depth;
        const double sign = (depth % 2 == 0 ? 1.0 : -1.0) * (a > 0 ? 1.0 : -1.0);   // |a| counted in or out
        surface += sign * a / 2;
        cx += sign * x / 6;
        cy += sign * y / 6;
    }
    if (surface > 0) {
        const QPointF centroid(cx / surface, cy / surface);
        if (area.path.contains(centroid)) {
            area.labelPoint = centroid;
            area.surface = surface;
            return true;
        }
    }
    std::vector<OGRGeometry *> polygons;
    polygons.reserve(size_t(rings.size()));
    for (const QPolygonF &ring : rings) {
        auto *linear = new OGRLinearRing;
        linear->setNumPoints(int(ring.size()));
        for (int i = 0; i < ring.size(); ++i)
            linear->setPoint(i, ring[i].x(), ring[i].y());
        linear->closeRings();
        auto *polygon = new OGRPolygon;
        polygon->addRingDirectly(linear);
        polygons.push_back(polygon);
    }
    int valid = 0;
    const char *options[] = {"METHOD=ONLY_CCW", nullptr};
    std::unique_ptr<OGRGeometry> organised(
        OGRGeometryFactory::organizePolygons(polygons.data(), int(polygons.size()), &valid, options));
    if (organised)
        placeLabel(organised.get(), area);
    return true;
}

} // namespace

Result<MapScenePointer> buildScene(const MapSceneInput &input, const std::atomic_bool *cancel)
{
    ensureGdalRegistered();
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto scene = std::make_shared<MapScene>();
    scene->categories = input.categories;
    scene->groups = input.groups;
    for (int i = 0; i < input.categories.size(); ++i)
        scene->categoryIndex.insert(input.categories[i].code, i);
    scene->datasetLabelJa = input.datasetLabelJa;
    scene->datasetLabelEn = input.datasetLabelEn;
    scene->sourcePath = input.sourcePath;

    // Decode every area once; the projection is chosen from the middle of what there is.
    QList<AreaLevel> levels = input.levels;
    std::stable_sort(levels.begin(), levels.end(), [](const AreaLevel &l, const AreaLevel &r) { return l.rank < r.rank; });
    std::vector<std::vector<std::unique_ptr<OGRGeometry>>> geometries(levels.size());
    OGREnvelope everything;
    for (int l = 0; l < levels.size(); ++l) {
        for (const AreaRecord &area : input.areas.value(levels[l].code)) {
            OGRGeometry *geometry = nullptr;
            if (area.wkb.isEmpty()
                || OGRGeometryFactory::createFromWkb(area.wkb.constData(), nullptr, &geometry, area.wkb.size()) != OGRERR_NONE) {
                geometries[l].emplace_back();
                continue;
            }
            OGREnvelope e;
            geometry->getEnvelope(&e);
            everything.Merge(e);
            geometries[l].emplace_back(geometry);
        }
        if (cancelled())
            return Error(ErrorCode::Cancelled);
    }
    if (input.projection) {
        scene->projection = *input.projection;
    } else {
        for (const Resource &r : input.resources)
            if (r.hasLocation())
                everything.Merge(*r.longitude, *r.latitude);
        const bool empty = !everything.IsInit();
        auto projection = MapProjection::forLocation(empty ? 136.6562 : (everything.MinX + everything.MaxX) / 2,
                                                     empty ? 36.5613 : (everything.MinY + everything.MaxY) / 2);
        if (!projection)
            return projection.error();
        scene->projection = *projection;
    }

    for (int l = 0; l < levels.size(); ++l) {
        SceneAreaLevel level;
        level.level = levels[l];
        const QList<AreaRecord> records = input.areas.value(levels[l].code);
        const QHash<qint64, AreaOutline> levelOutlines = input.outlines.value(levels[l].code);
        const QHash<qint64, int> codeRanks = input.codeRanks.value(levels[l].code);
        for (int i = 0; i < records.size(); ++i) {
            SceneArea area;
            area.code = records[i].code;
            area.name = records[i].name;
            area.parentCode = records[i].parentCode;
            area.codeRank = codeRanks.value(records[i].id, int(level.areas.size()));
            const auto stored = levelOutlines.constFind(records[i].id);
            OGRGeometry *geometry = geometries[l][i].get();
            if (!geometry && records[i].wkb.isEmpty() && stored != levelOutlines.constEnd()) {
                if (!addOutlineOnlyArea(scene->projection, *stored, area))
                    continue;
                area.path.setFillRule(Qt::OddEvenFill);
                for (QPainterPath &simplified : area.simplified)
                    simplified.setFillRule(Qt::OddEvenFill);
                area.bounds = area.path.boundingRect();
                level.bounds = level.bounds.isNull() ? area.bounds : level.bounds.united(area.bounds);
                level.areas.push_back(std::move(area));
                continue;
            }
            if (!geometry || geometry->IsEmpty() || !projectGeometry(scene->projection, geometry))
                continue;   // the store only holds valid areas; nothing to draw otherwise
            bool simplify = true;
            if (stored != levelOutlines.constEnd()) {
                simplify = !addStoredOutline(scene->projection, *stored, area);
                if (simplify)
                    area.simplified[0] = area.simplified[1] = QPainterPath();
            }
            addToPath(geometry, area, simplify);
            area.path.setFillRule(Qt::OddEvenFill);
            for (QPainterPath &simplified : area.simplified)
                simplified.setFillRule(Qt::OddEvenFill);
            area.bounds = area.path.boundingRect();
            placeLabel(geometry, area);
            level.bounds = level.bounds.isNull() ? area.bounds : level.bounds.united(area.bounds);
            level.areas.push_back(std::move(area));
            if (cancelled())
                return Error(ErrorCode::Cancelled);
        }
        // Names that look like mojibake are not shown as if they were fine: when a good part of
        // a level's names look garbled, the file's text was damaged and every name is suspect.
        QStringList names, codes;
        for (const SceneArea &area : level.areas) {
            names << area.name;
            codes << area.code;
        }
        const QStringList shown = shownAreaNames(names, codes);
        for (size_t i = 0; i < level.areas.size(); ++i)
            level.areas[i].name = shown[qsizetype(i)];
        if (l > 0) {
            QHash<QString, int> parentByCode;
            const auto &parents = scene->levels.back().areas;
            for (int p = 0; p < parents.size(); ++p)
                parentByCode.insert(parents[p].code, p);
            for (SceneArea &area : level.areas)
                area.parentIndex = parentByCode.value(area.parentCode, -1);
        }
        scene->levels.push_back(std::move(level));
    }

    std::vector<double> x, y;
    std::vector<const Resource *> located;
    for (const Resource &r : input.resources) {
        if (!r.hasLocation()) {
            ++scene->unlocatedCount;
            continue;
        }
        located.push_back(&r);
        x.push_back(*r.longitude);
        y.push_back(*r.latitude);
    }
    for (const MapSceneInput::PointInput &p : input.points) {
        x.push_back(p.longitude);
        y.push_back(p.latitude);
    }
    if (!scene->projection.forward(x, y))
        return Error(ErrorCode::InvalidCrs, QStringLiteral("resources could not be projected"));
    scene->resources.reserve(located.size() + input.points.size());
    for (std::size_t i = 0; i < located.size(); ++i) {
        const Resource &r = *located[i];
        scene->resources.push_back(sceneResourceOf(r, scene->categoryIndex.value(r.categoryCode, -1), QPointF(x[i], y[i])));
    }
    std::vector<int> categoryOf;   // input.categoryCodes index → scene category
    for (const QString &code : input.categoryCodes)
        categoryOf.push_back(scene->categoryIndex.value(code, -1));
    for (std::size_t i = 0; i < input.points.size(); ++i) {
        const MapSceneInput::PointInput &p = input.points[i];
        SceneResource s;
        s.id = p.id;
        s.category = p.categoryCode >= 0 && p.categoryCode < int(categoryOf.size()) ? categoryOf[size_t(p.categoryCode)] : -1;
        s.position = QPointF(x[located.size() + i], y[located.size() + i]);
        s.longitude = p.longitude;
        s.latitude = p.latitude;
        s.name = p.name;
        s.address = p.address;
        s.phone = p.phone;
        s.weight = p.weight;
        scene->resources.push_back(std::move(s));
    }
    if (cancelled())
        return Error(ErrorCode::Cancelled);
    scene->finish();
    return MapScenePointer(std::move(scene));
}

} // namespace careatlas::geo
