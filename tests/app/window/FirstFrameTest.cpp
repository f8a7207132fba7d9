// The window draws the store's map before the whole store is read (issue 16): the first frame
// comes from the scene read by extent; the list, tree and statistics follow with the snapshot.
#include "WindowFixtures.h"
#include "app/models/Workspace.h"
#include "app/window/SceneLoader.h"
#include "geo/render/ExtentScene.h"

#include <QSemaphore>

#include <sqlite3.h>

#include <atomic>

using namespace careatlas;
using namespace careatlas::test;

namespace {

// Holds the loader before it reads the whole store, until released (also when a check fails,
// so that the window's end does not wait for a held thread).
struct HeldLoad {
    QSemaphore gate;
    std::atomic_bool reached = false;
    HeldLoad()
    {
        SceneLoader::setBeforeFullLoadHook([this] {
            reached = true;
            gate.acquire();
        });
    }
    void release()
    {
        SceneLoader::setBeforeFullLoadHook({});
        gate.release(1000);
    }
    ~HeldLoad() { release(); }
};

int locatedResources(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM resources WHERE geom IS NOT NULL", -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const int n = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

// A copy of the demo store, for a window in test mode.
QString demoCopy(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    return store;
}

} // namespace

TEST_CASE("The window draws the map of a store before the whole store is read", "[app][window][firstframe]")
{
    QTemporaryDir dir;
    const QString store = demoCopy(dir);
    MainWindow window;
    HeldLoad held;   // after the window: released before the window ends
    int frames = 0;
    QObject::connect(window.canvas(), &MapCanvas::renderFinished, [&] { ++frames; });
    window.show();
    window.openStore(store);

    REQUIRE(waitFor([&] { return frames > 0 && window.canvas()->scene() && !window.canvas()->isRendering(); }));
    CHECK_FALSE(window.canvas()->hasScene());   // drawn, but not yet the store's scene for exports and tools
    // Once the frame is shown the loader goes on to read the whole store — and is held there.
    REQUIRE(waitFor([&] { return held.reached.load(); }));
    QCoreApplication::processEvents();
    CHECK_FALSE(window.filterController()->snapshot());   // the whole store is not read yet
    // The first frame shows every located resource of the store (the full extent), counted in
    // the view's cluster cells where they crowd.
    const int located = locatedResources(store);
    CHECK(window.canvas()->scene()->resourceCount() == located);
    CHECK(int(window.canvas()->scene()->resources.size()) < located);
    const QImage drawn = window.canvas()->grab().toImage();
    CHECK(drawn.width() > 100);

    held.release();
    REQUIRE(waitFor([&] { return window.filterController()->snapshot() != nullptr; }));
    // The whole store's scene takes over, in the same view.
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering(); }));
    CHECK(int(window.canvas()->scene()->resources.size()) == located);
    CHECK(window.canvas()->scene() == window.workspace()->scene());
    CHECK(window.canvas()->hasScene());
}

TEST_CASE("Before the whole store is read, a pan or zoom reads the scene of the new view", "[app][window][firstframe]")
{
    QTemporaryDir dir;
    const QString store = demoCopy(dir);
    MainWindow window;
    HeldLoad held;
    int reads = 0;
    QObject::connect(window.canvas(), &MapCanvas::extentSceneRead, [&] { ++reads; });
    window.show();
    window.openStore(store);
    REQUIRE(waitFor([&] { return held.reached.load() && window.canvas()->scene() && !window.canvas()->isRendering(); }));
    REQUIRE_FALSE(window.canvas()->hasScene());
    const geo::MapScenePointer first = window.canvas()->scene();
    CHECK(reads == 0);   // the first frame's scene serves the first view

    // Zoomed in to the street scale around the middle: the resources there one by one, with their names.
    const geo::MapViewport street(first->extent().center(), 2.0, window.canvas()->size());
    window.canvas()->setViewport(street);
    REQUIRE(waitFor([&] { return reads == 1 && !window.canvas()->isRendering(); }));
    const geo::MapScenePointer zoomed = window.canvas()->scene();
    CHECK(zoomed != first);
    CHECK_FALSE(window.canvas()->hasScene());   // still not the whole store's
    REQUIRE(zoomed->readFor);
    CHECK(zoomed->readFor->mapRect.contains(window.canvas()->viewport().visibleMapRect()));
    // Exactly the resources the R*Tree places in what was read, each alone and with its name.
    {
        const QRectF box = geo::lonLatBoxOf(zoomed->projection, zoomed->readFor->mapRect);
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(store.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM rtree_resources_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2", -1, &s,
                                   nullptr) == SQLITE_OK);
        sqlite3_bind_double(s, 1, box.left());
        sqlite3_bind_double(s, 2, box.top());
        sqlite3_bind_double(s, 3, box.right());
        sqlite3_bind_double(s, 4, box.bottom());
        REQUIRE(sqlite3_step(s) == SQLITE_ROW);
        CHECK(int(zoomed->resources.size()) == sqlite3_column_int(s, 0));
        sqlite3_finalize(s);
        sqlite3_close(db);
    }
    for (const geo::SceneResource &r : zoomed->resources) {
        CHECK(r.weight == 1);
        CHECK_FALSE(r.name.isEmpty());
    }

    // Panned by half a screen: read again, for the new view.
    window.canvas()->setViewport(street.panned(QPointF(window.canvas()->width() / 2.0, 0)));
    REQUIRE(waitFor([&] { return reads == 2 && !window.canvas()->isRendering(); }));
    CHECK(window.canvas()->scene()->readFor->mapRect.contains(window.canvas()->viewport().visibleMapRect()));
    // A small pan inside what was read draws the same scene again.
    window.canvas()->setViewport(window.canvas()->viewport().panned(QPointF(10, 0)));
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering(); }));
    CHECK(reads == 2);

    held.release();
    REQUIRE(waitFor([&] { return window.filterController()->snapshot() != nullptr && !window.canvas()->isRendering(); }));
    CHECK(window.canvas()->hasScene());
    CHECK_FALSE(window.canvas()->scene()->readFor);   // the whole store's scene, the view kept
    CHECK(window.canvas()->viewport().metresPerPixel() == Approx(2.0));
}
