#include "core/Catalogue.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace careatlas;

TEST_CASE("The default catalogue holds the design card's 28 categories and 22 more, in five groups", "[core][catalogue]")
{
    REQUIRE(defaultCategories().size() == 50);
    QSet<QString> groupCodes;
    for (const CategoryGroup &group : defaultGroups())
        groupCodes.insert(group.code);
    REQUIRE(groupCodes.size() == 5);

    QSet<QString> codes;
    for (const Category &category : defaultCategories()) {
        INFO(category.code.toStdString());
        CHECK(groupCodes.contains(category.groupCode));
        CHECK_FALSE(category.labelJa.isEmpty());
        CHECK_FALSE(category.labelEn.isEmpty());
        CHECK(category.color.size() == 7);
        codes.insert(category.code);
    }
    CHECK(codes.size() == 50);   // codes are unique
    // Every code of the design card is still there (stores and mapping files use them).
    for (const char *code : {"community_support_center", "welfare_health_center", "home_care_liaison", "dementia_initial_support",
                             "hospital", "clinic", "home_care_clinic", "dental_clinic", "pharmacy", "home_visit_nursing",
                             "care_plan_office", "home_help", "regular_visit_24h", "small_multifunction",
                             "nursing_small_multifunction", "day_service", "day_rehab", "short_stay", "nursing_home",
                             "geriatric_health_facility", "service_housing", "private_nursing_home", "dementia_group_home",
                             "care_house", "dementia_cafe", "community_salon", "volunteer_group", "neighbourhood_watch"})
        CHECK(codes.contains(QString::fromLatin1(code)));
    REQUIRE(findDefaultCategory(QStringLiteral("home_visit_nursing")) != nullptr);
    CHECK(findDefaultCategory(QStringLiteral("home_visit_nursing"))->labelJa == QString::fromUtf8("訪問看護ステーション"));
    CHECK(findDefaultCategory(QStringLiteral("no_such_code")) == nullptr);
}

TEST_CASE("Category colour and shape together tell every category apart", "[core][catalogue]")
{
    QSet<QString> symbols;
    for (const Category &category : defaultCategories())
        symbols.insert(category.color + symbolShapeName(category.shape));
    CHECK(symbols.size() == defaultCategories().size());
}

TEST_CASE("Symbol shape names round-trip", "[core][catalogue]")
{
    for (auto shape : {SymbolShape::Circle, SymbolShape::Square, SymbolShape::Triangle, SymbolShape::Diamond,
                       SymbolShape::Star, SymbolShape::Hexagon, SymbolShape::Cross, SymbolShape::InvertedTriangle})
        CHECK(symbolShapeFromName(symbolShapeName(shape)) == shape);
    CHECK(symbolShapeFromName(QStringLiteral("bogus")) == SymbolShape::Circle);
}
