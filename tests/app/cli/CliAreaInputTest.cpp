// Issue 15, finding 10, through careatlas-cli and on real files of other readers' test suites
// (../shared/data/odd-shp): coordinates outside their CRS's range are refused and leave the
// level as it was; a .shp with more shapes than its .dbf has records is reported.
#include "CliRunner.h"
#include "KillTestSupport.h"
#include "TestData.h"
#include "areas/AreaFixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

// A store whose welfare_area level holds the two centre areas of the fixtures.
QString storeWithCentres(const QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("store.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")}).exitCode == 0);
    return store;
}

QString errorCode(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// The shapes of a .shp, counted by walking its records (100-byte header; each record an 8-byte
// header whose second big-endian word is the content length in 16-bit words).
qint64 shapeRecords(const QByteArray &shp)
{
    qint64 count = 0;
    for (qsizetype at = 100; at + 8 <= shp.size(); ++count)
        at += 8 + 2 * qint64(qFromBigEndian<qint32>(shp.constData() + at + 4));
    return count;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("import-areas refuses coordinates outside their CRS's valid range and keeps the level", "[app][cli][areas][crs][errors]")
{
    QTemporaryDir dir;
    const QString store = storeWithCentres(dir);
    const qint64 before = sqlNumber(store, "SELECT count(*) FROM areas_welfare_area");
    REQUIRE(before == kanazawaCentres().features.size());

    SECTION("EPSG:4326 polygons at longitude 500 and latitude −200 (the finding's file)")
    {
        const QString path = dir.filePath(QStringLiteral("far.geojson"));
        writeAll(path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"x","CODE":"X1"},
            "geometry":{"type":"Polygon","coordinates":[[[500,-200],[501,-200],[501,-199],[500,-200]]]}}]})");
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, path, QStringLiteral("--level"), QStringLiteral("welfare_area"),
                                                  QStringLiteral("--json")});
        INFO(result.standardError.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(errorCode(result) == QStringLiteral("coordinates_out_of_range"));
        CHECK(result.standardError.contains(path));
    }
    SECTION("a projected shapefile (shapelib's anno, metres) given as EPSG:4326")
    {
        const QString anno = sharedDataFile(QStringLiteral("odd-shp/shapelib__anno.shp"));
        if (anno.isEmpty())
            return;
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, anno, QStringLiteral("--level"), QStringLiteral("welfare_area"),
                                                  QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--json")});
        INFO(result.standardError.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(errorCode(result) == QStringLiteral("coordinates_out_of_range"));
        CHECK(result.standardError.contains(anno));
    }
    CHECK(sqlNumber(store, "SELECT count(*) FROM areas_welfare_area") == before);
    CHECK(storeProblems(store).isEmpty());
}

TEST_CASE("A .shp with more shapes than its .dbf has records is reported by areas and import-areas", "[app][cli][areas][partial][shared-data]")
{
    const QString blockgroups = sharedDataFile(QStringLiteral("odd-shp/pyshp__blockgroups.shp"));
    if (blockgroups.isEmpty())
        return;
    QTemporaryDir dir;
    const QString base = blockgroups.chopped(4);
    const QString copy = dir.filePath(QStringLiteral("blockgroups"));
    const QByteArray shp = readAll(base + QStringLiteral(".shp"));
    writeAll(copy + QStringLiteral(".shp"), shp);
    writeAll(copy + QStringLiteral(".shx"), readAll(base + QStringLiteral(".shx")));
    // The .dbf as another tool may leave it: its header counts fewer records than the .shp
    // has shapes (the record count is the little-endian word at byte 4).
    QByteArray dbf = readAll(base + QStringLiteral(".dbf"));
    const qint64 shapes = shapeRecords(shp);
    const qint64 records = shapes - 63;
    REQUIRE(qFromLittleEndian<quint32>(dbf.constData() + 4) == quint32(shapes));
    qToLittleEndian<quint32>(quint32(records), dbf.data() + 4);
    writeAll(copy + QStringLiteral(".dbf"), dbf);
    const QString path = copy + QStringLiteral(".shp");
    const QString said = QStringLiteral("the .shp holds %1 shapes but the .dbf %2 records").arg(shapes).arg(records);

    // (The file has no .prj: its CRS, NAD83, is given.)
    const QStringList crs{QStringLiteral("--crs"), QStringLiteral("EPSG:4269")};
    const auto inspected = runBuiltProgram(Cli, QStringList{QStringLiteral("areas"), path} + crs);
    INFO(inspected.standardError.toStdString());
    CHECK(inspected.exitCode == 0);
    CHECK(inspected.standardOutput.contains(said));

    // The shapes past the .dbf's records are never lost without a word: import-areas refuses
    // the file, naming the first of them, and leaves the store as it was …
    QTemporaryDir storeDir;
    const QString store = storeWithCentres(storeDir);
    const QStringList importArguments = QStringList{QStringLiteral("import-areas"), store, path, QStringLiteral("--level"), QStringLiteral("census_block")} + crs;
    const auto refused = runBuiltProgram(Cli, importArguments);
    INFO(refused.standardError.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.standardError.contains(QStringLiteral("#%1 ").arg(records + 1)));
    CHECK(sqlNumber(store, "SELECT count(*) FROM ca_area_levels WHERE code = 'census_block'") == 0);
    // … and, allowed to drop them, imports the others and says why the rest are missing.
    const auto imported = runBuiltProgram(Cli, importArguments + QStringList{QStringLiteral("--allow-dropped")});
    INFO(imported.standardError.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.standardOutput.contains(said));
    CHECK(imported.standardOutput.contains(QStringLiteral("Imported %1 areas into level census_block.").arg(records)));
    CHECK(sqlNumber(store, "SELECT count(*) FROM areas_census_block") == records);
    CHECK(storeProblems(store).isEmpty());
}
