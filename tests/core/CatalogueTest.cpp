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

TEST_CASE("Trees and legends use the official 通称 of long category names, never of renamed ones", "[core][catalogue][i18n]")
{
    const Category *nursingHome = findDefaultCategory(QStringLiteral("nursing_home"));
    REQUIRE(nursingHome);
    CHECK(nursingHome->shortLabel(QStringLiteral("ja")) == QString::fromUtf8("特養"));
    CHECK(findDefaultCategory(QStringLiteral("dementia_group_home"))->shortLabel(QStringLiteral("ja")) == QString::fromUtf8("グループホーム"));
    CHECK(findDefaultCategory(QStringLiteral("geriatric_health_facility"))->shortLabel(QStringLiteral("ja")) == QString::fromUtf8("老健"));
    // Short names are shorter, unique, and a category without one keeps its name.
    QSet<QString> shortNames;
    for (const Category &c : defaultCategories())
        for (const QString language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            INFO(c.code.toStdString());
            CHECK(c.shortLabel(language).size() <= c.label(language).size());
            CHECK_FALSE(c.shortLabel(language).isEmpty());
            if (language == QLatin1String("ja"))
                shortNames.insert(c.shortLabel(language));
        }
    CHECK(shortNames.size() == defaultCategories().size());
    CHECK(findDefaultCategory(QStringLiteral("pharmacy"))->shortLabel(QStringLiteral("ja")) == QString::fromUtf8("薬局"));
    // A store that renamed the category keeps its own name everywhere.
    Category renamed = *nursingHome;
    renamed.labelJa = QString::fromUtf8("特別養護老人ホーム（市内）");
    CHECK(renamed.shortLabel(QStringLiteral("ja")) == renamed.labelJa);
    Category own{QStringLiteral("my_category"), QStringLiteral("care"), QString::fromUtf8("独自の種別"), QStringLiteral("Own"), QStringLiteral("#000000")};
    CHECK(own.shortLabel(QStringLiteral("ja")) == own.labelJa);
}
