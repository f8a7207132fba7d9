#include "geo/areas/AreaLoader.h"
#include "geo/areas/CrsGuess.h"

#include "areas/AreaFixtures.h"

#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

// Distance in metres between two nearby lon/lat points (equirectangular, fine below 1 km).
double metresBetween(double lon1, double lat1, double lon2, double lat2)
{
    const double r = 6371000.0, rad = M_PI / 180.0;
    const double x = (lon2 - lon1) * rad * std::cos((lat1 + lat2) / 2 * rad);
    const double y = (lat2 - lat1) * rad;
    return r * std::hypot(x, y);
}

} // namespace

TEST_CASE("A missing CRS is guessed from the coordinate range", "[geo][areas][crs]")
{
    SECTION("degrees around Japan are JGD2011")
    {
        const CrsChoice choice = guessCrs({136.6, 36.5, 136.7, 36.6});
        CHECK(choice.crs == QStringLiteral("EPSG:6668"));
        CHECK(choice.source == QStringLiteral("guessed"));
        CHECK(choice.reason.contains(QStringLiteral("4301")));
    }
    SECTION("plane-rectangular metres default to zone VII")
    {
        CHECK(guessCrs({-30000, 40000, -20000, 52000}).crs == QStringLiteral("EPSG:6675"));
    }
    SECTION("plane-rectangular metres take the zone that puts them near the project")
    {
        // Fukuoka city centre is about (-55000, 65000) in zone II.
        const CrsChoice choice = guessCrs({-56000, 64000, -54000, 66000}, LonLat{130.40, 33.59});
        CHECK(choice.crs == QStringLiteral("EPSG:6670"));
        CHECK(choice.reason.contains(QStringLiteral("II")));
    }
    SECTION("UTM and Web Mercator metres")
    {
        CHECK(guessCrs({640000, 4040000, 650000, 4050000}).crs == QStringLiteral("EPSG:6690"));
        CHECK(guessCrs({15200000, 4370000, 15210000, 4380000}).crs == QStringLiteral("EPSG:3857"));
    }
    SECTION("nothing fits")
    {
        CHECK(guessCrs({5e7, 5e7, 6e7, 6e7}).crs.isEmpty());
    }
}

TEST_CASE("A shapefile without .prj in plane-rectangular metres lands on its JGD2011 original", "[geo][areas][crs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plane.shp"));
    REQUIRE(writeFixture(path, reprojected(kanazawaSchools(), 6675)));
    removeSidecar(path, QStringLiteral(".prj"));
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.crs.crs == QStringLiteral("EPSG:6675"));
    CHECK(loaded->report.crs.source == QStringLiteral("guessed"));
    REQUIRE(loaded->report.bboxLonLat.has_value());
    const auto box = *loaded->report.bboxLonLat;
    CHECK(box[0] == Approx(136.60).margin(1e-6));
    CHECK(box[1] == Approx(36.50).margin(1e-6));
    CHECK(box[2] == Approx(136.70).margin(1e-6));
    CHECK(box[3] == Approx(36.60).margin(1e-6));

    SECTION("the user can choose the CRS instead")
    {
        AreaLoadOptions options;
        options.crs = QStringLiteral("EPSG:6675");
        const auto chosen = loadAreas(path, options);
        REQUIRE(chosen.ok());
        CHECK(chosen->report.crs.source == QStringLiteral("user"));
        CHECK(chosen->report.crs.crs == QStringLiteral("EPSG:6675"));
    }
    SECTION("a CRS that does not parse is an error naming the file")
    {
        AreaLoadOptions options;
        options.crs = QStringLiteral("EPSG:nonsense");
        const auto failed = loadAreas(path, options);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::InvalidCrs);
        CHECK(failed.error().file == path);
        CHECK(failed.error().detail.contains(QStringLiteral("nonsense")));
    }
}

TEST_CASE("The file's own CRS is read and reported", "[geo][areas][crs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plane.shp"));
    REQUIRE(writeFixture(path, reprojected(kanazawaSchools(), 6675)));
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.crs.source == QStringLiteral("file"));
    CHECK(loaded->report.crs.crs == QStringLiteral("EPSG:6675"));
    CHECK((*loaded->report.bboxLonLat)[0] == Approx(136.60).margin(1e-6));
}

TEST_CASE("Tokyo-datum data lands within a few metres of its JGD2011 position", "[geo][areas][crs]")
{
    // The Japanese geodetic origin (日本経緯度原点, Azabu, Tokyo), as published by GSI:
    // Tokyo datum 139°44'40.5020"E 35°39'17.5148"N; JGD2011 139°44'28.8869"E 35°39'29.1572"N.
    const double tokyoLon = 139 + 44 / 60.0 + 40.5020 / 3600, tokyoLat = 35 + 39 / 60.0 + 17.5148 / 3600;
    const double jgdLon = 139 + 44 / 60.0 + 28.8869 / 3600, jgdLat = 35 + 39 / 60.0 + 29.1572 / 3600;
    const double d = 0.0001;   // a 10-metre square around it
    FixtureLayer layer;
    layer.epsg = 4301;
    layer.fields = {QStringLiteral("CODE"), QStringLiteral("NAME")};
    layer.features = {{{QStringLiteral("O"), QStringLiteral("origin")},
                       QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                           .arg(tokyoLon - d, 0, 'f', 9).arg(tokyoLat - d, 0, 'f', 9).arg(tokyoLon + d, 0, 'f', 9).arg(tokyoLat + d, 0, 'f', 9)}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokyo.shp"));
    REQUIRE(writeFixture(path, layer));
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.crs.crs == QStringLiteral("EPSG:4301"));
    const auto box = *loaded->report.bboxLonLat;
    const double error = metresBetween((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, jgdLon, jgdLat);
    INFO("Tokyo datum → JGD2011 error: " << error << " m");
    CHECK(error < 3.0);
    // Without the transformation the shift would be about 450 m.
    CHECK(metresBetween(tokyoLon, tokyoLat, jgdLon, jgdLat) > 400);
}

TEST_CASE("The CRS chooser lists Japan's datums and zones with their names", "[geo][areas][crs]")
{
    const QList<CrsOption> options = japaneseCrsOptions();
    CHECK(options.size() == 3 + 19 * 3 + 5 + 1);
    bool zoneSeven = false;
    for (const CrsOption &option : options) {
        CHECK_FALSE(option.name.isEmpty());
        if (option.crs == QStringLiteral("EPSG:6675"))
            zoneSeven = option.name.contains(QStringLiteral("VII"));
    }
    CHECK(zoneSeven);
}

TEST_CASE("A CRS is guessed only when the coordinates fit it and land in Japan", "[geo][areas][crs]")
{
    SECTION("degrees outside Japan, or metres few enough to be degrees: cannot tell")
    {
        const CrsChoice grenada = guessCrs({-62.0, 11.8, -61.2, 12.6});
        CHECK(grenada.crs.isEmpty());
        CHECK(grenada.source == QStringLiteral("guessed"));
        CHECK(guessCrs({-0.77, -0.52, 0.63, 0.48}).crs.isEmpty());
    }
    SECTION("UTM metres of Oregon (shapelib's anno.shp) would land in the Sea of Japan in zone 53: refused")
    {
        CHECK(guessCrs({471276.28, 4751595.5, 492683.54, 4765390.41}).crs.isEmpty());
    }
    SECTION("plane-rectangular metres that land in the sea are refused")
    {
        // 500 km south of zone VII's origin (36°N 137°10'E): the Pacific.
        CHECK(guessCrs({-10000, -500000, 10000, -480000}).crs.isEmpty());
    }
    SECTION("metres in Japan are still guessed")
    {
        CHECK(guessCrs({-30000, 40000, -20000, 52000}).crs == QStringLiteral("EPSG:6675"));
    }
}

TEST_CASE("A file whose CRS cannot be told is refused with a clear error; --crs makes it load", "[geo][areas][crs][errors]")
{
    QTemporaryDir dir;
    FixtureLayer far;   // UTM 10N metres (Oregon) without .prj
    far.epsg = 0;
    far.fields = {QStringLiteral("NAME")};
    far.features = {{{QStringLiteral("x")}, QStringLiteral("POLYGON ((480000 4750000, 490000 4750000, 490000 4760000, 480000 4750000))")}};
    const QString farPath = dir.filePath(QStringLiteral("oregon.shp"));
    REQUIRE(writeFixture(farPath, far));
    const auto refused = loadAreas(farPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::CrsUnknown);
    CHECK(refused.error().file == farPath);
    AreaLoadOptions options;
    options.crs = QStringLiteral("EPSG:32610");
    CHECK(loadAreas(farPath, options).ok());
}

TEST_CASE("Coordinates outside their CRS's valid range are refused", "[geo][areas][crs][errors]")
{
    QTemporaryDir dir;
    FixtureLayer layer;
    layer.epsg = 4326;
    layer.driver = QStringLiteral("GeoJSON");
    layer.fields = {QStringLiteral("NAME")};
    layer.features = {{{QStringLiteral("x")}, QStringLiteral("POLYGON ((500 36, 501 36, 501 37, 500 36))")}};
    const QString path = dir.filePath(QStringLiteral("lon500.geojson"));
    REQUIRE(writeFixture(path, layer));
    const auto loaded = loadAreas(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::CoordinatesOutOfRange);
    CHECK(loaded.error().detail.contains(QStringLiteral("500")));
    AreaLoadOptions options;
    options.crs = QStringLiteral("EPSG:4326");
    CHECK(loadAreas(path, options).error().code == ErrorCode::CoordinatesOutOfRange);
}
