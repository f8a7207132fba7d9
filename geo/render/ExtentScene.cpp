#include "geo/render/ExtentScene.h"

#include "core/store/AreaNameIndex.h"
#include "core/store/GpkgGeometry.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/StoreScene.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace careatlas::geo {

namespace {

bool tableExists(sqlite3 *db, const char *name)
{
    SqliteStatement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    s.bind(1, QString::fromLatin1(name));
    return s.isValid() && s.next();
}

Result<QString> levelTable(sqlite3 *db, const QString &levelCode)
{
    SqliteStatement s(db, "SELECT table_name FROM ca_area_levels WHERE code = ?");
    s.bind(1, levelCode);
    if (!s.next())
        return Error(ErrorCode::NotFound, QStringLiteral("area level %1").arg(levelCode));
    return s.text(0);
}

// The box of a 2-D R*Tree: the union of its root node's cells (SQLite's node format: a 2-byte
// depth, a 2-byte cell count, then per cell an 8-byte id and four big-endian float32 bounds),
// so that the store's extent costs one page, not a scan of 200,000 entries. Nothing when it is
// empty.
Result<std::optional<QRectF>> rtreeBox(sqlite3 *db, const QString &rtree)
{
    const QByteArray sql = QStringLiteral("SELECT data FROM %1_node WHERE nodeno = 1").arg(rtree).toUtf8();
    SqliteStatement s(db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    if (!s.next())
        return std::optional<QRectF>();
    const QByteArray node = s.blob(0);
    auto u16 = [&](int at) { return (quint8(node[at]) << 8) | quint8(node[at + 1]); };
    auto f32 = [&](int at) {
        const quint32 bits = (quint32(quint8(node[at])) << 24) | (quint32(quint8(node[at + 1])) << 16) | (quint32(quint8(node[at + 2])) << 8)
                             | quint32(quint8(node[at + 3]));
        float value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return double(value);
    };
    constexpr int CellSize = 8 + 4 * 4;
    const int cells = node.size() >= 4 ? u16(2) : 0;
    if (cells == 0 || node.size() < 4 + cells * CellSize)
        return std::optional<QRectF>();
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (int i = 0; i < cells; ++i) {
        const int at = 4 + i * CellSize + 8;
        minX = std::min(minX, f32(at));
        maxX = std::max(maxX, f32(at + 4));
        minY = std::min(minY, f32(at + 8));
        maxY = std::max(maxY, f32(at + 12));
    }
    return std::optional<QRectF>(QRectF(QPointF(minX, minY), QPointF(maxX, maxY)));
}

// A resource read from the R*Tree (the middle of its box) and the category index.
struct IndexedPoint {
    qint64 id = 0;
    double longitude = 0, latitude = 0;
    int categoryCode = -1;   // index into MapSceneInput::categoryCodes
};

MapSceneInput::PointInput pointInputOf(const IndexedPoint &p)
{
    MapSceneInput::PointInput out;
    out.id = p.id;
    out.categoryCode = p.categoryCode;
    out.longitude = p.longitude;
    out.latitude = p.latitude;
    return out;
}

// Into `out`: the resources of each cluster cell of `view` holding ClusterMinimum or more as one
// group per category at their mean longitude and latitude (within a metre of the mean of their
// map positions at this size); the others kept. Returns false when they cannot be projected.
bool groupIntoClusterCells(const std::vector<IndexedPoint> &points, const MapProjection &projection, const MapViewport &view,
                           std::vector<MapSceneInput::PointInput> &out)
{
    std::vector<double> x(points.size()), y(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        x[i] = points[i].longitude;
        y[i] = points[i].latitude;
    }
    if (!projection.forward(x, y))
        return false;
    struct Group {
        int category = -1;
        int count = 0;
        double longitude = 0, latitude = 0;
        qint64 smallestId = 0;
    };
    struct Cell {
        int count = 0;
        std::vector<size_t> members;   // while fewer than ClusterMinimum
        std::vector<Group> groups;     // by category (a few dozen at most)
    };
    std::unordered_map<quint64, Cell> cells;
    std::vector<quint64> order;   // the cells in the order first met (a stable scene)
    // Only the cells wholly inside the view: the renderer clusters what lies in the view and a
    // margin of a symbol's size, so that a cell across the view's edge may hold fewer there
    // than were read (its resources are kept one by one, as are those outside).
    const QRectF inside(QPointF(0, 0), QSizeF(view.size()));
    std::vector<size_t> alone;
    for (size_t i = 0; i < points.size(); ++i) {
        const QPointF screen = view.toScreen(QPointF(x[i], y[i]));
        const QPointF corner(std::floor(screen.x() / ClusterCellPixels) * ClusterCellPixels, std::floor(screen.y() / ClusterCellPixels) * ClusterCellPixels);
        if (!inside.contains(QRectF(corner, QSizeF(ClusterCellPixels, ClusterCellPixels)))) {
            alone.push_back(i);
            continue;
        }
        const quint64 key = clusterCellOf(screen);
        auto [it, added] = cells.try_emplace(key);
        if (added)
            order.push_back(key);
        Cell &cell = it->second;
        ++cell.count;
        if (cell.count < ClusterMinimum)
            cell.members.push_back(i);
        else if (cell.count == ClusterMinimum)
            std::vector<size_t>().swap(cell.members);   // a cluster now: kept as groups only
        const IndexedPoint &p = points[i];
        auto group = std::find_if(cell.groups.begin(), cell.groups.end(), [&](const Group &g) { return g.category == p.categoryCode; });
        if (group == cell.groups.end())
            group = cell.groups.insert(cell.groups.end(), Group{p.categoryCode, 0, 0, 0, p.id});
        ++group->count;
        group->longitude += p.longitude;
        group->latitude += p.latitude;
        group->smallestId = std::min(group->smallestId, p.id);
    }
    // The resources kept one by one in the order read (the renderer draws overlapping symbols
    // in the scene's order), then the groups.
    std::vector<size_t> kept = std::move(alone);
    for (const quint64 key : order)
        if (const Cell &cell = cells[key]; cell.count < ClusterMinimum)
            kept.insert(kept.end(), cell.members.begin(), cell.members.end());
    std::sort(kept.begin(), kept.end());
    std::vector<MapSceneInput::PointInput> &grouped = out;
    grouped.reserve(grouped.size() + kept.size());
    for (size_t i : kept)
        grouped.push_back(pointInputOf(points[i]));
    for (const quint64 key : order) {
        const Cell &cell = cells[key];
        if (cell.count < ClusterMinimum)
            continue;
        for (const Group &g : cell.groups) {
            MapSceneInput::PointInput p;
            p.id = -g.smallestId;
            p.categoryCode = g.category;
            p.longitude = g.longitude / g.count;
            p.latitude = g.latitude / g.count;
            p.weight = g.count;
            grouped.push_back(std::move(p));
        }
    }
    return true;
}

} // namespace

QRectF lonLatBoxOf(const MapProjection &projection, const QRectF &mapRect)
{
    constexpr int Steps = 8;
    std::vector<double> x, y;
    for (int i = 0; i <= Steps; ++i) {
        const double t = double(i) / Steps;
        for (const QPointF &p : {QPointF(mapRect.left() + t * mapRect.width(), mapRect.top()),
                                 QPointF(mapRect.left() + t * mapRect.width(), mapRect.bottom()),
                                 QPointF(mapRect.left(), mapRect.top() + t * mapRect.height()),
                                 QPointF(mapRect.right(), mapRect.top() + t * mapRect.height())}) {
            const QPointF g = projection.inverse(p);
            x.push_back(g.x());
            y.push_back(g.y());
        }
    }
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    return QRectF(QPointF(*minX, *minY), QPointF(*maxX, *maxY));
}

Result<StoreFrame> readStoreFrame(const Store &store)
{
    sqlite3 *db = store.handle();
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QRectF box;
    auto unite = [&box](const std::optional<QRectF> &b) {
        if (b)
            box = box.isNull() ? *b : box.united(*b);
    };
    for (const AreaLevel &level : *levels) {
        auto table = levelTable(db, level.code);
        if (!table)
            return table.error();
        auto b = rtreeBox(db, QStringLiteral("rtree_%1_geom").arg(*table));
        if (!b)
            return b.error();
        unite(*b);
    }
    auto resources = rtreeBox(db, QStringLiteral("rtree_resources_geom"));
    if (!resources)
        return resources.error();
    unite(*resources);
    const bool empty = box.isNull();
    auto projection = MapProjection::forLocation(empty ? 136.6562 : box.center().x(), empty ? 36.5613 : box.center().y());
    if (!projection)
        return projection.error();
    StoreFrame frame{*projection, QRectF(), box};
    if (!empty) {
        // The box's edges projected at several points each (a meridian is not straight in UTM).
        constexpr int Steps = 16;
        std::vector<double> x, y;
        for (int i = 0; i <= Steps; ++i) {
            const double t = double(i) / Steps;
            for (const QPointF &p : {QPointF(box.left() + t * box.width(), box.top()), QPointF(box.left() + t * box.width(), box.bottom()),
                                     QPointF(box.left(), box.top() + t * box.height()), QPointF(box.right(), box.top() + t * box.height())}) {
                x.push_back(p.x());
                y.push_back(p.y());
            }
        }
        if (!projection->forward(x, y))
            return Error(ErrorCode::InvalidCrs, QStringLiteral("the store's extent could not be projected"));
        const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
        const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
        frame.extent = QRectF(QPointF(*minX, *minY), QPointF(*maxX, *maxY));
    }
    return frame;
}

namespace {
// The outline the renderer draws at a scale (MapRenderer's pathOf): the coarsest whose error
// stays under half a pixel — 1: the 400 m outline, 0: the 40 m one, -1: the full outline.
int outlineDetailAt(double mpp)
{
    return SceneArea::LodTolerance[1] <= 0.5 * mpp ? 1 : SceneArea::LodTolerance[0] <= 0.5 * mpp ? 0 : -1;
}
bool namesReadAt(double mpp) { return mpp <= 2.5 * 1.5; }   // resource labels are drawn at 2.5 m per pixel and finer
bool positionsFromIndexAt(double mpp) { return mpp >= 5; }
} // namespace

QRectF extentToRead(const MapViewport &view)
{
    const double margin = 64 * view.metresPerPixel();
    return view.visibleMapRect().adjusted(-margin, -margin, margin, margin);
}

ExtentSceneOptions extentOptionsFor(const MapViewport &view, bool clusters)
{
    ExtentSceneOptions options;
    options.metresPerPixel = view.metresPerPixel() / view.devicePixelRatio();
    if (clusters && positionsFromIndexAt(options.metresPerPixel) && view.metresPerPixel() > 2.5)
        options.clusterView = view;
    return options;
}

bool extentSceneServes(const MapScene &scene, const MapViewport &view, bool clusters)
{
    if (!scene.readFor)
        return true;
    const MapScene::ReadFor &read = *scene.readFor;
    const ExtentSceneOptions wanted = extentOptionsFor(view, clusters);
    const double mpp = wanted.metresPerPixel;
    if (wanted.clusterView || read.clusterView)
        return wanted.clusterView == read.clusterView;   // the same cells: the same view
    return read.mapRect.contains(view.visibleMapRect()) && outlineDetailAt(mpp) == outlineDetailAt(read.metresPerPixel)
           && namesReadAt(mpp) == namesReadAt(read.metresPerPixel) && positionsFromIndexAt(mpp) == positionsFromIndexAt(read.metresPerPixel);
}

Result<MapScenePointer> buildSceneForExtent(const Store &store, const StoreFrame &frame, const QRectF &mapRect,
                                            const ExtentSceneOptions &options, const std::atomic_bool *cancel)
{
    sqlite3 *db = store.handle();
    const QRectF box = lonLatBoxOf(frame.projection, mapRect.normalized());
    // The outline the renderer draws at this scale (MapRenderer's pathOf): the coarsest whose
    // error stays under half a pixel.
    const double mpp = options.metresPerPixel;
    const int detail = outlineDetailAt(mpp);
    const bool withText = namesReadAt(mpp);

    MapSceneInput input;
    input.sourcePath = store.path();
    input.projection = frame.projection;
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    input.levels = *levels;
    const bool haveOutlines = tableExists(db, "ca_area_outlines");
    // Many areas in view: their names from the name index (schema 7) and their outlines from a
    // scan of the level's stored outlines; a few: a look-up each.
    constexpr int ManyAreas = 200;
    for (int l = 0; l < input.levels.size(); ++l) {
        const AreaLevel &level = input.levels[l];
        auto table = levelTable(db, level.code);
        if (!table)
            return table.error();
        QList<qint64> ids;
        {
            const QByteArray sql = QStringLiteral("SELECT id FROM rtree_%1_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2").arg(*table).toUtf8();
            SqliteStatement s(db, sql.constData());
            if (!s.isValid())
                return s.prepareError();
            s.bind(1, box.left()).bind(2, box.top()).bind(3, box.right()).bind(4, box.bottom());
            while (s.next())
                ids.append(s.int64(0));
            if (const Error error = s.lastError(); error.code != ErrorCode::None)
                return error;
        }
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        QHash<qint64, AreaRecord> byId;
        byId.reserve(ids.size());
        const QString nameIndex = areanames::indexName(*table);
        SqliteStatement indexExists(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?");
        indexExists.bind(1, nameIndex);
        if (ids.size() > ManyAreas && indexExists.next()) {
            const QByteArray sql = QStringLiteral("SELECT fid, code, name, parent_code FROM %1 INDEXED BY %2").arg(*table, nameIndex).toUtf8();
            SqliteStatement s(db, sql.constData());
            if (!s.isValid())
                return s.prepareError();
            while (s.next())
                if (const qint64 id = s.int64(0); wanted.contains(id))
                    byId.insert(id, AreaRecord{id, level.code, s.text(1), s.text(2), s.text(3), {}});
            if (const Error error = s.lastError(); error.code != ErrorCode::None)
                return error;
        } else {
            const QByteArray sql = QStringLiteral("SELECT code, name, parent_code FROM %1 WHERE fid = ?").arg(*table).toUtf8();
            SqliteStatement s(db, sql.constData());
            if (!s.isValid())
                return s.prepareError();
            for (qint64 id : std::as_const(ids)) {
                s.bind(1, id);
                if (s.next())
                    byId.insert(id, AreaRecord{id, level.code, s.text(0), s.text(1), s.text(2), {}});
                s.reset();
            }
        }
        // Outlines: the coarse one alone, or both.
        QHash<qint64, AreaOutline> outlines;
        if (haveOutlines) {
            const char *columns = detail == 1 ? "area_id, lines_coarse, lines_coarse" : "area_id, lines_fine, lines_coarse";
            const QByteArray sql = QByteArray("SELECT ") + columns
                                   + (ids.size() > ManyAreas ? " FROM ca_area_outlines WHERE level_code = ?1"
                                                             : " FROM ca_area_outlines WHERE level_code = ?1 AND area_id = ?2");
            SqliteStatement s(db, sql.constData());
            if (!s.isValid())
                return s.prepareError();
            auto take = [&] {
                if (const qint64 id = s.int64(0); wanted.contains(id)) {
                    const QByteArray coarse = s.blob(2);
                    outlines.insert(id, AreaOutline{id, {detail == 1 ? coarse : s.blob(1), coarse}});   // shared: made once
                }
            };
            if (ids.size() > ManyAreas) {
                s.bind(1, level.code);
                while (s.next())
                    take();
            } else {
                for (qint64 id : std::as_const(ids)) {
                    s.bind(1, level.code).bind(2, id);
                    if (s.next())
                        take();
                    s.reset();
                }
            }
            if (const Error error = s.lastError(); error.code != ErrorCode::None)
                return error;
        }
        // The full outline where the stored ones are too coarse for the scale, or missing (a
        // store below version 6, or an area another program changed: its outlines were deleted
        // by trigger).
        {
            const QByteArray sql = QStringLiteral("SELECT geom FROM %1 WHERE fid = ?").arg(*table).toUtf8();
            SqliteStatement s(db, sql.constData());
            if (!s.isValid())
                return s.prepareError();
            for (auto it = byId.begin(); it != byId.end(); ++it) {
                if (detail >= 0 && outlines.contains(it.key()))
                    continue;
                s.bind(1, it.key());
                if (s.next())
                    if (const auto decoded = gpkg::decode(s.blob(0)))
                        it->wkb = decoded->wkb;
                s.reset();
            }
        }
        QList<AreaRecord> records = byId.values();
        std::sort(records.begin(), records.end(), [](const AreaRecord &a, const AreaRecord &b) { return a.code < b.code; });
        input.areas.insert(level.code, records);
        input.outlines.insert(level.code, outlines);
        // The tints follow the place in the level's code order (only the second level's show).
        if (l == 1 && !records.isEmpty()) {
            const QByteArray rankSql = QStringLiteral("SELECT fid FROM %1 ORDER BY code").arg(*table).toUtf8();
            SqliteStatement ranks(db, rankSql.constData());
            QHash<qint64, int> rankOf;
            for (int rank = 0; ranks.next(); ++rank)
                rankOf.insert(ranks.int64(0), rank);
            if (const Error error = ranks.lastError(); error.code != ErrorCode::None)
                return error;
            input.codeRanks.insert(level.code, rankOf);
        }
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled);
    }

    // Resources: the R*Tree's boxes meeting the extent, the retired left out. Where the scale
    // is coarse (5 m per pixel and more) the position is the middle of the R*Tree's box (float32
    // bounds rounded outward: within 1 m of the point, a fifth of a pixel) and the category comes
    // from the category index, so that the rows themselves — about 1 KB each, 200 MB for the
    // nation — are not read; finer, from the row's geometry.
    // The retired ones read once (a look-up per point in view read a page each: 200,000 for the nation).
    QSet<qint64> retired;
    if (options.hideRetired && tableExists(db, "ca_resource_release")) {
        SqliteStatement r(db, "SELECT resource_id FROM ca_resource_release WHERE retired_at IS NOT NULL");
        while (r.next())
            retired.insert(r.int64(0));
        if (const Error error = r.lastError(); error.code != ErrorCode::None)
            return error;
    }
    const bool fromIndex = positionsFromIndexAt(mpp);
    const QByteArray sql = fromIndex ? QStringLiteral("SELECT r.id, NULL, NULL, (r.minx + r.maxx) / 2, (r.miny + r.maxy) / 2 FROM rtree_resources_geom r "
                                                      "WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2")
                                           .toUtf8()
                                     : QStringLiteral("SELECT r.id, x.category, x.geom, %1 FROM rtree_resources_geom r JOIN resources x ON x.fid = r.id "
                                                      "WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2")
                                           .arg(withText ? QStringLiteral("x.name, x.address, x.phone") : QStringLiteral("NULL, NULL, NULL"))
                                           .toUtf8();
    SqliteStatement s(db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, box.left()).bind(2, box.top()).bind(3, box.right()).bind(4, box.bottom());
    const QSet<qint64> *only = options.only.get();
    QHash<QString, int> codeIndex;
    auto categoryIndexOf = [&](const QString &code) {
        auto it = codeIndex.constFind(code);
        if (it == codeIndex.cend()) {
            it = codeIndex.insert(code, int(input.categoryCodes.size()));
            input.categoryCodes.append(code);
        }
        return *it;
    };
    std::vector<IndexedPoint> indexed;   // at 5 m per pixel and coarser: no text, kept small
    while (s.next()) {
        const qint64 id = s.int64(0);
        if ((only && !only->contains(id)) || retired.contains(id))
            continue;
        if (fromIndex) {
            indexed.push_back({id, s.real(3), s.real(4), -1});
            continue;
        }
        MapSceneInput::PointInput p;
        p.id = id;
        {
            const auto decoded = gpkg::decode(s.blob(2));
            const auto point = decoded ? gpkg::wkbPoint(decoded->wkb) : std::nullopt;
            if (!point)
                continue;
            p.categoryCode = categoryIndexOf(s.text(1));
            p.longitude = point->first;
            p.latitude = point->second;
            p.name = s.text(3);
            p.address = s.text(4);
            p.phone = s.text(5);
        }
        input.points.push_back(std::move(p));
    }
    if (const Error error = s.lastError(); error.code != ErrorCode::None)
        return error;
    if (fromIndex && !indexed.empty()) {
        // The categories from the category index (category, fid): the whole index when many
        // points are in view, else a look-up per point. Store ids are dense (1…n): an array by
        // id when they are, else a hash.
        qint64 maxId = 0;
        for (const IndexedPoint &p : indexed)
            maxId = std::max(maxId, p.id);
        const bool dense = maxId >= 0 && maxId <= 4 * qint64(indexed.size()) + 1024;
        std::vector<int> categoryById(dense ? size_t(maxId) + 1 : 0, -1);
        QHash<qint64, int> categoryOfId;
        auto record = [&](qint64 id, int category) {
            if (!dense)
                categoryOfId.insert(id, category);
            else if (id >= 0 && id <= maxId)
                categoryById[size_t(id)] = category;
        };
        SqliteStatement index(db, "SELECT fid, category FROM resources INDEXED BY resources_category");   // invalid without the index
        if (indexed.size() > 5000 && index.isValid()) {
            QString last;
            int lastIndex = -1;
            if (!dense)
                categoryOfId.reserve(qsizetype(indexed.size()));
            while (index.next()) {
                const QString code = index.text(1);
                if (code != last || lastIndex < 0) {
                    last = code;
                    lastIndex = categoryIndexOf(code);
                }
                record(index.int64(0), lastIndex);
            }
            if (const Error error = index.lastError(); error.code != ErrorCode::None)
                return error;
        } else {
            SqliteStatement one(db, "SELECT category FROM resources WHERE fid = ?");
            for (const IndexedPoint &p : indexed) {
                one.bind(1, p.id);
                if (one.next())
                    record(p.id, categoryIndexOf(one.text(0)));
                one.reset();
            }
        }
        for (IndexedPoint &p : indexed)
            p.categoryCode = dense ? categoryById[size_t(p.id)] : categoryOfId.value(p.id, -1);
        if (options.clusterView) {
            if (!groupIntoClusterCells(indexed, frame.projection, *options.clusterView, input.points))
                return Error(ErrorCode::InvalidCrs, QStringLiteral("resources could not be projected"));
        } else {
            input.points.reserve(indexed.size());
            for (const IndexedPoint &p : indexed)
                input.points.push_back(pointInputOf(p));
        }
    }

    if (Error error = readSceneCatalogue(store, input); error.code != ErrorCode::None)
        return error;
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled);
    auto built = buildScene(input, cancel);
    if (!built)
        return built.error();
    auto scene = std::const_pointer_cast<MapScene>(*built);   // not yet shared
    // Without a location: every row of the store less those its R*Tree holds.
    SqliteStatement count(db, "SELECT (SELECT count(*) FROM resources) - (SELECT count(*) FROM rtree_resources_geom)");
    if (count.next())
        scene->unlocatedCount = int(count.int64(0));
    if (!frame.extent.isNull())
        scene->setExtent(frame.extent);
    scene->readFor = MapScene::ReadFor{mapRect, mpp, fromIndex ? options.clusterView : std::nullopt};
    return MapScenePointer(std::move(scene));
}

} // namespace careatlas::geo
