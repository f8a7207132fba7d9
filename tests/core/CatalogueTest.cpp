#include "core/Catalogue.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace careatlas;

TEST_CASE("The default catalogue holds the 28 categories of the design card in five groups", "[core][catalogue]")
{
    REQUIRE(defaultCategories().size() == 28);
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
    CHECK(codes.size() == 28);   // codes are unique
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
