#include "geo/render/MapRenderer.h"
#include "geo/render/MapScene.h"
#include "geo/render/MapViewport.h"

#include "RenderFixtures.h"
#include "core/Catalogue.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <ogr_geometry.h>

#include <QGeoCoordinate>
#include <QPainter>

using namespace careatlas;
using namespace careatlas::geo;
using careatlas::test::resourceAt;

namespace {

// A city of two districts around Kanazawa, and resources.
MapSceneInput smallCity()
{
    MapSceneInput input = test::twoDistrictCity();
    Resource unlocated;
    unlocated.id = 12;
    unlocated.categoryCode = QStringLiteral("clinic");
    input.resources.push_back(unlocated);
    return input;
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance = 12)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("MapViewport maps screen and map both ways and zooms around the anchor", "[render][viewport]")
{
    const MapViewport v(QPointF(500000, 4000000), 10.0, QSize(800, 600));
    const QPointF screen(123, 456);
    const QPointF back = v.toScreen(v.toMap(screen));
    CHECK(back.x() == Approx(screen.x()));
    CHECK(back.y() == Approx(screen.y()));
    CHECK(v.toMap(QPointF(400, 0)).y() > v.centre().y());   // screen up is map north
    const MapViewport zoomed = v.zoomed(2.0, screen);
    CHECK(zoomed.metresPerPixel() == Approx(5.0));
    CHECK(zoomed.toMap(screen).x() == Approx(v.toMap(screen).x()));
    CHECK(zoomed.toMap(screen).y() == Approx(v.toMap(screen).y()));
    const QRectF rect(0, 0, 10000, 2000);
    const MapViewport fit = MapViewport::fitting(rect, QSize(800, 600));
    CHECK(fit.visibleMapRect().contains(rect));
    CHECK(v.scaleDenominator() == Approx(10.0 / (0.0254 / 96.0)));
}

TEST_CASE("The map projection is the UTM zone of the data, JGD2011 in Japan", "[render][projection]")
{
    auto projection = MapProjection::forLocation(136.65, 36.56);
    REQUIRE(projection.ok());
    CHECK(projection->epsg() == 6690);   // JGD2011 / UTM zone 53N
    const QPointF map = projection->forward(136.65, 36.56);
    const QPointF lonLat = projection->inverse(map);
    CHECK(lonLat.x() == Approx(136.65).margin(1e-8));
    CHECK(lonLat.y() == Approx(36.56).margin(1e-8));
    auto elsewhere = MapProjection::forLocation(-3.7, 40.4);
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->epsg() == 32630);
}

TEST_CASE("A scene holds located resources, counts the rest, and finds points and areas", "[render][scene]")
{
    auto scene = buildScene(smallCity());
    REQUIRE(scene.ok());
    const MapScene &s = **scene;
    CHECK(s.levels.size() == 2);
    CHECK(s.resources.size() == 2);
    CHECK(s.unlocatedCount == 1);
    const QPointF hospital = s.projection.forward(136.62, 36.55);
    const int found = s.nearestResource(hospital + QPointF(30, 30), 100);
    REQUIRE(found >= 0);
    CHECK(s.resources[found].id == 10);
    CHECK(s.nearestResource(hospital + QPointF(3000, 0), 100) == -1);
    CHECK(s.levels[1].areas[s.areaAt(1, hospital)].code == QStringLiteral("S1"));
    CHECK(s.levels[1].areas[0].parentIndex == 0);
    CHECK(s.extent().contains(hospital));
    std::atomic_bool cancel(true);
    auto cancelled = buildScene(smallCity(), &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
}

TEST_CASE("The scale bar is right on the ground (geodesic, Qt Positioning)", "[render][scalebar]")
{
    auto scene = buildScene(smallCity());
    REQUIRE(scene.ok());
    const MapViewport v = MapViewport::fitting((*scene)->extent(), QSize(1000, 800));
    const auto [metres, pixels] = MapRenderer::scaleBar(**scene, v, 200);
    REQUIRE(metres > 0);
    CHECK(pixels <= 200);
    CHECK(pixels > 40);
    const QPointF a = (*scene)->projection.inverse(v.toMap(QPointF(500 - pixels / 2, 400)));
    const QPointF b = (*scene)->projection.inverse(v.toMap(QPointF(500 + pixels / 2, 400)));
    const double ground = QGeoCoordinate(a.y(), a.x()).distanceTo(QGeoCoordinate(b.y(), b.x()));
    CHECK(ground == Approx(metres).epsilon(0.005));
    const double leading = metres / std::pow(10.0, std::floor(std::log10(metres)));
    CHECK((leading == Approx(1.0) || leading == Approx(2.0) || leading == Approx(5.0)));
}

TEST_CASE("The renderer draws each resource in its category's colour, and the filter hides it", "[render][renderer]")
{
    auto scene = buildScene(smallCity());
    REQUIRE(scene.ok());
    const MapViewport v = MapViewport::fitting((*scene)->extent(), QSize(600, 500));
    RenderSettings settings;
    settings.datasetLabel = false;
    MapRenderer::Stats stats;
    QImage image = MapRenderer::renderImage(**scene, v, settings, nullptr, &stats);
    CHECK(stats.symbolsDrawn == 2);
    CHECK(stats.areasDrawn == 3);
    CHECK(stats.labelsDrawn >= 2);   // both district names fit
    const QColor hospital(findDefaultCategory(QStringLiteral("hospital"))->color);
    CHECK(pixelsNear(image, hospital) > 15);
    // The symbol lies where the resource is.
    const QPointF at = v.toScreen((*scene)->resources[0].position);
    CHECK(pixelsNear(image.copy(QRect(at.toPoint() - QPoint(8, 8), QSize(16, 16))), hospital) > 15);

    auto mask = std::make_shared<std::vector<bool>>(2, false);
    settings.resourceMask = mask;
    image = MapRenderer::renderImage(**scene, v, settings, nullptr, &stats);
    CHECK(stats.symbolsDrawn == 0);
    CHECK(pixelsNear(image, hospital) == 0);
}

TEST_CASE("Crowded resources become one counted cluster, zoomed in they split", "[render][clusters]")
{
    MapSceneInput input = smallCity();
    for (int i = 0; i < 30; ++i)
        input.resources.push_back(resourceAt(100 + i, QStringLiteral("clinic"), 136.640 + 0.000002 * i, 36.560));
    auto scene = buildScene(input);
    REQUIRE(scene.ok());
    const MapViewport full = MapViewport::fitting((*scene)->extent(), QSize(600, 500));
    RenderSettings settings;
    MapRenderer::Stats stats;
    MapRenderer::renderImage(**scene, full, settings, nullptr, &stats);
    CHECK(stats.clustersDrawn == 1);
    CHECK(stats.symbolsDrawn == 2);
    const MapViewport street(((*scene)->projection.forward(136.64003, 36.560)), 0.05, QSize(600, 500));
    MapRenderer::renderImage(**scene, street, settings, nullptr, &stats);
    CHECK(stats.clustersDrawn == 0);
    CHECK(stats.symbolsDrawn == 30);
    settings.clusters = false;
    MapRenderer::renderImage(**scene, full, settings, nullptr, &stats);
    CHECK(stats.clustersDrawn == 0);
    CHECK(stats.symbolsDrawn == 32);
}

TEST_CASE("A cancelled render stops and says so", "[render][cancel]")
{
    auto scene = buildScene(smallCity());
    REQUIRE(scene.ok());
    std::atomic_bool cancel(true);
    MapRenderer::Stats stats;
    MapRenderer::renderImage(**scene, MapViewport::fitting((*scene)->extent(), QSize(300, 300)), RenderSettings(), &cancel, &stats);
    CHECK(stats.cancelled);
    CHECK(stats.areasDrawn == 0);
}

TEST_CASE("Renders at a device pixel ratio of 2 have twice the pixels", "[render][hidpi]")
{
    auto scene = buildScene(smallCity());
    REQUIRE(scene.ok());
    const MapViewport v = MapViewport::fitting((*scene)->extent(), QSize(300, 200), 2.0);
    const QImage image = MapRenderer::renderImage(**scene, v, RenderSettings());
    CHECK(image.width() == 600);
    CHECK(image.height() == 400);
    CHECK(image.devicePixelRatio() == 2.0);
}

TEST_CASE("Area names that look like mojibake are not drawn as if they were fine", "[render][scene][garbled]")
{
    MapSceneInput input = smallCity();
    auto &districts = input.areas[AreaLevels::SchoolDistrict];
    districts[0].name = QString::fromUtf8("ΐs{ꏬwZ");   // from a real file decoded with the wrong code page
    auto scene = buildScene(input);
    REQUIRE(scene.ok());
    for (const SceneArea &area : (*scene)->levels[1].areas) {
        CHECK_FALSE(area.name.contains(QString::fromUtf8("ΐ")));
        const auto given = std::find_if(districts.cbegin(), districts.cend(), [&](const AreaRecord &r) { return r.code == area.code; });
        REQUIRE(given != districts.cend());
        if (given == districts.cbegin())
            CHECK(area.name.contains(area.code));   // marked as garbled, with its code, until renamed
        else
            CHECK(area.name == given->name);        // plain Japanese names of the same level stay
    }
    CHECK((*scene)->levels[0].areas[0].name == QStringLiteral("テスト市"));   // a sound level keeps its names
}
