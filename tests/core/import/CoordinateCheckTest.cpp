#include "core/import/CoordinateCheck.h"

#include <catch2/catch.hpp>

using namespace careatlas;

TEST_CASE("Coordinates in Japan pass unchanged", "[core][import][coordinates]")
{
    const auto checked = checkCoordinates(QStringLiteral("34.68713"), QStringLiteral("137.56065"));
    REQUIRE(checked.hasLocation());
    CHECK(*checked.latitude == Approx(34.68713));
    CHECK_FALSE(checked.swapped);
    CHECK(checked.problem == CheckedCoordinates::Problem::None);
}

TEST_CASE("Swapped latitude and longitude are exchanged and marked as fixed", "[core][import][coordinates]")
{
    const auto checked = checkCoordinates(QStringLiteral("137.56065"), QStringLiteral("34.68713"));
    REQUIRE(checked.hasLocation());
    CHECK(checked.swapped);
    CHECK(*checked.latitude == Approx(34.68713));
    CHECK(*checked.longitude == Approx(137.56065));
}

TEST_CASE("Zero, foreign, unparsable and missing coordinates give no location", "[core][import][coordinates]")
{
    CHECK(checkCoordinates(QStringLiteral("0"), QStringLiteral("0")).problem == CheckedCoordinates::Problem::Zero);
    CHECK(checkCoordinates(QStringLiteral("48.85"), QStringLiteral("2.35")).problem == CheckedCoordinates::Problem::OutOfJapan);
    CHECK(checkCoordinates(QStringLiteral("abc"), QStringLiteral("137.5")).problem == CheckedCoordinates::Problem::Unparsable);
    CHECK(checkCoordinates(QString(), QString()).problem == CheckedCoordinates::Problem::Missing);
    CHECK_FALSE(checkCoordinates(QStringLiteral("0"), QStringLiteral("0")).hasLocation());
}

TEST_CASE("Degrees-minutes-seconds and full-width digits are read", "[core][import][coordinates]")
{
    bool dms = false;
    CHECK(*parseCoordinate(QString::fromUtf8("35度40分48秒"), &dms) == Approx(35.68));
    CHECK(dms);
    CHECK(*parseCoordinate(QString::fromUtf8("139°46'12\"E")) == Approx(139.77));
    CHECK(*parseCoordinate(QString::fromUtf8("３５．６８")) == Approx(35.68));
    const auto checked = checkCoordinates(QString::fromUtf8("北緯35度40分48秒"), QString::fromUtf8("東経139度46分12秒"));
    REQUIRE(checked.hasLocation());
    CHECK(checked.convertedDms);
    CHECK(*checked.longitude == Approx(139.77));
}
