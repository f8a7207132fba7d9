// The map scene read by extent (ExtentScene.h): exactly the resources and areas the store's
// R*Trees place in the extent — counted here with plain SQLite — the retired left out, a
// filter's matches only, and drawn as the scene of the whole store draws them.
#include "TestData.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"
#include "core/store/Store.h"
#include "geo/render/ExtentScene.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/StoreScene.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

using namespace careatlas;
using namespace careatlas::geo;

namespace {

struct Db {
    sqlite3 *db = nullptr;
    explicit Db(const QString &path, bool write = false)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~Db() { sqlite3_close(db); }
    void exec(const char *sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }
    // The first column of every row, as text.
    std::set<QString> column(const QByteArray &sql, const QRectF &box = {})
    {
        sqlite3_stmt *s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK);
        if (sqlite3_bind_parameter_count(s) == 4) {
            sqlite3_bind_double(s, 1, box.left());
            sqlite3_bind_double(s, 2, box.top());
            sqlite3_bind_double(s, 3, box.right());
            sqlite3_bind_double(s, 4, box.bottom());
        }
        std::set<QString> values;
        while (sqlite3_step(s) == SQLITE_ROW)
            values.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
        sqlite3_finalize(s);
        return values;
    }
};

// The demo store with every 7th resource retired (recorded as an import of a complete list does).
QString demoWithRetired(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto store = Store::open(path);   // migrated to the current schema
        REQUIRE(store.ok());
    }
    Db db(path, true);
    db.exec("CREATE TABLE IF NOT EXISTS ca_resource_release (resource_id INTEGER PRIMARY KEY REFERENCES resources(fid) ON DELETE CASCADE, "
            "source_key TEXT NOT NULL, as_of DATE, last_confirmed DATE NOT NULL, retired_at DATE)");
    db.exec("INSERT OR REPLACE INTO ca_resource_release SELECT fid, 'test', '2026-01-01', '2026-01-01', "
            "CASE WHEN fid % 7 = 0 THEN '2026-02-01' END FROM resources");
    return path;
}

std::set<QString> sceneResourceIds(const MapScene &scene)
{
    std::set<QString> ids;
    for (const SceneResource &r : scene.resources)
        ids.insert(QString::number(r.id));
    return ids;
}

std::set<QString> sceneAreaCodes(const MapScene &scene, const QString &level)
{
    std::set<QString> codes;
    for (const SceneAreaLevel &l : scene.levels)
        if (l.level.code == level)
            for (const SceneArea &a : l.areas)
                codes.insert(a.code);
    return codes;
}

// The demo store with retired resources: the whole store's scene and its mask of current
// resources, and the store opened for reading by extent.
struct DemoScenes {
    QTemporaryDir dir;
    QString path = demoWithRetired(dir);
    Result<MapScenePointer> full = buildSceneFromStore(path);
    Result<std::shared_ptr<const std::vector<bool>>> mask = full ? currentResourcesMask(**full, path) : Result<std::shared_ptr<const std::vector<bool>>>(Error(ErrorCode::NotFound));
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
    Result<StoreFrame> frame = store ? readStoreFrame(**store) : Result<StoreFrame>(Error(ErrorCode::NotFound));
    DemoScenes()
    {
        REQUIRE(full.ok());
        REQUIRE(mask.ok());
        REQUIRE(store.ok());
        REQUIRE(frame.ok());
    }
};

} // namespace

TEST_CASE("A scene read by extent holds exactly what the store's R*Trees place in the extent", "[geo][render][extent]")
{
    QTemporaryDir dir;
    const QString path = demoWithRetired(dir);
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto frame = readStoreFrame(**store);
    REQUIRE(frame.ok());
    REQUIRE(!frame->extent.isEmpty());
    Db db(path);

    // The store's extent: its R*Trees' bounds, as SQLite gives them.
    for (const auto &[bound, value] : {std::pair{"min(minx)", frame->lonLatExtent.left()}, std::pair{"max(maxx)", frame->lonLatExtent.right()},
                                       std::pair{"min(miny)", frame->lonLatExtent.top()}, std::pair{"max(maxy)", frame->lonLatExtent.bottom()}}) {
        const QByteArray sql = QByteArray("SELECT ") + bound + " FROM (SELECT * FROM rtree_resources_geom UNION ALL SELECT * FROM rtree_areas_city_geom "
                               "UNION ALL SELECT * FROM rtree_areas_daily_life_area_geom UNION ALL SELECT * FROM rtree_areas_school_district_geom "
                               "UNION ALL SELECT * FROM rtree_areas_welfare_area_geom)";
        CHECK(db.column(sql).begin()->toDouble() == Approx(value).margin(1e-9));
    }
    const QRectF whole = frame->extent;
    const QRectF part(whole.center() - QPointF(2500, 2500), QSizeF(5000, 5000));
    const QRectF street(whole.center() - QPointF(300, 300), QSizeF(600, 600));
    for (const auto &[rect, mpp] : {std::pair{whole, 60.0}, std::pair{part, 10.0}, std::pair{street, 1.0}}) {
        INFO("extent " << rect.width() << " m at " << mpp << " m/px");
        ExtentSceneOptions options;
        options.metresPerPixel = mpp;
        auto scene = buildSceneForExtent(**store, *frame, rect, options);
        REQUIRE(scene.ok());
        const QRectF box = lonLatBoxOf(frame->projection, rect);
        // The box holds the rectangle: its corners, taken back to longitude and latitude.
        for (const QPointF &corner : {rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()}) {
            const QPointF g = frame->projection.inverse(corner);
            CHECK(box.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(g));
        }
        const auto expected = db.column("SELECT id FROM rtree_resources_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2 "
                                        "AND id NOT IN (SELECT resource_id FROM ca_resource_release WHERE retired_at IS NOT NULL)",
                                        box);
        CHECK(!expected.empty());
        CHECK(sceneResourceIds(**scene) == expected);
        // Each with its category.
        const auto categories = db.column("SELECT id || ':' || category FROM rtree_resources_geom JOIN resources ON fid = id "
                                          "WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2",
                                          box);
        for (const SceneResource &r : (*scene)->resources)
            CHECK(categories.count(QString::number(r.id) + QLatin1Char(':') + (*scene)->categories[r.category].code) == 1);
        for (const QString &level : {QStringLiteral("city"), QStringLiteral("daily_life_area"), QStringLiteral("school_district")}) {
            const auto codes = db.column(QStringLiteral("SELECT a.code FROM rtree_areas_%1_geom r JOIN areas_%1 a ON a.fid = r.id "
                                                        "WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2")
                                             .arg(level)
                                             .toUtf8(),
                                         box);
            CHECK(sceneAreaCodes(**scene, level) == codes);
        }
        // The whole store's extent and its resources without a location, whatever is read.
        CHECK((*scene)->extent() == frame->extent);
        CHECK((*scene)->unlocatedCount == int(db.column("SELECT count(*) FROM resources WHERE geom IS NULL").begin()->toInt()));
    }

    SECTION("retired resources are there when asked for")
    {
        ExtentSceneOptions options;
        options.metresPerPixel = 60;
        options.hideRetired = false;
        auto scene = buildSceneForExtent(**store, *frame, whole, options);
        REQUIRE(scene.ok());
        CHECK(sceneResourceIds(**scene) == db.column("SELECT id FROM rtree_resources_geom"));
    }
}

TEST_CASE("A scene read by extent shows a filter's matches only", "[geo][render][extent]")
{
    auto store = Store::open(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto snapshot = ResourceSnapshot::load(**store);
    REQUIRE(snapshot.ok());
    ResourceFilter filter;
    filter.categories = {(*snapshot)->resources.front().categoryCode};
    const FilterResult result = evaluateFilter(**snapshot, filter, nullptr);
    REQUIRE(result.matched > 0);
    auto only = std::make_shared<QSet<qint64>>();
    for (int row : result.rows)
        only->insert((*snapshot)->resources[row].id);

    auto frame = readStoreFrame(**store);
    REQUIRE(frame.ok());
    ExtentSceneOptions options;
    options.metresPerPixel = 60;
    options.only = only;
    auto scene = buildSceneForExtent(**store, *frame, frame->extent, options);
    REQUIRE(scene.ok());
    // Every match with a location, and nothing else.
    std::set<QString> expected;
    for (int row : result.rows)
        if ((*snapshot)->resources[row].hasLocation())
            expected.insert(QString::number((*snapshot)->resources[row].id));
    CHECK(sceneResourceIds(**scene) == expected);
}

TEST_CASE("A city view read by extent draws as the whole store's scene draws it", "[geo][render][extent]")
{
    DemoScenes demo;
    auto &[dir, path, full, mask, store, frame] = demo;
    CHECK(frame->projection.epsg() == (*full)->projection.epsg());

    for (double mpp : {2.0, 4.0, 20.0}) {
        INFO(mpp << " m/px");
        const MapViewport viewport((*full)->extent().center(), mpp, QSize(800, 600));
        RenderSettings whole;
        whole.resourceMask = *mask;
        MapRenderer::Stats expectedStats, drawnStats;
        const QImage expected = MapRenderer::renderImage(**full, viewport, whole, nullptr, &expectedStats);
        const double margin = 64 * mpp;
        ExtentSceneOptions options;
        options.metresPerPixel = mpp;
        auto scene = buildSceneForExtent(**store, *frame, viewport.visibleMapRect().adjusted(-margin, -margin, margin, margin), options);
        REQUIRE(scene.ok());
        const QImage drawn = MapRenderer::renderImage(**scene, viewport, RenderSettings(), nullptr, &drawnStats);
        CHECK(drawnStats.areasDrawn == expectedStats.areasDrawn);
        CHECK(drawnStats.symbolsDrawn == expectedStats.symbolsDrawn);
        CHECK(drawnStats.clustersDrawn == expectedStats.clustersDrawn);
        CHECK(drawnStats.labelsDrawn == expectedStats.labelsDrawn);
        if (mpp < 5) {
            // Finer than 5 m per pixel the points are the rows' own: the same image, pixel for pixel.
            REQUIRE(drawn.size() == expected.size());
            int differing = 0;
            for (int y = 0; y < drawn.height(); ++y)
                for (int x = 0; x < drawn.width(); ++x)
                    differing += drawn.pixel(x, y) != expected.pixel(x, y);
            CHECK(differing == 0);
        }
    }
}

TEST_CASE("A scene read by extent in cluster cells holds the counts of every resource and draws the same clusters", "[geo][render][extent]")
{
    DemoScenes demo;
    auto &[dir, path, full, mask, store, frame] = demo;
    Db db(path);

    const MapViewport wholeView = MapViewport::fitting(frame->extent, QSize(800, 600));
    for (const MapViewport &viewport : {wholeView, MapViewport(frame->extent.center(), 20.0, QSize(800, 600)),
                                        MapViewport(frame->extent.center() + QPointF(1234, -567), 8.0, QSize(640, 480))}) {
        const double mpp = viewport.metresPerPixel();
        INFO(mpp << " m/px");
        const double margin = 64 * mpp;
        const QRectF rect = viewport.visibleMapRect().adjusted(-margin, -margin, margin, margin);
        ExtentSceneOptions options;
        options.metresPerPixel = mpp;
        options.clusterView = viewport;
        auto scene = buildSceneForExtent(**store, *frame, rect, options);
        REQUIRE(scene.ok());

        // What plain SQLite places in the extent: id, category and the middle of the R*Tree box,
        // grouped here by the view's 64-pixel cells.
        const QRectF box = lonLatBoxOf(frame->projection, rect);
        sqlite3_stmt *s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.db,
                                   "SELECT r.id, x.category, (r.minx + r.maxx) / 2, (r.miny + r.maxy) / 2 FROM rtree_resources_geom r "
                                   "JOIN resources x ON x.fid = r.id WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2 "
                                   "AND r.id NOT IN (SELECT resource_id FROM ca_resource_release WHERE retired_at IS NOT NULL)",
                                   -1, &s, nullptr) == SQLITE_OK);
        sqlite3_bind_double(s, 1, box.left());
        sqlite3_bind_double(s, 2, box.top());
        sqlite3_bind_double(s, 3, box.right());
        sqlite3_bind_double(s, 4, box.bottom());
        std::map<std::pair<int, int>, std::map<QString, int>> perCell;    // cell → category → count
        std::map<std::pair<int, int>, std::set<QString>> idsPerCell;
        std::map<QString, int> perCategory;
        int total = 0;
        auto cellOf = [&](const QPointF &lonLat) {
            const QPointF m = frame->projection.forward(lonLat.x(), lonLat.y());
            const double sx = (m.x() - viewport.centre().x()) / mpp + viewport.size().width() / 2.0;
            const double sy = (viewport.centre().y() - m.y()) / mpp + viewport.size().height() / 2.0;
            return std::pair{int(std::floor(sx / 64)), int(std::floor(sy / 64))};
        };
        while (sqlite3_step(s) == SQLITE_ROW) {
            const QString id = QString::number(sqlite3_column_int64(s, 0));
            const QString category = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
            const auto cell = cellOf(QPointF(sqlite3_column_double(s, 2), sqlite3_column_double(s, 3)));
            ++perCell[cell][category];
            idsPerCell[cell].insert(id);
            ++perCategory[category];
            ++total;
        }
        sqlite3_finalize(s);
        REQUIRE(total > 0);

        // Every resource counted once, by category.
        CHECK((*scene)->resourceCount() == total);
        std::map<QString, int> sceneCategories;
        for (const SceneResource &r : (*scene)->resources)
            sceneCategories[(*scene)->categories[r.category].code] += r.weight;
        CHECK(sceneCategories == perCategory);
        // A cell of the view of 16 or more: one group per category; fewer, or across the view's
        // edge: the resources themselves.
        std::map<std::pair<int, int>, std::map<QString, int>> groups;
        std::map<std::pair<int, int>, std::set<QString>> singles;
        int grouped = 0;
        for (const SceneResource &r : (*scene)->resources) {
            const auto cell = cellOf(QPointF(r.longitude, r.latitude));
            if (r.id < 0) {
                CHECK(groups[cell].count((*scene)->categories[r.category].code) == 0);
                groups[cell][(*scene)->categories[r.category].code] = r.weight;
                ++grouped;
            } else {
                CHECK(r.weight == 1);
                singles[cell].insert(QString::number(r.id));
            }
        }
        int clusterCells = 0;
        for (const auto &[cell, categories] : perCell) {
            int count = 0;
            for (const auto &[category, n] : categories)
                count += n;
            const bool inside = cell.first >= 0 && cell.second >= 0 && 64 * (cell.first + 1) <= viewport.size().width()
                                && 64 * (cell.second + 1) <= viewport.size().height();
            if (count >= 16 && inside) {
                ++clusterCells;
                CHECK(groups[cell] == categories);
                CHECK(singles[cell].empty());
            } else {
                CHECK(singles[cell] == idsPerCell[cell]);
                CHECK(groups[cell].empty());
            }
        }
        if (mpp > 10)
            CHECK(clusterCells > 0);
        if (viewport == wholeView) {
            CHECK(int((*scene)->resources.size()) < total * 2 / 3);   // fewer points than resources
        }

        // Drawn: the same clusters with the same counts, symbols and labels as from every
        // resource of the whole store's scene…
        RenderSettings every;
        every.resourceMask = *mask;
        MapRenderer::Stats expectedStats, drawnStats, oneByOneStats;
        const QImage expected = MapRenderer::renderImage(**full, viewport, every, nullptr, &expectedStats);
        const QImage drawn = MapRenderer::renderImage(**scene, viewport, RenderSettings(), nullptr, &drawnStats);
        CHECK(drawnStats.clustersDrawn == expectedStats.clustersDrawn);
        // (a position from the R*Tree box, within a metre of the row's, may put one over the edge of a cell)
        CHECK(std::abs(drawnStats.symbolsDrawn - expectedStats.symbolsDrawn) <= 1);
        CHECK(drawnStats.labelsDrawn == expectedStats.labelsDrawn);
        CHECK(drawnStats.areasDrawn == expectedStats.areasDrawn);
        // …and the same image as the scene of the same extent read one by one (positions from
        // the same R*Tree boxes; a cluster's centre, the mean of its members, may differ by a
        // fraction of a pixel: the antialiased edges of its ring and count).
        ExtentSceneOptions oneByOne = options;
        oneByOne.clusterView.reset();
        auto ungrouped = buildSceneForExtent(**store, *frame, rect, oneByOne);
        REQUIRE(ungrouped.ok());
        const QImage reference = MapRenderer::renderImage(**ungrouped, viewport, RenderSettings(), nullptr, &oneByOneStats);
        CHECK(drawnStats.clustersDrawn == oneByOneStats.clustersDrawn);
        CHECK(drawnStats.symbolsDrawn == oneByOneStats.symbolsDrawn);
        REQUIRE(drawn.size() == reference.size());
        int differing = 0, clusterPixels = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                differing += drawn.pixel(x, y) != reference.pixel(x, y);
        // At most the rings' and counts' edges: about a ring's circumference and a count's outline each.
        clusterPixels = drawnStats.clustersDrawn * 400;
        CHECK(differing <= clusterPixels);
        if (qEnvironmentVariableIsSet("EXTENT_TEST_IMAGES")) {
            drawn.save(QStringLiteral("/tmp/speed4/drawn-%1.png").arg(mpp));
            reference.save(QStringLiteral("/tmp/speed4/reference-%1.png").arg(mpp));
        }
        UNSCOPED_INFO("differing pixels: " << differing);
    }
}
