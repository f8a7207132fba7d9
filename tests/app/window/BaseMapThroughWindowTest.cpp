// View ▸ Base Map through the window: tiles from a local tile server appear under the map as
// they arrive, the choice is remembered, greyscale and none work.
#include "app/window/MainWindow.h"

#include "TestData.h"
#include "WindowTestSupport.h"
#include "app/canvas/MapCanvas.h"
#include "app/window/BaseMapMenu.h"
#include "basemap/TileTestServer.h"
#include "geo/basemap/BaseMap.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

// Pixels of the left margin (beyond the city, nothing drawn over the base map) in a test
// tile's colour (red and blue in steps of 40 from 40, green 200 − 30·(z mod 4)).
int tileColouredPixels(const QImage &image)
{
    int n = 0;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y) {
        const QColor c = image.pixelColor(4, y);
        auto step = [](int v) { return v >= 34 && v <= 206 && std::abs((v - 40 + 20) % 40 - 20) <= 6; };
        n += step(c.red()) && step(c.blue()) && (std::abs(c.green() - 200) <= 6 || std::abs(c.green() - 170) <= 6 || std::abs(c.green() - 140) <= 6 || std::abs(c.green() - 110) <= 6);
    }
    return n;
}

// Pixels of the left margin with any colour in them (not grey).
int colouredPixels(const QImage &image)
{
    int n = 0;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y) {
        const QColor c = image.pixelColor(4, y);
        n += std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 25;
    }
    return n;
}

} // namespace

TEST_CASE("View ▸ Base Map: web tiles under the map as they arrive, remembered; greyscale; none", "[app][window][basemap]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TileTestServer server;
    QTemporaryDir dir;
    {
        QSettings s(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas"));
        s.remove(QStringLiteral("map"));
    }
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->show();
    window->openStore(store);
    MapCanvas *canvas = window->canvas();
    REQUIRE(test::waitFor([&] { return canvas->hasScene() && !canvas->isRendering() && !canvas->lastFrame().isNull(); }));
    CHECK(tileColouredPixels(canvas->lastFrame()) == 0);

    auto *menu = window->findChild<BaseMapMenu *>(QStringLiteral("baseMapMenu"));
    REQUIRE(menu);
    REQUIRE(menu->setSource(server.urlTemplate(), QStringLiteral("Test tiles")));
    REQUIRE(canvas->renderSettings().baseMap);
    CHECK(canvas->renderSettings().baseMap->attribution() == QStringLiteral("Test tiles"));
    // The first frame comes at once; the tiles follow from the fetcher's thread and the canvas
    // redraws by itself.
    REQUIRE(test::waitFor([&] { return server.requests() > 0; }));
    REQUIRE(test::waitFor([&] { return !canvas->isRendering() && tileColouredPixels(canvas->lastFrame()) > 50; }));
    CHECK(QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")).value(QStringLiteral("map/basemap/source")).toString() == server.urlTemplate());

    // Greyscale: the same margin turns grey.
    for (QAction *action : menu->actions())
        if (action->isCheckable() && action->text() == QStringLiteral("Greyscale"))
            action->setChecked(true);
    CHECK(canvas->renderSettings().baseMapGreyscale);
    CHECK(colouredPixels(canvas->lastFrame()) > 50);
    REQUIRE(test::waitFor([&] { return !canvas->isRendering() && colouredPixels(canvas->lastFrame()) == 0; }));

    REQUIRE(menu->setSource(QString()));
    CHECK_FALSE(canvas->renderSettings().baseMap);
    QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")).remove(QStringLiteral("map"));
}
