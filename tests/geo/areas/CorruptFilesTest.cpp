#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

QString sibling(const QString &shp, const char *suffix)
{
    QString path = shp;
    path.chop(4);
    return path + QLatin1String(suffix);
}

void truncateFile(const QString &path, qint64 keep)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(keep));
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Loading must either succeed or fail with an error that names the file; never crash.
void expectCleanOutcome(const QString &path)
{
    const auto loaded = loadAreas(path);
    if (!loaded.ok()) {
        CHECK(loaded.error().file == path);
        CHECK(loaded.error().code != ErrorCode::Internal);
    }
}

} // namespace

TEST_CASE("Truncated or inconsistent shapefiles give a clear error or a partial report, never a crash", "[geo][areas][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(path, kanazawaSchools()));

    SECTION("truncated .shp header")
    {
        truncateFile(path, 50);
        const auto loaded = loadAreas(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::NotAVectorSource);
        CHECK(loaded.error().file == path);
    }
    SECTION("truncated .shp body: the cut features are dropped and reported")
    {
        truncateFile(path, QFile(path).size() - 40);
        const auto loaded = loadAreas(path);
        if (loaded.ok()) {
            CHECK(loaded->areas.size() < 3);
            CHECK_FALSE(loaded->report.dropped.isEmpty());
        } else {
            CHECK(loaded.error().file == path);
        }
    }
    SECTION("truncated .dbf")
    {
        truncateFile(sibling(path, ".dbf"), 100);
        expectCleanOutcome(path);
    }
    SECTION("truncated .shx")
    {
        truncateFile(sibling(path, ".shx"), 60);
        expectCleanOutcome(path);
    }
    SECTION("missing .shx")
    {
        QFile::remove(sibling(path, ".shx"));
        expectCleanOutcome(path);
    }
    SECTION("a .dbf claiming more records than it holds")
    {
        overwrite(sibling(path, ".dbf"), 4, QByteArray("\x40\x00\x00\x00", 4));
        expectCleanOutcome(path);
    }
    SECTION("a .dbf claiming fewer records than the .shp")
    {
        overwrite(sibling(path, ".dbf"), 4, QByteArray("\x01\x00\x00\x00", 4));
        expectCleanOutcome(path);
    }
}

TEST_CASE("Randomly damaged area files never crash the loader", "[geo][areas][errors][fuzz]")
{
    QTemporaryDir dir;
    QRandomGenerator random(20261125);   // fixed seed: the same damage every run
    const QStringList suffixes = {QStringLiteral(".shp"), QStringLiteral(".shx"), QStringLiteral(".dbf")};
    for (int round = 0; round < 60; ++round) {
        const QString path = dir.filePath(QStringLiteral("damaged%1.shp").arg(round));
        REQUIRE(writeFixture(path, kanazawaSchools()));
        const QString victim = sibling(path, suffixes[round % 3].toLatin1().constData());
        QFile file(victim);
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (int flips = 0; flips < 1 + round % 8; ++flips)
            bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
        file.seek(0);
        file.write(bytes);
        file.close();
        INFO("round " << round << " damaged " << victim.toStdString());
        expectCleanOutcome(path);
        const auto source = inspectSource(path);
        if (!source.ok())
            CHECK(source.error().file == path);
    }
}

TEST_CASE("Damaged GeoJSON is a clear error naming the file", "[geo][areas][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.geojson"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"x"},"geometry":{"type":"Polygon","coordinates":[[[136.6,36.5],[136.7)");
    file.close();
    const auto loaded = loadAreas(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().file == path);
}
