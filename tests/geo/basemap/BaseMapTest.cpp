// The base map: tile sources and presets, fetching through a tile server this test starts on
// 127.0.0.1 (never the internet), the disk cache, offline mode, a server that is down, a slow
// server whose stale requests a pan cancels, offline packages, and drawing under the areas.
#include "basemap/TileTestServer.h"

#include "geo/basemap/BaseMap.h"
#include "geo/basemap/TileCache.h"
#include "geo/basemap/TilePackage.h"
#include "geo/basemap/TileSource.h"
#include "geo/render/MapProjection.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/MapViewport.h"

#include "render/RenderFixtures.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainterPath>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <numbers>

using namespace careatlas;
using namespace careatlas::geo;
using careatlas::test::TileTestServer;

namespace {

constexpr double Lon = 136.6562, Lat = 36.5613;   // Kanazawa

// The tile holding a point, by the slippy-map formulas written out here (not the library's).
struct TilePosition {
    int x, y;
    double edge;   // distance to the tile's nearest edge, tile pixels
};
TilePosition tileOf(double lon, double lat, int z)
{
    const double n = std::pow(2.0, z);
    const double fx = (lon + 180.0) / 360.0 * n;
    const double r = lat * std::numbers::pi / 180.0;
    const double fy = (1.0 - std::asinh(std::tan(r)) / std::numbers::pi) / 2.0 * n;
    const double ex = fx - std::floor(fx), ey = fy - std::floor(fy);
    return {int(std::floor(fx)), int(std::floor(fy)), 256.0 * std::min({ex, 1 - ex, ey, 1 - ey})};
}

MapProjection projection()
{
    auto p = MapProjection::forLocation(Lon, Lat);
    REQUIRE(p);
    return *p;
}

MapViewport viewAt(const MapProjection &p, double lon, double lat, double metresPerPixel = 8.0, QSize size = QSize(320, 220))
{
    return MapViewport(p.forward(lon, lat), metresPerPixel, size, 1.0);
}

// Pixels of the frame whose colour is that of the tile under them (away from tile edges),
// and how many were checked.
std::pair<int, int> matchingPixels(const QImage &image, const MapViewport &viewport, const MapProjection &p, int z)
{
    int checked = 0, matching = 0;
    for (int y = 5; y < viewport.size().height(); y += 9)
        for (int x = 5; x < viewport.size().width(); x += 9) {
            const QPointF g = p.inverse(viewport.toMap(QPointF(x + 0.5, y + 0.5)));
            const TilePosition t = tileOf(g.x(), g.y(), z);
            if (t.edge < 10)
                continue;
            ++checked;
            const QColor expected = TileTestServer::tileColour(z, t.x, t.y);
            const QColor got = image.pixelColor(x, y);
            if (std::abs(got.red() - expected.red()) <= 6 && std::abs(got.green() - expected.green()) <= 6
                && std::abs(got.blue() - expected.blue()) <= 6 && got.alpha() == 255)
                ++matching;
        }
    return {matching, checked};
}

template <typename Predicate>
bool waitUntil(Predicate done, int milliseconds = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    return done();
}

std::shared_ptr<BaseMap> openMap(const TileSource &source, const std::shared_ptr<TileCache> &cache, bool offline = false)
{
    auto map = BaseMap::open(source, {offline, cache});
    REQUIRE(map);
    return *map;
}

TileSource serverSource(const TileTestServer &server)
{
    auto source = TileSource::fromUrlTemplate(server.urlTemplate(), QStringLiteral("Test tiles"));
    REQUIRE(source);
    return *source;
}

} // namespace

TEST_CASE("Tile sources: presets, URL templates, tile arithmetic", "[basemap]")
{
    const auto std = TileSource::preset(QStringLiteral("gsi-std"));
    REQUIRE(std);
    CHECK(std->attribution == QStringLiteral("地理院タイル"));
    CHECK(std->url({16, 58210, 25803}) == QStringLiteral("https://cyberjapandata.gsi.go.jp/xyz/std/16/58210/25803.png"));
    CHECK(std->maxZoom == 18);
    CHECK(TileSource::preset(QStringLiteral("gsi-pale"))->urlTemplate.contains(QLatin1String("/xyz/pale/")));
    CHECK(TileSource::preset(QStringLiteral("gsi-photo"))->url({12, 1, 2}).endsWith(QLatin1String("/seamlessphoto/12/1/2.jpg")));
    const auto osm = TileSource::preset(QStringLiteral("osm"));
    REQUIRE(osm);
    CHECK(osm->attribution == QStringLiteral("© OpenStreetMap contributors"));
    CHECK_FALSE(osm->bulkDownloadAllowed);
    CHECK(std->bulkDownloadAllowed);

    // TMS rows count from the south; WMTS REST names.
    auto tms = TileSource::parse(QStringLiteral("tms:https://example.org/t/{z}/{x}/{y}.png"));
    REQUIRE(tms);
    CHECK(tms->url({3, 1, 2}) == QStringLiteral("https://example.org/t/3/1/5.png"));
    auto wmts = TileSource::fromUrlTemplate(QStringLiteral("https://example.org/wmts/{TileMatrix}/{TileRow}/{TileCol}.png"));
    REQUIRE(wmts);
    CHECK(wmts->url({3, 1, 2}) == QStringLiteral("https://example.org/wmts/3/2/1.png"));
    // OpenStreetMap's servers keep their policy however they are spelled.
    auto osmUrl = TileSource::fromUrlTemplate(QStringLiteral("https://a.tile.openstreetmap.org/{z}/{x}/{y}.png"));
    REQUIRE(osmUrl);
    CHECK_FALSE(osmUrl->bulkDownloadAllowed);
    CHECK_FALSE(TileSource::parse(QStringLiteral("ftp://example.org/{z}/{x}/{y}")));
    CHECK_FALSE(TileSource::parse(QStringLiteral("https://example.org/map.png")));
    CHECK(tileUserAgent().startsWith(QLatin1String("CareAtlas/")));

    for (int z : {5, 12, 16}) {
        const TileKey key = tiles::tileAt(Lon, Lat, z);
        const TilePosition expected = tileOf(Lon, Lat, z);
        CHECK(key.x == expected.x);
        CHECK(key.y == expected.y);
        CHECK(tiles::mercatorBounds(key).contains(tiles::mercatorOf(Lon, Lat)));
    }
    // 8 m per pixel at 36.5° N: zoom 14 tiles are 7.7 m per pixel there.
    CHECK(tiles::zoomFor(8.0, Lat) == 14);
}

TEST_CASE("Base map: tiles fetched off the caller's thread, drawn reprojected, then from the disk cache", "[basemap]")
{
    TileTestServer server;
    QTemporaryDir dir;
    auto cache = std::make_shared<TileCache>(dir.path());
    const MapProjection p = projection();
    const MapViewport view = viewAt(p, Lon, Lat);
    auto map = openMap(serverSource(server), cache);

    // The first frame has nothing yet and does not wait: the tiles are asked for.
    const BaseMap::Frame first = map->render(view, p);
    CHECK(first.zoom == 14);
    CHECK(first.tiles >= 2);
    CHECK(first.missing == first.tiles);
    REQUIRE(waitUntil([&] { return map->generation() >= quint64(first.tiles); }));
    CHECK(server.lastUserAgent().startsWith(QLatin1String("CareAtlas/")));

    // Now they are at hand: every pixel is the colour of the tile under it.
    const BaseMap::Frame second = map->render(view, p);
    CHECK(second.missing == 0);
    const auto [matching, checked] = matchingPixels(second.image, view, p, second.zoom);
    CHECK(checked > 200);
    CHECK(matching == checked);

    // A new base map over the same cache (another session): no request reaches the server.
    const int requestsBefore = server.requests();
    auto again = openMap(serverSource(server), cache);
    const int hitsBefore = cache->hits();
    const BaseMap::Frame cached = again->render(view, p, nullptr, 5000);
    CHECK(cached.missing == 0);
    CHECK(cache->hits() - hitsBefore >= cached.tiles);
    CHECK(server.requests() == requestsBefore);
    CHECK(matchingPixels(cached.image, view, p, cached.zoom).first == checked);
    CHECK(cache->sizeBytes() > 0);
}

TEST_CASE("Base map: the disk cache keeps to its size limit and marks old tiles stale", "[basemap]")
{
    QTemporaryDir dir;
    TileCache cache(dir.path(), 10 * 1024, 7);
    const QByteArray tile(3000, 'x');
    for (int i = 0; i < 8; ++i)
        REQUIRE(cache.write(QStringLiteral("s"), {10, i, 0}, tile));
    CHECK(cache.sizeBytes() <= 10 * 1024);
    CHECK_FALSE(cache.read(QStringLiteral("s"), {10, 0, 0}));   // the oldest went first
    REQUIRE(cache.read(QStringLiteral("s"), {10, 7, 0}));
    CHECK(cache.read(QStringLiteral("s"), {10, 7, 0})->fresh);
    TileCache expired(dir.path(), 10 * 1024, 0);
    REQUIRE(expired.read(QStringLiteral("s"), {10, 7, 0}));
    CHECK_FALSE(expired.read(QStringLiteral("s"), {10, 7, 0})->fresh);
}

TEST_CASE("Base map: offline mode draws from the cache only and never asks the server", "[basemap]")
{
    TileTestServer server;
    QTemporaryDir dir;
    auto cache = std::make_shared<TileCache>(dir.path());
    const MapProjection p = projection();
    const MapViewport view = viewAt(p, Lon, Lat);
    {
        auto online = openMap(serverSource(server), cache);
        REQUIRE(online->render(view, p, nullptr, 10000).missing == 0);
    }
    const int requests = server.requests();
    auto offline = openMap(serverSource(server), cache, true);
    const BaseMap::Frame frame = offline->render(view, p);
    CHECK(frame.missing == 0);
    CHECK(offline->notice().isEmpty());
    const auto [matching, checked] = matchingPixels(frame.image, view, p, frame.zoom);
    CHECK(matching == checked);
    // Far away nothing is cached: the frame is empty, with a notice, and still nothing is asked.
    const BaseMap::Frame away = offline->render(viewAt(p, Lon + 0.5, Lat + 0.3), p, nullptr, 2000);
    CHECK(away.missing == away.tiles);
    CHECK_FALSE(offline->notice().isEmpty());
    QThread::msleep(100);
    CHECK(server.requests() == requests);
}

TEST_CASE("Base map: over-zoom draws a coarser tile where the finer one is missing", "[basemap]")
{
    TileTestServer server;
    server.setMaxZoom(13);   // the server has nothing finer than zoom 13
    QTemporaryDir dir;
    auto cache = std::make_shared<TileCache>(dir.path());
    const MapProjection p = projection();
    const MapViewport coarse = viewAt(p, Lon, Lat, 16.0);
    auto map = openMap(serverSource(server), cache);
    REQUIRE(map->render(coarse, p, nullptr, 10000).zoom == 13);
    const MapViewport fine = viewAt(p, Lon, Lat, 8.0);
    const BaseMap::Frame frame = map->render(fine, p, nullptr, 10000);
    CHECK(frame.zoom == 14);
    CHECK(frame.missing == frame.tiles);
    // Every pixel shows its zoom-13 tile, scaled up.
    const auto [matching, checked] = matchingPixels(frame.image, fine, p, 13);
    CHECK(checked > 100);
    CHECK(matching >= checked * 95 / 100);
}

TEST_CASE("Base map: a server that is down leaves the map drawn, with a notice", "[basemap]")
{
    QTemporaryDir dir;
    auto cache = std::make_shared<TileCache>(dir.path());
    auto source = TileSource::fromUrlTemplate(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(TileTestServer::deadPort()), QStringLiteral("Test tiles"));
    REQUIRE(source);
    auto map = openMap(*source, cache);
    auto scene = buildScene(test::twoDistrictCity());
    REQUIRE(scene);
    const MapViewport view = MapViewport::fitting((*scene)->extent(), QSize(480, 360));
    RenderSettings settings;
    settings.baseMap = map;
    settings.baseMapWaitMilliseconds = 5000;   // as an export: waits, but not for ever
    QElapsedTimer timer;
    timer.start();
    MapRenderer::Stats stats;
    const QImage image = MapRenderer::renderImage(**scene, view, settings, nullptr, &stats);
    CHECK(timer.elapsed() < 5000);
    CHECK(stats.areasDrawn > 0);
    CHECK_FALSE(map->notice().isEmpty());
    // The notice (orange on pale orange) sits in the bottom right corner above the credit line.
    int noticeInk = 0;
    for (int y = image.height() - 40; y < image.height(); ++y)
        for (int x = image.width() / 2; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            noticeInk += c.red() > 150 && c.green() < 120 && c.blue() < 80;
        }
    CHECK(noticeInk > 20);
}

TEST_CASE("Base map: a pan cancels the stale requests of a slow server", "[basemap]")
{
    TileTestServer server;
    server.setDelay(700);
    QTemporaryDir dir;
    auto cache = std::make_shared<TileCache>(dir.path());
    const MapProjection p = projection();
    auto map = openMap(serverSource(server), cache);
    const MapViewport first = viewAt(p, Lon, Lat);
    const BaseMap::Frame a = map->render(first, p);
    REQUIRE(waitUntil([&] { return server.requests() > 0; }));
    // The user pans far away before the first tiles come.
    const MapViewport second = viewAt(p, Lon + 0.2, Lat + 0.1);
    const BaseMap::Frame b = map->render(second, p);
    REQUIRE(waitUntil([&] { return map->generation() >= quint64(b.tiles); }, 15000));
    CHECK(map->aborted() > 0);
    const BaseMap::Frame now = map->render(second, p);
    CHECK(now.missing == 0);
    // The first view's tiles were dropped, not stored.
    int firstCached = 0;
    for (const TileKey &key : tiles::tilesCovering(QRectF(QPointF(Lon - 0.02, Lat - 0.02), QPointF(Lon + 0.02, Lat + 0.02)), a.zoom))
        firstCached += cache->read(map->source().cacheKey(), key).has_value();
    CHECK(firstCached < a.tiles);
}

TEST_CASE("Base map: an offline package made from a tile server, read through GDAL", "[basemap]")
{
    TileTestServer server;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("kanazawa.mbtiles"));
    TilePackageRequest request;
    request.source = serverSource(server);
    request.bounds = QRectF(QPointF(Lon - 0.03, Lat - 0.02), QPointF(Lon + 0.03, Lat + 0.02));
    request.minZoom = 12;
    request.maxZoom = 14;
    request.out = out;
    request.cache = std::make_shared<TileCache>(dir.filePath(QStringLiteral("cache")));
    auto report = writeTilePackage(request);
    REQUIRE(report);
    CHECK(report->tiles == countPackageTiles(request.bounds, 12, 14));
    CHECK(report->written == report->tiles);

    // The file itself, read with SQLite: rows counted from the south, metadata present.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(out.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    const TilePosition t = tileOf(Lon, Lat, 14);
    sqlite3_prepare_v2(db, "SELECT count(*) FROM tiles WHERE zoom_level = 14 AND tile_column = ? AND tile_row = ?", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, t.x);
    sqlite3_bind_int(st, 2, (1 << 14) - 1 - t.y);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1);
    sqlite3_finalize(st);
    sqlite3_close(db);

    auto source = TileSource::fromPackage(out);
    REQUIRE(source);
    CHECK(source->kind == TileSource::Kind::Package);
    CHECK(source->attribution == QStringLiteral("Test tiles"));
    CHECK(source->minZoom == 12);
    CHECK(source->maxZoom == 14);
    auto map = openMap(*source, nullptr);
    const MapProjection p = projection();
    const MapViewport view = viewAt(p, Lon, Lat);
    const BaseMap::Frame frame = map->render(view, p);
    CHECK(frame.zoom == 14);
    const auto [matching, checked] = matchingPixels(frame.image, view, p, 14);
    CHECK(checked > 200);
    CHECK(matching >= checked * 98 / 100);
    // Zoomed in past the package: its finest tiles, scaled up.
    const MapViewport closer = viewAt(p, Lon, Lat, 2.0);
    const BaseMap::Frame over = map->render(closer, p);
    CHECK(over.zoom == 14);
    CHECK(matchingPixels(over.image, closer, p, 14).first >= matchingPixels(over.image, closer, p, 14).second * 95 / 100);

    // OpenStreetMap's tile servers forbid bulk download.
    request.source = *TileSource::preset(QStringLiteral("osm"));
    auto refused = writeTilePackage(request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("Base map: drawn under the areas with its credit line, grey and translucent on request", "[basemap]")
{
    TileTestServer server;
    QTemporaryDir dir;
    auto map = openMap(serverSource(server), std::make_shared<TileCache>(dir.path()));
    auto scene = buildScene(test::twoDistrictCity());
    REQUIRE(scene);
    const MapViewport view = MapViewport::fitting((*scene)->extent(), QSize(480, 360));
    RenderSettings settings;
    settings.baseMap = map;
    settings.baseMapWaitMilliseconds = 10000;
    settings.datasetLabel = false;
    const QImage colour = MapRenderer::renderImage(**scene, view, settings);
    RenderSettings none = settings;
    none.baseMap.reset();
    const QImage plain = MapRenderer::renderImage(**scene, view, none);
    // The credit line changes the bottom right corner only.
    auto differs = [](const QImage &a, const QImage &b, const QRect &r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += a.pixel(x, y) != b.pixel(x, y);
        return n;
    };
    settings.baseMapGreyscale = true;
    const QImage grey = MapRenderer::renderImage(**scene, view, settings);
    int coloured = 0, greyish = 0;
    for (int y = 60; y < 300; y += 7)
        for (int x = 60; x < 420; x += 7) {
            const QColor c = colour.pixelColor(x, y), g = grey.pixelColor(x, y);
            coloured += std::abs(c.red() - c.blue()) > 30;
            greyish += std::abs(g.red() - g.blue()) > 30;
        }
    CHECK(coloured > 100);
    CHECK(greyish < coloured / 4);   // what colour is left is the areas' own
    // With the base map the credit line is there; without it the corner is plain.
    settings.baseMapGreyscale = false;
    settings.baseMapOpacity = 0.0;
    const QImage credited = MapRenderer::renderImage(**scene, view, settings);
    none.baseMapOpacity = 0.0;
    CHECK(differs(credited, plain, QRect(view.size().width() - 60, view.size().height() - 14, 58, 12)) > 20);
}

// Not a check: writes a generated, map-like tile set (z/x/y.png) for the demo region into
// $CAREATLAS_DEMO_TILES, to serve locally and package with `careatlas-cli tiles package`
// for screenshots. Streets every 250 m, main roads every 2 km, a river and parks, drawn in
// Web Mercator metres so that they run on across tiles; each tile names itself in a corner.
TEST_CASE("Base map: a generated demo tile set", "[.basemap-demo]")
{
    const QString out = qEnvironmentVariable("CAREATLAS_DEMO_TILES");
    REQUIRE_FALSE(out.isEmpty());
    const QRectF bounds(QPointF(136.45, 36.40), QPointF(136.85, 36.72));
    int written = 0;
    for (int z = 10; z <= 16; ++z)
        for (const TileKey &key : tiles::tilesCovering(bounds, z)) {
            const QRectF m = tiles::mercatorBounds(key);
            const double perPixel = m.width() / 256.0;
            auto px = [&](double mx, double my) { return QPointF((mx - m.left()) / perPixel, (m.bottom() - my) / perPixel); };
            QImage tile(256, 256, QImage::Format_RGB32);
            tile.fill(QColor(0xf4, 0xf1, 0xea));
            QPainter p(&tile);
            p.setRenderHint(QPainter::Antialiasing);
            // Parks: every seventh 1 km block.
            for (double y = std::floor(m.top() / 1000) * 1000; y < m.bottom(); y += 1000)
                for (double x = std::floor(m.left() / 1000) * 1000; x < m.right(); x += 1000)
                    if ((qint64(x / 1000) * 3 + qint64(y / 1000) * 5) % 7 == 0)
                        p.fillRect(QRectF(px(x + 150, y + 850), px(x + 850, y + 150)), QColor(0xc8, 0xe6, 0xc0));
            // The river: a meander across the region.
            QPainterPath river;
            for (int i = 0; i <= 64; ++i) {
                const double mx = m.left() - perPixel * 40 + i * (m.width() + perPixel * 80) / 64;
                const double lon = tiles::lonLatOf({mx, 0}).x();
                const double my = tiles::mercatorOf(lon, 36.565 + 0.012 * std::sin(lon * 90)).y();
                i == 0 ? river.moveTo(px(mx, my)) : river.lineTo(px(mx, my));
            }
            p.setPen(QPen(QColor(0x9c, 0xc8, 0xe8), std::max(2.0, 120 / perPixel), Qt::SolidLine, Qt::RoundCap));
            p.drawPath(river);
            auto grid = [&](double spacing, const QColor &casing, const QColor &fill, double metres) {
                const double width = std::max(1.0, metres / perPixel);
                for (const auto &[pen, w] : {std::pair{casing, width + 1.5}, std::pair{fill, width}}) {
                    p.setPen(QPen(pen, w));
                    for (double x = std::floor(m.left() / spacing) * spacing; x <= m.right(); x += spacing)
                        p.drawLine(px(x, m.top()), px(x, m.bottom()));
                    for (double y = std::floor(m.top() / spacing) * spacing; y <= m.bottom(); y += spacing)
                        p.drawLine(px(m.left(), y), px(m.right(), y));
                }
            };
            if (z >= 14)
                grid(250, QColor(0xd6, 0xd0, 0xc4), Qt::white, 8);
            grid(2000, QColor(0xd9, 0xa4, 0x4a), QColor(0xfc, 0xd6, 0x8c), 22);
            p.setPen(QColor(0x90, 0x90, 0x90));
            QFont font;
            font.setPixelSize(9);
            p.setFont(font);
            p.drawText(QPointF(4, 12), QStringLiteral("%1/%2/%3").arg(key.z).arg(key.x).arg(key.y));
            p.end();
            const QString path = QStringLiteral("%1/%2/%3/%4.png").arg(out).arg(key.z).arg(key.x).arg(key.y);
            QDir().mkpath(QFileInfo(path).absolutePath());
            REQUIRE(tile.save(path, "PNG"));
            ++written;
        }
    CHECK(written > 0);
}
