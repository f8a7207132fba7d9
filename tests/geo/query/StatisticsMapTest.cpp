// The statistics view's map (geo/query/StatisticsMap.h): the choropleth made from a matrix —
// counts or rates per 1,000 aged 65+ from a small population table, classes, palettes, zeros
// kept apart for the hatch — as the Statistics panel and `careatlas-cli render --choropleth`
// make it.

#include "geo/query/StatisticsMap.h"

#include "core/Catalogue.h"

#include <catch2/catch.hpp>

using namespace careatlas;
using namespace careatlas::geo;

namespace {

Resource resource(qint64 id, const QString &category)
{
    Resource r;
    r.id = id;
    r.categoryCode = category;
    r.name = QStringLiteral("資源%1").arg(id);
    return r;
}

// Four daily-life areas: A with 3 day services, B with 1, C with none, D with 2 and a clinic.
ResourceSnapshotPointer fourAreas()
{
    const AreaLevel level = standardAreaLevels()[2];
    QList<Resource> resources;
    QList<QPair<qint64, QString>> assigned;
    const QList<QPair<QString, QString>> placed{{QStringLiteral("A"), QStringLiteral("day_service")}, {QStringLiteral("A"), QStringLiteral("day_service")},
                                                {QStringLiteral("A"), QStringLiteral("day_service")}, {QStringLiteral("B"), QStringLiteral("day_service")},
                                                {QStringLiteral("D"), QStringLiteral("day_service")}, {QStringLiteral("D"), QStringLiteral("day_service")},
                                                {QStringLiteral("D"), QStringLiteral("clinic")}};
    for (int i = 0; i < placed.size(); ++i) {
        resources << resource(i + 1, placed[i].second);
        assigned.push_back({i + 1, placed[i].first});
    }
    QList<AreaRecord> areas;
    for (const char *code : {"A", "B", "C", "D"})
        areas.push_back({0, level.code, QString::fromLatin1(code), QStringLiteral("圏域") + QString::fromLatin1(code), {}, {}});
    return ResourceSnapshot::make(resources, defaultCategories(), defaultGroups(), defaultFlags(), {{level, areas}}, {{level.code, assigned}});
}

} // namespace

TEST_CASE("Statistics map: the choropleth of counts and of rates per 1,000 aged 65+ from a small population table", "[geo][stats][choropleth][population]")
{
    const ResourceSnapshotPointer s = fourAreas();
    const int level = s->levelIndex(QStringLiteral("daily_life_area"));
    REQUIRE(level >= 0);
    PopulationTable table;
    table.levelCode = QStringLiteral("daily_life_area");
    table.asOf = QDate(2026, 3, 31);
    table.byArea.insert(QStringLiteral("A"), {20000, 6000, 3000});
    table.byArea.insert(QStringLiteral("B"), {5000, 500, 250});
    table.byArea.insert(QStringLiteral("C"), {8000, 2000, 900});
    // D has no row: no rate, left as drawn.
    const QHash<QString, PopulationTable> population{{table.levelCode, table}};
    MatrixOptions options;
    options.language = QStringLiteral("en");
    options.ratedCategories = {QStringLiteral("day_service")};
    const AreaMatrix m = buildAreaMatrix(*s, evaluateFilter(*s, ResourceFilter(), nullptr), level, options, &population);

    StatisticsMapRequest request;
    request.levelCode = QStringLiteral("daily_life_area");
    request.measure = ChoroplethMeasure::Count;
    request.method = ClassMethod::EqualInterval;
    auto counts = makeChoropleth(m, *s, request);
    REQUIRE(counts);
    CHECK(counts->levelCode == QStringLiteral("daily_life_area"));
    CHECK(counts->values.value(QStringLiteral("A")) == 3.0);   // the clinic is not rated
    CHECK(counts->values.value(QStringLiteral("C")) == 0.0);
    CHECK(counts->values.value(QStringLiteral("D")) == 2.0);
    CHECK(counts->breaks.classOf(0.0) == -1);                   // hatched, not classed
    CHECK(counts->breaks.minimum == 1.0);
    CHECK(counts->breaks.upper.back() == 3.0);
    CHECK(counts->colors.size() == counts->breaks.upper.size());
    CHECK(counts->decimals == 0);
    CHECK(counts->title.contains(QStringLiteral("Count")));

    request.measure = ChoroplethMeasure::Per1000Aged65;
    request.palette = ChoroplethPalette::Greys;
    auto rates = makeChoropleth(m, *s, request);
    REQUIRE(rates);
    CHECK(rates->values.size() == 3);                           // D: no population, no value
    CHECK_FALSE(rates->values.contains(QStringLiteral("D")));
    CHECK(rates->values.value(QStringLiteral("A")) == Approx(3 * 1000.0 / 6000));   // 0.5
    CHECK(rates->values.value(QStringLiteral("B")) == Approx(1 * 1000.0 / 500));    // 2.0
    CHECK(rates->values.value(QStringLiteral("C")) == 0.0);
    CHECK(rates->decimals == 1);
    CHECK(rates->colors == sequentialPalette(int(rates->breaks.upper.size()), ChoroplethPalette::Greys));
    CHECK(rates->title.contains(QStringLiteral("Per 1,000 aged 65+")));
    CHECK(rates->title.contains(QStringLiteral("population as of")));   // the population's date

    request.measure = ChoroplethMeasure::Per1000Aged75;
    CHECK(makeChoropleth(m, *s, request)->values.value(QStringLiteral("B")) == Approx(1 * 1000.0 / 250));
    request.measure = ChoroplethMeasure::None;
    CHECK(makeChoropleth(m, *s, request) == nullptr);
}

TEST_CASE("Statistics map: palettes light to dark, names read back, the coverage legend line", "[geo][stats][choropleth]")
{
    for (ChoroplethPalette palette : {ChoroplethPalette::YlGnBu, ChoroplethPalette::OrRd, ChoroplethPalette::Viridis, ChoroplethPalette::Greys}) {
        CHECK(choroplethPaletteFromName(choroplethPaletteName(palette)) == palette);
        CHECK_FALSE(choroplethPaletteLabel(palette).isEmpty());
        for (int classes = 1; classes <= 7; ++classes) {
            const auto colors = sequentialPalette(classes, palette);
            REQUIRE(int(colors.size()) == classes);
            // Light to dark by relative luminance (Rec. 709 weights).
            auto luminance = [](const QColor &c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
            for (int c = 1; c < classes; ++c)
                CHECK(luminance(colors[c]) < luminance(colors[c - 1]));
        }
    }
    CHECK(sequentialPalette(5) == sequentialPalette(5, ChoroplethPalette::YlGnBu));
    CHECK_FALSE(choroplethPaletteFromName(QStringLiteral("rainbow")));
    for (const char *name : {"none", "count", "per1000_65", "per1000_75", "capacity_per1000_65"})
        CHECK(choroplethMeasureName(*choroplethMeasureFromName(QString::fromLatin1(name))) == QString::fromLatin1(name));
    CHECK_FALSE(choroplethMeasureFromName(QStringLiteral("density")));

    const ResourceSnapshotPointer s = fourAreas();
    QPainterPath square;
    square.addRect(0, 0, 100, 100);
    auto gaps = makeCoverageGaps(square, 1.5, {QStringLiteral("day_service")}, *s, QStringLiteral("en"));
    CHECK(gaps->path == square);
    CHECK(gaps->label.contains(QStringLiteral("1.5 km")));
    CHECK(gaps->label.contains(s->categories[s->categoryIndex(QStringLiteral("day_service"))].label(QStringLiteral("en"))));
    CHECK(makeCoverageGaps(square, 2, {}, *s, QStringLiteral("en"))->label.contains(QStringLiteral("any resource")));

    ResourceFilter filter;
    filter.categories = {QStringLiteral("day_service")};
    filter.area = AreaChoice{QStringLiteral("daily_life_area"), QStringLiteral("A"), QStringLiteral("圏域A")};
    filter.flags = {QStringLiteral("dementia")};
    const ResourceFilter counted = statisticsFilter(filter);
    CHECK(counted.categories.isEmpty());
    CHECK_FALSE(counted.area);
    CHECK(counted.flags == filter.flags);
}
