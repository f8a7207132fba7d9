#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"

#include "TestData.h"
#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

QStringList shapefileSet(const QString &shp)
{
    QStringList files;
    const QString base = shp.left(shp.size() - 4);
    for (const char *suffix : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
        if (QFile::exists(base + QLatin1String(suffix)))
            files << base + QLatin1String(suffix);
    return files;
}

QStringList kinds(const QList<FeatureIssue> &issues)
{
    QStringList list;
    for (const FeatureIssue &issue : issues)
        list << issue.kind;
    return list;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("A zip holding the shapefile in a folder at any depth is read", "[geo][areas][zip]")
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(shp, kanazawaSchools()));
    for (const QString &folder : {QStringLiteral("REL"), QStringLiteral("data/2026/boundaries")}) {
        INFO(folder.toStdString());
        const QString zip = dir.filePath(QStringLiteral("deep%1.zip").arg(folder.size()));
        REQUIRE(zipFiles(zip, shapefileSet(shp), folder));
        const auto loaded = loadAreas(zip);
        REQUIRE(loaded.ok());
        CHECK(loaded->areas.size() == 3);
        CHECK(loaded->report.layer == QStringLiteral("schools"));
    }
}

TEST_CASE("Several shapefiles in one zip are listed, and one must be chosen", "[geo][areas][zip]")
{
    QTemporaryDir dir;
    const QString schools = dir.filePath(QStringLiteral("schools.shp"));
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(schools, kanazawaSchools()));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    const QString zip = dir.filePath(QStringLiteral("two.zip"));
    REQUIRE(zipFiles(zip, shapefileSet(schools), QStringLiteral("a")));
    REQUIRE(zipFiles(zip, shapefileSet(centres), QStringLiteral("b/c")));

    const auto source = inspectSource(zip);
    REQUIRE(source.ok());
    REQUIRE(source->layers.size() == 2);
    CHECK(source->layers[0].name == QStringLiteral("schools"));
    CHECK(source->layers[1].name == QStringLiteral("centres"));

    const auto unchosen = loadAreas(zip);
    REQUIRE_FALSE(unchosen.ok());
    CHECK(unchosen.error().code == ErrorCode::LayerNotChosen);
    CHECK(unchosen.error().detail == QStringLiteral("schools, centres"));

    AreaLoadOptions options;
    options.layer = QStringLiteral("centres");
    const auto chosen = loadAreas(zip, options);
    REQUIRE(chosen.ok());
    CHECK(chosen->areas.size() == 2);
    CHECK(chosen->report.layers == QStringList{QStringLiteral("schools"), QStringLiteral("centres")});
}

TEST_CASE("Shapefiles of the same name in different folders of a zip are named by their folder", "[geo][areas][zip]")
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("areas.shp"));
    REQUIRE(writeFixture(shp, kanazawaSchools()));
    const QString zip = dir.filePath(QStringLiteral("years.zip"));
    REQUIRE(zipFiles(zip, shapefileSet(shp), QStringLiteral("2025")));
    REQUIRE(zipFiles(zip, shapefileSet(shp), QStringLiteral("2026")));
    const auto source = inspectSource(zip);
    REQUIRE(source.ok());
    REQUIRE(source->layers.size() == 2);
    CHECK(source->layers[1].name == QStringLiteral("2026/areas"));
    AreaLoadOptions options;
    options.layer = QStringLiteral("2026/areas");
    CHECK(loadAreas(zip, options).ok());
}

TEST_CASE("A file named .zip that is not a zip archive says so", "[geo][areas][zip][errors]")
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("download.zip"));
    writeText(fake, "<html><body>404 Not Found</body></html>\n");
    for (const auto &error : {inspectSource(fake).error(), loadAreas(fake).error()}) {
        CHECK(error.code == ErrorCode::NotAZipArchive);
        CHECK(error.file == fake);
    }
    CHECK(inspectSource(dir.filePath(QStringLiteral("missing.zip"))).error().code == ErrorCode::FileNotFound);
}

TEST_CASE("An empty zip from pyshp's tests holds no vector file, and says what it holds", "[geo][areas][zip][errors][shared-data]")
{
    const QString zip = sharedDataFile(QStringLiteral("odd-shp/pyshp__empty_zipfile.zip"));
    if (zip.isEmpty())
        return;
    const auto loaded = loadAreas(zip);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::NoVectorFileInArchive);
    CHECK(loaded.error().detail.contains(QStringLiteral("dummyfile.txt")));
}

TEST_CASE("pyshp's REL.zip, a shapefile in a sub-folder, loads", "[geo][areas][zip][shared-data]")
{
    const QString zip = sharedDataFile(QStringLiteral("odd-shp/pyshp__REL.zip"));
    if (zip.isEmpty())
        return;
    const auto loaded = loadAreas(zip);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.layer == QStringLiteral("releaseArea20090407"));
    CHECK(loaded->report.crs.source == QStringLiteral("file"));
    CHECK_FALSE(loaded->areas.isEmpty());
}

TEST_CASE("Partial shapefile sets load with a note saying what was missing or ignored", "[geo][areas][partial]")
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(shp, kanazawaSchools()));
    const QString base = shp.left(shp.size() - 4);

    SECTION("a missing .shx is rebuilt in memory, nothing written beside the file")
    {
        REQUIRE(QFile::remove(base + QStringLiteral(".shx")));
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const auto loaded = loadAreas(shp);
        REQUIRE(loaded.ok());
        CHECK(loaded->areas.size() == 3);
        CHECK(kinds(loaded->report.notes).contains(QStringLiteral("rebuilt_shx")));
        CHECK(QDir(dir.path()).entryList(QDir::Files) == before);
    }
    SECTION("a missing .shx inside a zip")
    {
        REQUIRE(QFile::remove(base + QStringLiteral(".shx")));
        const QString zip = dir.filePath(QStringLiteral("noshx.zip"));
        REQUIRE(zipFiles(zip, shapefileSet(shp), QStringLiteral("x")));
        const auto loaded = loadAreas(zip);
        REQUIRE(loaded.ok());
        CHECK(loaded->areas.size() == 3);
        CHECK(kinds(loaded->report.notes).contains(QStringLiteral("rebuilt_shx")));
    }
    SECTION("a missing .dbf gives the geometry only, numbered")
    {
        REQUIRE(QFile::remove(base + QStringLiteral(".dbf")));
        const auto loaded = loadAreas(shp);
        REQUIRE(loaded.ok());
        CHECK(loaded->areas.size() == 3);
        CHECK(loaded->areas[0].code == QStringLiteral("1"));
        CHECK(kinds(loaded->report.notes).contains(QStringLiteral("no_dbf")));
    }
    SECTION("a .prj holding HTML is ignored with a note; the CRS is then guessed")
    {
        writeText(base + QStringLiteral(".prj"), "<!DOCTYPE html><html><body>Sign in</body></html>");
        const auto loaded = loadAreas(shp);
        REQUIRE(loaded.ok());
        CHECK(kinds(loaded->report.notes).contains(QStringLiteral("ignored_prj")));
        CHECK(loaded->report.crs.source == QStringLiteral("guessed"));
        CHECK(loaded->report.crs.crs == QStringLiteral("EPSG:6668"));
    }
    SECTION("a .cpg holding HTML is ignored with a note; the encoding is then detected")
    {
        writeText(base + QStringLiteral(".cpg"), "<html><head><title>Error</title></head></html>");
        const auto loaded = loadAreas(shp);
        REQUIRE(loaded.ok());
        CHECK(kinds(loaded->report.notes).contains(QStringLiteral("ignored_cpg")));
        CHECK(loaded->report.encodingSource == QStringLiteral("detected"));
        CHECK(loaded->report.encoding == QStringLiteral("UTF-8"));
        CHECK(loaded->areas[0].name == QString::fromUtf8("長町小学校"));
    }
}

TEST_CASE("A .dbf whose record count differs from the .shp's is reported", "[geo][areas][partial]")
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(shp, kanazawaSchools()));
    {
        // The .dbf header's record count (little-endian, at byte 4) says 2 of the 3.
        QFile dbf(dir.filePath(QStringLiteral("schools.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        REQUIRE(dbf.seek(4));
        REQUIRE(dbf.write(QByteArray("\x02\x00\x00\x00", 4)) == 4);
    }
    const auto source = inspectSource(shp);
    REQUIRE(source.ok());
    const QStringList notes = source->layers[0].notes;
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].contains(QStringLiteral("3")));
    CHECK(notes[0].contains(QStringLiteral("2")));
}
