#include "core/text/Mojibake.h"

#include <catch2/catch.hpp>

using namespace careatlas;

TEST_CASE("Garbled area names are shown as （文字化け）code until renamed", "[core][text][garbled]")
{
    SECTION("a damaged level: every name that is not plain Japanese is marked, a renamed one is not")
    {
        // The Kosai school districts as they came (CP932 read with the wrong code page), one renamed.
        const QStringList names = {QString::fromUtf8("鷲津中学校区"), QString::fromUtf8("菬wZ"), QStringLiteral("mgcwZ"),
                                   QString::fromUtf8("ΐs{ꏬwZ")};
        const QStringList codes = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        const QStringList shown = shownAreaNames(names, codes);
        CHECK(shown[0] == QString::fromUtf8("鷲津中学校区"));
        for (int i = 1; i < 4; ++i) {
            CHECK(shown[i].contains(codes[i]));
            CHECK_FALSE(shown[i].contains(names[i]));
        }
    }
    SECTION("a sound level keeps its names, ASCII codes included")
    {
        const QStringList names = {QString::fromUtf8("新庄４丁目"), QString::fromUtf8("本町一丁目"), QStringLiteral("A-1")};
        CHECK(shownAreaNames(names, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) == names);
    }
}
