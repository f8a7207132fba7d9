#include "geo/areas/AreaSource.h"
#include "geo/areas/LevelGuess.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

TEST_CASE("The level of a boundary file is recognised from its layout, its name and its area names", "[geo][areas][level]")
{
    SECTION("国土数値情報 A27 is elementary-school districts, N03 is the city")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("A27-16_17.shp"));
        REQUIRE(writeFixture(path, kanazawaSchools()));
        const auto source = inspectSource(path);
        REQUIRE(source.ok());
        CHECK(source->layers[0].level == QStringLiteral("school_district"));
        CHECK(source->layers[0].levelReason.contains(QStringLiteral("A27")));
        CHECK(guessAreaLevel(QStringLiteral("N03-20260101_17.shp"), QStringLiteral("x"), QString::fromUtf8("国土数値情報 N03 (行政区域)"), {}).level
              == QStringLiteral("city"));
    }
    SECTION("words in the file name")
    {
        CHECK(guessAreaLevel(QString::fromUtf8("/data/金沢市小学校区.zip"), QString(), QString(), {}).level == QStringLiteral("school_district"));
        CHECK(guessAreaLevel(QString::fromUtf8("日常生活圏域2026.geojson"), QString(), QString(), {}).level == QStringLiteral("daily_life_area"));
        CHECK(guessAreaLevel(QString::fromUtf8("福祉健康センター圏域.shp"), QString(), QString(), {}).level == QStringLiteral("welfare_area"));
        CHECK(guessAreaLevel(QString::fromUtf8("kanazawa_koka.kml"), QString::fromUtf8("校下"), QString(), {}).level == QStringLiteral("school_district"));
    }
    SECTION("the area names")
    {
        const QStringList schools = {QString::fromUtf8("長町小学校"), QString::fromUtf8("中央小学校"), QString::fromUtf8("森山町小学校")};
        CHECK(guessAreaLevel(QStringLiteral("areas.shp"), QString(), QString(), schools).level == QStringLiteral("school_district"));
        const QStringList daily = {QString::fromUtf8("中央圏域"), QString::fromUtf8("東部圏域")};
        CHECK(guessAreaLevel(QStringLiteral("areas.shp"), QString(), QString(), daily).level == QStringLiteral("daily_life_area"));
    }
    SECTION("nothing to go on")
    {
        const LevelGuess none = guessAreaLevel(QStringLiteral("polygons.shp"), QStringLiteral("polygons"), QString(), {QStringLiteral("A"), QStringLiteral("B")});
        CHECK(none.level.isEmpty());
    }
}
