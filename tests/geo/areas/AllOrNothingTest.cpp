#include "core/store/Store.h"
#include "geo/areas/AreaImport.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

// Six districts side by side, with codes D1..D6.
FixtureLayer sixDistricts()
{
    FixtureLayer layer;
    layer.fields = {QStringLiteral("CODE"), QStringLiteral("NAME")};
    for (int i = 0; i < 6; ++i) {
        const double west = 136.60 + 0.02 * i;
        layer.features.append({{QStringLiteral("D%1").arg(i + 1), QString::fromUtf8("第%1小学校区").arg(i + 1)},
                               QStringLiteral("POLYGON ((%1 36.5, %2 36.5, %2 36.6, %1 36.6, %1 36.5))").arg(west).arg(west + 0.02)});
    }
    return layer;
}

// Byte offset of record `index` (0-based) in a .shp, read from its .shx as the format defines
// it: 100-byte header, then 8 bytes per record whose first 4 are the offset in 16-bit words,
// big-endian.
qint64 shpRecordOffset(const QString &shxPath, int index)
{
    QFile shx(shxPath);
    REQUIRE(shx.open(QIODevice::ReadOnly));
    const QByteArray bytes = shx.readAll();
    const int at = 100 + 8 * index;
    REQUIRE(bytes.size() >= at + 4);
    const auto b = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return 2 * ((qint64(b[0]) << 24) | (qint64(b[1]) << 16) | (qint64(b[2]) << 8) | qint64(b[3]));
}

} // namespace

TEST_CASE("A truncated shapefile over a good level is refused, names the unreadable features and leaves the level as it was",
          "[geo][areas][errors][all-or-nothing]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("project.gpkg")));
    REQUIRE(created.ok());
    Store &store = **created;
    const QString good = dir.filePath(QStringLiteral("good.shp"));
    REQUIRE(writeFixture(good, sixDistricts()));
    AreaImportOptions options;
    options.level = AreaLevels::SchoolDistrict;
    REQUIRE(importAreas(store, good, options).ok());
    const auto before = store.areas(AreaLevels::SchoolDistrict);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 6);

    // The same six districts, the .shp cut off after the second record: four unreadable.
    const QString broken = dir.filePath(QStringLiteral("broken.shp"));
    REQUIRE(writeFixture(broken, sixDistricts()));
    const qint64 cut = shpRecordOffset(dir.filePath(QStringLiteral("broken.shx")), 2);
    {
        QFile shp(broken);
        REQUIRE(shp.open(QIODevice::ReadWrite));
        REQUIRE(shp.resize(cut));
    }

    SECTION("refused without the user's consent: the error names every unreadable feature")
    {
        const auto refused = importAreas(store, broken, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::FeaturesDropped);
        CHECK(refused.error().file == broken);
        for (int feature = 3; feature <= 6; ++feature)
            CHECK(refused.error().detail.contains(QStringLiteral("#%1").arg(feature)));
        CHECK_FALSE(refused.error().detail.contains(QStringLiteral("#1 ")));
        const auto after = store.areas(AreaLevels::SchoolDistrict);
        REQUIRE(after.ok());
        CHECK(*after == *before);   // ids, codes, names, parents and geometry
    }
    SECTION("with the user's consent the readable features replace the level, the others listed as dropped")
    {
        options.allowDropped = true;
        const auto imported = importAreas(store, broken, options);
        REQUIRE(imported.ok());
        CHECK(imported->imported == 2);
        REQUIRE(imported->load.dropped.size() == 4);
        for (const FeatureIssue &dropped : imported->load.dropped)
            CHECK(dropped.kind == QStringLiteral("unreadable"));
        CHECK(store.areas(AreaLevels::SchoolDistrict)->size() == 2);
    }
}

TEST_CASE("A feature without usable geometry blocks the import unless dropping is allowed", "[geo][areas][errors][all-or-nothing]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("project.gpkg")));
    REQUIRE(created.ok());
    FixtureLayer layer = sixDistricts();
    layer.driver = QStringLiteral("GeoJSON");
    layer.features[4].wkt.clear();   // no geometry
    const QString path = dir.filePath(QStringLiteral("districts.geojson"));
    REQUIRE(writeFixture(path, layer));
    AreaImportOptions options;
    options.level = AreaLevels::SchoolDistrict;
    const auto refused = importAreas(**created, path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::FeaturesDropped);
    CHECK(refused.error().detail.contains(QStringLiteral("#5 (D5)")));
    CHECK((*created)->areas(AreaLevels::SchoolDistrict)->isEmpty());
    options.allowDropped = true;
    const auto imported = importAreas(**created, path, options);
    REQUIRE(imported.ok());
    CHECK(imported->imported == 5);
}
