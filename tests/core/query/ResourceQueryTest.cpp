#include "core/query/ResourceFilter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

#include "core/Catalogue.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <cmath>

using namespace careatlas;

namespace {

Resource make(qint64 id, const QString &category, const QString &name, double lat, double lon, QStringList flags = {})
{
    Resource r;
    r.id = id;
    r.categoryCode = category;
    r.name = name;
    r.latitude = lat;
    r.longitude = lon;
    r.flags = std::move(flags);
    return r;
}

double haversine(double lat1, double lon1, double lat2, double lon2)
{
    const double d2r = M_PI / 180.0, R = 6371008.8;
    const double dlat = (lat2 - lat1) * d2r, dlon = (lon2 - lon1) * d2r;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * d2r) * std::cos(lat2 * d2r) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * R * std::asin(std::sqrt(a));
}

// Two welfare areas (W1, W2), three districts (S1, S2 in W1; S3 in W2), six resources.
ResourceSnapshotPointer snapshot()
{
    QList<Resource> resources{
        make(1, QStringLiteral("home_visit_nursing"), QStringLiteral("あおば訪問看護"), 36.560, 136.650, {QStringLiteral("dementia"), QStringLiteral("open_24h")}),
        make(2, QStringLiteral("home_visit_nursing"), QStringLiteral("みどり訪問看護"), 36.600, 136.650, {QStringLiteral("open_24h")}),
        make(3, QStringLiteral("dementia_cafe"), QStringLiteral("オレンジカフェ"), 36.561, 136.651, {QStringLiteral("dementia")}),
        make(4, QStringLiteral("clinic"), QStringLiteral("本町クリニック"), 36.570, 136.660),
        make(5, QStringLiteral("home_visit_nursing"), QStringLiteral("さくら訪問看護"), 36.565, 136.655, {QStringLiteral("dementia")}),
        Resource{}};
    resources[5].id = 6;
    resources[5].categoryCode = QStringLiteral("volunteer_group");
    resources[5].name = QStringLiteral("見守り隊");
    const AreaLevel welfare = standardAreaLevels()[1], school = standardAreaLevels()[3];
    QList<QPair<AreaLevel, QList<AreaRecord>>> levels{
        {welfare, {{0, welfare.code, QStringLiteral("W1"), QStringLiteral("北部"), {}, {}}, {0, welfare.code, QStringLiteral("W2"), QStringLiteral("南部"), {}, {}}}},
        {school, {{0, school.code, QStringLiteral("S1"), QStringLiteral("本町小学校区"), QStringLiteral("W1"), {}},
                  {0, school.code, QStringLiteral("S2"), QStringLiteral("緑小学校区"), QStringLiteral("W1"), {}},
                  {0, school.code, QStringLiteral("S3"), QStringLiteral("南小学校区"), QStringLiteral("W2"), {}}}}};
    QHash<QString, QList<QPair<qint64, QString>>> assignments;
    assignments.insert(school.code, {{1, QStringLiteral("S1")}, {2, QStringLiteral("S3")}, {3, QStringLiteral("S1")}, {4, QStringLiteral("S2")}, {5, QStringLiteral("S2")}});
    assignments.insert(welfare.code, {{1, QStringLiteral("W1")}, {2, QStringLiteral("W2")}, {3, QStringLiteral("W1")}, {4, QStringLiteral("W1")}, {5, QStringLiteral("W1")}});
    return ResourceSnapshot::make(resources, defaultCategories(), defaultGroups(), defaultFlags(), levels, assignments);
}

QList<qint64> ids(const ResourceSnapshot &s, const FilterResult &result)
{
    QList<qint64> out;
    for (int i : result.rows)
        out.push_back(s.resources[i].id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("An empty filter lets everything through", "[core][query]")
{
    auto s = snapshot();
    const FilterResult result = evaluateFilter(*s, ResourceFilter(), nullptr);
    CHECK(result.matched == 6);
    CHECK(result.withoutLocation == 1);
}

TEST_CASE("Category, flags, area and text narrow the result together", "[core][query]")
{
    auto s = snapshot();
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    CHECK(ids(*s, evaluateFilter(*s, filter, nullptr)) == QList<qint64>{1, 2, 5});
    filter.flags = {QStringLiteral("dementia")};
    CHECK(ids(*s, evaluateFilter(*s, filter, nullptr)) == QList<qint64>{1, 5});
    filter.flags = {QStringLiteral("dementia"), QStringLiteral("open_24h")};
    CHECK(ids(*s, evaluateFilter(*s, filter, nullptr)) == QList<qint64>{1});
    filter.flags.clear();
    filter.area = AreaChoice{standardAreaLevels()[1].code, QStringLiteral("W1"), QStringLiteral("北部")};
    CHECK(ids(*s, evaluateFilter(*s, filter, nullptr)) == QList<qint64>{1, 5});
    filter.area = AreaChoice{standardAreaLevels()[3].code, QStringLiteral("S2"), {}};
    CHECK(ids(*s, evaluateFilter(*s, filter, nullptr)) == QList<qint64>{5});
    filter.area.reset();
    filter.text = QStringLiteral("さくら");
    const QSet<qint64> textMatches{5, 3};
    CHECK(ids(*s, evaluateFilter(*s, filter, &textMatches)) == QList<qint64>{5});
}

TEST_CASE("Counts beside each choice ignore that part of the filter", "[core][query][counts]")
{
    auto s = snapshot();
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    filter.flags = {QStringLiteral("dementia")};
    filter.area = AreaChoice{standardAreaLevels()[3].code, QStringLiteral("S1"), {}};
    const FilterResult result = evaluateFilter(*s, filter, nullptr);
    CHECK(result.matched == 1);
    // Categories: dementia + S1, any category → nursing 1 (id 1), café 1 (id 3).
    CHECK(result.perCategory[s->categoryIndex(QStringLiteral("home_visit_nursing"))] == 1);
    CHECK(result.perCategory[s->categoryIndex(QStringLiteral("dementia_cafe"))] == 1);
    // Areas: nursing + dementia anywhere → S1 has 1, S2 has 1 (id 5), S3 none.
    const int school = s->levelIndex(standardAreaLevels()[3].code);
    CHECK(result.perArea[school] == std::vector<int>{1, 1, 0});
    // Flags: nursing in S1 (id 1) has dementia and open_24h.
    CHECK(result.perFlag[s->flagIndex(QStringLiteral("open_24h"))] == 1);
}

TEST_CASE("A centre and radius keep the resources within it, nearest first, with distances", "[core][query][near]")
{
    auto s = snapshot();
    ResourceFilter filter;
    filter.near = NearChoice{36.560, 136.650, 1200, QStringLiteral("山田様宅")};
    const FilterResult result = evaluateFilter(*s, filter, nullptr, haversine);
    CHECK(ids(*s, result) == QList<qint64>{1, 3, 5});
    REQUIRE(result.rows.size() == 3);
    CHECK(s->resources[result.rows[0]].id == 1);
    CHECK(s->resources[result.rows[1]].id == 3);
    CHECK(result.distance[result.rows[1]] == Approx(haversine(36.560, 136.650, 36.561, 136.651)));
    for (std::size_t k = 1; k < result.rows.size(); ++k)
        CHECK(result.distance[result.rows[k - 1]] <= result.distance[result.rows[k]]);
}

TEST_CASE("Counts by area roll up to the levels above, with zeros", "[core][query][stats]")
{
    auto s = snapshot();
    const FilterResult all = evaluateFilter(*s, ResourceFilter(), nullptr);
    const AreaCountTable table = countByArea(*s, all, s->levelIndex(standardAreaLevels()[3].code));
    REQUIRE(table.rows.size() == 5);   // 3 districts, then 2 welfare areas
    const int nursing = s->categoryIndex(QStringLiteral("home_visit_nursing"));
    const int hospital = s->categoryIndex(QStringLiteral("hospital"));
    CHECK(table.rows[0].areaCode == QStringLiteral("S1"));
    CHECK(table.rows[0].total == 2);
    CHECK(table.rows[1].perCategory[nursing] == 1);
    CHECK(table.rows[2].perCategory[nursing] == 1);
    CHECK(table.rows[3].areaCode == QStringLiteral("W1"));
    CHECK(table.rows[3].total == 4);
    CHECK(table.rows[3].perCategory[nursing] == 2);
    CHECK(table.rows[4].total == 1);
    CHECK(table.rows[4].perCategory[hospital] == 0);
}

TEST_CASE("A filter survives JSON and reads in words", "[core][query][filter]")
{
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    filter.flags = {QStringLiteral("dementia")};
    filter.area = AreaChoice{QStringLiteral("welfare_area"), QStringLiteral("W3"), QStringLiteral("泉野圏域")};
    filter.near = NearChoice{36.5, 136.6, 2000, QStringLiteral("本町1丁目")};
    const QByteArray json = QJsonDocument(filter.toJson()).toJson();
    auto back = ResourceFilter::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(back.ok());
    CHECK(*back == filter);
    CHECK(filter.describe(defaultCategories(), defaultFlags(), QStringLiteral("ja"))
          == QStringLiteral("訪問看護ステーション・認知症対応・泉野圏域・本町1丁目から 2\u00a0km 以内"));
    CHECK(filter.describe(defaultCategories(), defaultFlags(), QStringLiteral("en")).contains(QStringLiteral("Home-visit nursing station")));
    CHECK(ResourceFilter().describe(defaultCategories(), defaultFlags(), QStringLiteral("ja")).isEmpty());
    QJsonObject bad{{QStringLiteral("near"), QJsonObject{{QStringLiteral("latitude"), 200.0}}}};
    CHECK_FALSE(ResourceFilter::fromJson(bad).ok());
}

TEST_CASE("Areas are found by code or name at any level", "[core][query][areas]")
{
    auto s = snapshot();
    bool ambiguous = true;
    auto found = s->findArea(QStringLiteral("緑小学校区"), &ambiguous);
    REQUIRE(found);
    CHECK_FALSE(ambiguous);
    CHECK(s->levels[found->first].areas[found->second].code == QStringLiteral("S2"));
    CHECK(s->findArea(QStringLiteral("W2")));
    CHECK_FALSE(s->findArea(QStringLiteral("どこにもない")));
}
