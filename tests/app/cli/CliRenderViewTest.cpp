#include "CliRunner.h"
#include "TestData.h"

#include "geo/render/StoreScene.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::runBuiltProgram;

TEST_CASE("careatlas-cli render --centre --scale draws a street view around a point", "[app][cli][render]")
{
    const QString store = test::binaryDir() + QStringLiteral("/data/demo.gpkg");
    auto scene = geo::buildSceneFromStore(store);
    REQUIRE(scene.ok());
    const geo::SceneResource &r = (*scene)->resources[(*scene)->resources.size() / 2];
    REQUIRE(r.category >= 0);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("street.png"));
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                        {QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--width"), QStringLiteral("400"),
                                         QStringLiteral("--height"), QStringLiteral("300"), QStringLiteral("--centre"),
                                         QStringLiteral("%1,%2").arg(r.latitude, 0, 'f', 8).arg(r.longitude, 0, 'f', 8),
                                         QStringLiteral("--scale"), QStringLiteral("5000"), QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
    CHECK(json.value(QStringLiteral("clusters")).toInt() == 0);
    CHECK(json.value(QStringLiteral("symbols")).toInt() >= 1);
    CHECK(json.value(QStringLiteral("symbols")).toInt() < 200);
    // The resource's symbol lies at the centre of the image.
    const QImage image(png);
    REQUIRE(image.size() == QSize(400, 300));
    const QColor colour((*scene)->categories[r.category].color);
    int matching = 0;
    for (int y = 144; y < 156; ++y)
        for (int x = 194; x < 206; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 30 && std::abs(c.green() - colour.green()) < 30 && std::abs(c.blue() - colour.blue()) < 30)
                ++matching;
        }
    CHECK(matching > 10);

    SECTION("a centre that is not LAT,LON is a usage error")
    {
        const auto bad = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--centre"), QStringLiteral("north")});
        CHECK(bad.exitCode == 2);
    }
}

TEST_CASE("careatlas-cli render --background draws a raster under the areas", "[app][cli][render][background]")
{
    const QString store = test::binaryDir() + QStringLiteral("/data/demo.gpkg");
    QTemporaryDir dir;
    // A green GeoTIFF far larger than the demo city.
    const QString tiff = dir.filePath(QStringLiteral("green.tif"));
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        GDALDatasetUniquePtr ds(driver->Create(tiff.toUtf8().constData(), 32, 32, 3, GDT_Byte, nullptr));
        REQUIRE(ds);
        double gt[6] = {135.0, 4.0 / 32, 0, 38.0, 0, -4.0 / 32};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(6668);
        ds->SetSpatialRef(&srs);
        ds->GetRasterBand(1)->Fill(20);
        ds->GetRasterBand(2)->Fill(200);
        ds->GetRasterBand(3)->Fill(20);
    }
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                        {QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--width"), QStringLiteral("400"),
                                         QStringLiteral("--height"), QStringLiteral("300"), QStringLiteral("--background"), tiff});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(png);
    const QColor corner = image.pixelColor(2, 150);   // beyond the city, on the raster
    CHECK(corner.green() > 170);
    CHECK(corner.red() < 60);

    SECTION("a background that is not a raster is an error and writes nothing")
    {
        const QString out = dir.filePath(QStringLiteral("none.png"));
        const auto bad = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("render"), store, QStringLiteral("--out"), out, QStringLiteral("--background"), store});
        CHECK(bad.exitCode == 1);
        CHECK_FALSE(QFile::exists(out));
    }
}
