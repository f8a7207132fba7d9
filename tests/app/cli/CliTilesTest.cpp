// careatlas-cli tiles package and --basemap, against a tile server this test starts on 127.0.0.1.
#include "CliRunner.h"
#include "TestData.h"
#include "basemap/TileTestServer.h"

#include "geo/render/StoreScene.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::runBuiltProgram;

TEST_CASE("careatlas-cli tiles package writes an MBTiles package that render --basemap draws", "[app][cli][basemap]")
{
    test::TileTestServer server;
    QTemporaryDir dir;
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());   // the child's tile cache
    const QString package = dir.filePath(QStringLiteral("city.mbtiles"));
    const QString store = test::binaryDir() + QStringLiteral("/data/demo.gpkg");
    const auto made = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                      {QStringLiteral("tiles"), QStringLiteral("package"), QStringLiteral("--source"), server.urlTemplate(),
                                       QStringLiteral("--attribution"), QStringLiteral("Test tiles"), QStringLiteral("--area"),
                                       QStringLiteral("大和中学校区"), QStringLiteral("--store"), store, QStringLiteral("--zoom"),
                                       QStringLiteral("11-13"), QStringLiteral("--out"), package, QStringLiteral("--json")});
    INFO(made.standardError.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(made.standardOutput.toUtf8()).object();
    const int tiles = json.value(QStringLiteral("tiles")).toInt();
    CHECK(tiles > 0);
    CHECK(json.value(QStringLiteral("written")).toInt() == tiles);
    CHECK(server.requests() == tiles);   // one request per tile, none twice
    CHECK(server.lastUserAgent().startsWith(QLatin1String("CareAtlas/")));
    CHECK(QFile::exists(package));
    CHECK_FALSE(QFile::exists(package + QStringLiteral(".part")));

    // A view inside the package, drawn with and without it.
    auto scene = geo::buildSceneFromStore(store);
    REQUIRE(scene.ok());
    const geo::SceneArea *area = nullptr;
    for (const geo::SceneAreaLevel &level : (*scene)->levels)
        for (const geo::SceneArea &a : level.areas)
            if (a.name == QStringLiteral("大和中学校区"))
                area = &a;
    REQUIRE(area);
    const QPointF centre = (*scene)->projection.inverse(area->bounds.center());
    auto render = [&](const QString &png, bool withBaseMap) {
        QStringList arguments = {QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--width"), QStringLiteral("300"),
                                 QStringLiteral("--height"), QStringLiteral("200"), QStringLiteral("--centre"),
                                 QStringLiteral("%1,%2").arg(centre.y(), 0, 'f', 6).arg(centre.x(), 0, 'f', 6), QStringLiteral("--scale"),
                                 QStringLiteral("20000"), QStringLiteral("--json")};
        if (withBaseMap)
            arguments << QStringLiteral("--basemap") << package;
        const auto drawn = runBuiltProgram(QStringLiteral("app/careatlas-cli"), arguments);
        INFO(drawn.standardError.toStdString());
        REQUIRE(drawn.exitCode == 0);
        CHECK(QJsonDocument::fromJson(drawn.standardOutput.toUtf8()).object().value(QStringLiteral("basemap_notice")).toString().isEmpty());
        return QImage(png);
    };
    const QImage with = render(dir.filePath(QStringLiteral("with.png")), true);
    const QImage without = render(dir.filePath(QStringLiteral("without.png")), false);
    REQUIRE(with.size() == without.size());
    int differing = 0;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x)
            differing += with.pixel(x, y) != without.pixel(x, y);
    CHECK(differing > with.width() * with.height() / 2);   // the tiles show through everywhere
}

TEST_CASE("careatlas-cli tiles package refuses OpenStreetMap's tile servers and bad arguments", "[app][cli][basemap]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("osm.mbtiles"));
    const auto refused = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                         {QStringLiteral("tiles"), QStringLiteral("package"), QStringLiteral("--source"), QStringLiteral("osm"),
                                          QStringLiteral("--bbox"), QStringLiteral("136.6,36.5,136.7,36.6"), QStringLiteral("--zoom"),
                                          QStringLiteral("12-13"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.standardOutput.contains(QLatin1String("not_permitted")));
    CHECK_FALSE(QFile::exists(out));
    const auto usage = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                       {QStringLiteral("tiles"), QStringLiteral("package"), QStringLiteral("--source"), QStringLiteral("gsi-std"),
                                        QStringLiteral("--bbox"), QStringLiteral("136.7,36.5,136.6,36.6"), QStringLiteral("--out"), out});
    CHECK(usage.exitCode == 2);
}
