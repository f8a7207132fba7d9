#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"

#include "areas/AreaFixtures.h"

#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

TEST_CASE("A school-district shapefile lists its layer, fields and the guessed name and code fields", "[geo][areas][source]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(path, kanazawaSchools()));
    const auto info = inspectSource(path);
    REQUIRE(info.ok());
    CHECK(info->driver == QStringLiteral("ESRI Shapefile"));
    REQUIRE(info->layers.size() == 1);
    const LayerInfo &layer = info->layers.constFirst();
    CHECK(layer.featureCount == 3);
    CHECK(layer.fields.size() == 4);
    CHECK(layer.nameField.field == QStringLiteral("A27_003"));
    CHECK(layer.nameField.reason.contains(QStringLiteral("A27")));
    // A27_001 is the city's code, the same for every district: not a district code.
    CHECK(layer.codeField.field.isEmpty());
}

TEST_CASE("Name and code fields are guessed from names like 名称 and CODE", "[geo][areas][source]")
{
    const QList<FieldInfo> fields = {{QStringLiteral("OBJECTID"), QStringLiteral("Integer")},
                                     {QStringLiteral("CITY_CD"), QStringLiteral("String")},
                                     {QString::fromUtf8("名称"), QStringLiteral("String")}};
    SECTION("unique codes")
    {
        const QList<QStringList> columns = {{QStringLiteral("1"), QStringLiteral("2")},
                                            {QStringLiteral("A"), QStringLiteral("B")},
                                            {QString::fromUtf8("東"), QString::fromUtf8("西")}};
        CHECK(guessNameField(fields, columns).field == QString::fromUtf8("名称"));
        CHECK(guessCodeField(fields, columns).field == QStringLiteral("CITY_CD"));
    }
    SECTION("a code-like field with mostly repeated values is not a code")
    {
        const QList<QStringList> columns = {{QStringLiteral("1"), QStringLiteral("2")},
                                            {QStringLiteral("A"), QStringLiteral("A")},
                                            {QString::fromUtf8("東"), QString::fromUtf8("西")}};
        CHECK(guessCodeField(fields, columns).field.isEmpty());
        CHECK_FALSE(guessCodeField(fields, columns).reason.isEmpty());
    }
    SECTION("*_NAME fields")
    {
        const QList<FieldInfo> named = {{QStringLiteral("KEY_CODE"), QStringLiteral("String")},
                                        {QStringLiteral("DISTRICT_NAME"), QStringLiteral("String")}};
        const QList<QStringList> columns = {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("b")}};
        CHECK(guessNameField(named, columns).field == QStringLiteral("DISTRICT_NAME"));
        CHECK(guessCodeField(named, columns).field == QStringLiteral("KEY_CODE"));
    }
}

TEST_CASE("GeoPackage, GeoJSON and KML sources are read through OGR", "[geo][areas][source]")
{
    QTemporaryDir dir;
    FixtureLayer layer = kanazawaCentres();
    SECTION("GeoPackage")
    {
        layer.driver = QStringLiteral("GPKG");
        const QString path = dir.filePath(QStringLiteral("centres.gpkg"));
        REQUIRE(writeFixture(path, layer));
        const auto info = inspectSource(path);
        REQUIRE(info.ok());
        CHECK(info->layers.constFirst().featureCount == 2);
        CHECK(info->layers.constFirst().nameField.field == QString::fromUtf8("名称"));
    }
    SECTION("GeoJSON")
    {
        layer.driver = QStringLiteral("GeoJSON");
        const QString path = dir.filePath(QStringLiteral("centres.geojson"));
        REQUIRE(writeFixture(path, layer));
        const auto info = inspectSource(path);
        REQUIRE(info.ok());
        CHECK(info->layers.constFirst().featureCount == 2);
        CHECK(info->layers.constFirst().codeField.field == QStringLiteral("CODE"));
    }
    SECTION("KML")
    {
        layer.driver = QStringLiteral("KML");
        layer.epsg = 4326;
        const QString path = dir.filePath(QStringLiteral("centres.kml"));
        REQUIRE(writeFixture(path, layer));
        const auto info = inspectSource(path);
        REQUIRE(info.ok());
        REQUIRE_FALSE(info->layers.isEmpty());
        CHECK(info->layers.constFirst().featureCount == 2);
    }
}

TEST_CASE("A folder of shapefiles and a zipped shapefile are sources too", "[geo][areas][source]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("levels"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(writeFixture(folder + QStringLiteral("/centres.shp"), kanazawaCentres()));
    REQUIRE(writeFixture(folder + QStringLiteral("/schools.shp"), kanazawaSchools()));
    SECTION("folder")
    {
        const auto info = inspectSource(folder);
        REQUIRE(info.ok());
        CHECK(info->layers.size() == 2);
    }
    SECTION("zip")
    {
        const QString zip = dir.filePath(QStringLiteral("schools.zip"));
        QStringList files;
        for (const char *suffix : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
            if (QFile::exists(folder + QStringLiteral("/schools") + QLatin1String(suffix)))
                files << folder + QStringLiteral("/schools") + QLatin1String(suffix);
        REQUIRE(zipFiles(zip, files));
        const auto info = inspectSource(zip);
        REQUIRE(info.ok());
        CHECK(info->gdalPath.startsWith(QStringLiteral("/vsizip/")));
        REQUIRE(info->layers.size() == 1);
        CHECK(info->layers.constFirst().featureCount == 3);
        CHECK(info->layers.constFirst().nameField.field == QStringLiteral("A27_003"));
    }
}

TEST_CASE("A missing file, a non-vector file and an empty zip are clear errors naming the file", "[geo][areas][source][errors]")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        const QString path = dir.filePath(QStringLiteral("nope.shp"));
        const auto info = inspectSource(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().code == ErrorCode::FileNotFound);
        CHECK(info.error().file == path);
    }
    SECTION("not vector")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are not the polygons you are looking for\n");
        file.close();
        const auto info = inspectSource(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().code == ErrorCode::NotAVectorSource);
        CHECK(info.error().file == path);
    }
    SECTION("zip with no layer")
    {
        const QString text = dir.filePath(QStringLiteral("readme.txt"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("nothing here\n");
        file.close();
        const QString zip = dir.filePath(QStringLiteral("empty.zip"));
        REQUIRE(zipFiles(zip, {text}));
        const auto info = inspectSource(zip);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().code == ErrorCode::NoVectorFileInArchive);
        CHECK(info.error().detail.contains(QStringLiteral("readme.txt")));
        CHECK(info.error().file == zip);
    }
}

TEST_CASE("The layer to load can be chosen among several", "[geo][areas][source]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("levels"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(writeFixture(folder + QStringLiteral("/centres.shp"), kanazawaCentres()));
    REQUIRE(writeFixture(folder + QStringLiteral("/schools.shp"), kanazawaSchools()));
    AreaLoadOptions options;
    options.layer = QStringLiteral("schools");
    const auto loaded = loadAreas(folder, options);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.layer == QStringLiteral("schools"));
    CHECK(loaded->report.layers.size() == 2);
    CHECK(loaded->areas.size() == 3);
    options.layer = QStringLiteral("nothing");
    const auto missing = loadAreas(folder, options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::LayerNotFound);
    CHECK(missing.error().file == folder);
}
