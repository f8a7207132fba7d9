// The choropleth: areas of a level filled by class colour, zero areas hatched, a legend.

#include "geo/render/LayerCache.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/MapViewport.h"

#include "RenderFixtures.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace careatlas;
using namespace careatlas::geo;

namespace {

int pixelsLike(const QImage &image, const QRect &area, const QColor &color, int tolerance = 6)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("Choropleth: the west district in its class colour, the east one (0) hatched, a legend; the cache follows", "[render][choropleth]")
{
    auto scene = buildScene(test::twoDistrictCity());
    REQUIRE(scene.ok());
    const MapViewport v = MapViewport::fitting((*scene)->extent(), QSize(600, 400));
    RenderSettings settings;
    settings.datasetLabel = false;
    settings.northArrow = false;
    settings.scaleBar = false;
    settings.showResources = false;
    LevelStyle noLabels = defaultLevelStyle(1, 2);
    noLabels.labels = false;
    settings.levelStyles.insert(AreaLevels::SchoolDistrict, noLabels);
    auto choropleth = std::make_shared<Choropleth>();
    choropleth->levelCode = AreaLevels::SchoolDistrict;
    choropleth->values = {{QStringLiteral("S1"), 4.0}, {QStringLiteral("S2"), 0.0}};
    choropleth->breaks = classify({4.0, 0.0}, ClassMethod::Quantile, 5);
    choropleth->colors = sequentialPalette(int(choropleth->breaks.upper.size()));
    choropleth->title = QStringLiteral("病院");
    choropleth->noneLabel = QStringLiteral("0");
    REQUIRE(choropleth->colors.size() == 1);
    settings.choropleth = choropleth;

    LayerCache cache;
    MapRenderer::Stats stats;
    const QImage image = MapRenderer::renderImage(**scene, v, settings, nullptr, &stats, &cache);
    const QPoint west = v.toScreen((*scene)->projection.forward(136.625, 36.545)).toPoint();
    const QPoint east = v.toScreen((*scene)->projection.forward(136.675, 36.545)).toPoint();
    const QRect westBox(west - QPoint(20, 20), QSize(40, 40)), eastBox(east - QPoint(20, 20), QSize(40, 40));
    CHECK(pixelsLike(image, westBox, choropleth->colors[0]) > 1200);          // filled, all but the edges
    CHECK(pixelsLike(image, eastBox, choropleth->colors[0]) == 0);
    const int hatchInk = pixelsLike(image, eastBox, QColor(0x75, 0x75, 0x75), 40);
    CHECK(hatchInk > 40);                                                     // diagonal lines
    CHECK(hatchInk < 1200);                                                   // not a solid fill
    // The legend, bottom left: the class swatch.
    CHECK(pixelsLike(image, QRect(10, 400 - 180, 200, 170), choropleth->colors[0]) > 50);

    // Another choropleth is another base layer.
    auto other = std::make_shared<Choropleth>(*choropleth);
    other->values[QStringLiteral("S2")] = 2.0;
    settings.choropleth = other;
    const QImage second = MapRenderer::renderImage(**scene, v, settings, nullptr, &stats, &cache);
    CHECK_FALSE(stats.baseFromCache);
    CHECK(pixelsLike(second, eastBox, QColor(0x75, 0x75, 0x75), 40) < hatchInk / 4);
}
