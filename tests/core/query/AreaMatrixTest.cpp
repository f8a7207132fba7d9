#include "core/query/AreaMatrix.h"
#include "core/query/Classification.h"

#include "core/Catalogue.h"
#include "core/export/CsvExport.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>

using namespace careatlas;

namespace {

Resource resource(qint64 id, const QString &category, std::optional<int> capacity = std::nullopt)
{
    Resource r;
    r.id = id;
    r.categoryCode = category;
    r.name = QStringLiteral("資源%1").arg(id);
    r.capacity = capacity;
    return r;
}

// Two welfare areas (W1 ⊃ S1, S2; W2 ⊃ S3); nursing homes with capacity, a clinic, a nursing station.
ResourceSnapshotPointer snapshot()
{
    QList<Resource> resources{resource(1, QStringLiteral("nursing_home"), 80), resource(2, QStringLiteral("nursing_home"), 50),
                              resource(3, QStringLiteral("clinic")), resource(4, QStringLiteral("home_visit_nursing")),
                              resource(5, QStringLiteral("nursing_home"), 29)};
    const AreaLevel welfare = standardAreaLevels()[1], school = standardAreaLevels()[3];
    QList<QPair<AreaLevel, QList<AreaRecord>>> levels{
        {welfare, {{0, welfare.code, QStringLiteral("W1"), QStringLiteral("北部"), {}, {}}, {0, welfare.code, QStringLiteral("W2"), QStringLiteral("南部"), {}, {}}}},
        {school, {{0, school.code, QStringLiteral("S1"), QStringLiteral("本町小学校区"), QStringLiteral("W1"), {}},
                  {0, school.code, QStringLiteral("S2"), QStringLiteral("緑小学校区"), QStringLiteral("W1"), {}},
                  {0, school.code, QStringLiteral("S3"), QStringLiteral("南小学校区"), QStringLiteral("W2"), {}}}}};
    QHash<QString, QList<QPair<qint64, QString>>> assignments;
    assignments.insert(school.code, {{1, QStringLiteral("S1")}, {2, QStringLiteral("S1")}, {3, QStringLiteral("S2")}, {4, QStringLiteral("S3")}, {5, QStringLiteral("S3")}});
    assignments.insert(welfare.code, {{1, QStringLiteral("W1")}, {2, QStringLiteral("W1")}, {3, QStringLiteral("W1")}, {4, QStringLiteral("W2")}, {5, QStringLiteral("W2")}});
    return ResourceSnapshot::make(resources, defaultCategories(), defaultGroups(), defaultFlags(), levels, assignments);
}

QHash<QString, PopulationTable> population()
{
    PopulationTable t;
    t.levelCode = QStringLiteral("school_district");
    t.asOf = QDate(2026, 3, 31);
    t.source = QStringLiteral("test.csv");
    t.byArea.insert(QStringLiteral("S1"), {10000, 2500, 1250});
    t.byArea.insert(QStringLiteral("S2"), {8000, 2000, 1000});
    t.byArea.insert(QStringLiteral("S3"), {4000, 1450, 725});
    return {{t.levelCode, t}};
}

const AreaMatrix::Row &rowOf(const AreaMatrix &m, const QString &code)
{
    for (const auto &r : m.rows)
        if (r.areaCode == code)
            return r;
    FAIL("no row " << code.toStdString());
    return m.rows.front();
}

} // namespace

TEST_CASE("Statistics matrix: counts per category, roll-ups, total, zeros", "[core][query][stats]")
{
    auto s = snapshot();
    const FilterResult all = evaluateFilter(*s, ResourceFilter(), nullptr);
    MatrixOptions options;
    const AreaMatrix m = buildAreaMatrix(*s, all, s->levelIndex(QStringLiteral("school_district")), options);
    REQUIRE(m.columns.size() == s->categories.size());
    REQUIRE(m.rows.size() == 3 + 2 + 1);
    int nursingHome = -1;
    for (int c = 0; c < m.columns.size(); ++c)
        if (m.columns[c].code == QStringLiteral("nursing_home"))
            nursingHome = c;
    REQUIRE(nursingHome >= 0);
    CHECK(m.columns[nursingHome].label == s->categories[s->categoryIndex(QStringLiteral("nursing_home"))].labelJa);
    CHECK(rowOf(m, QStringLiteral("S1")).counts[nursingHome] == 2);
    CHECK(rowOf(m, QStringLiteral("S2")).counts[nursingHome] == 0);
    CHECK(rowOf(m, QStringLiteral("W1")).total == 3);
    CHECK(rowOf(m, QStringLiteral("W2")).total == 2);
    CHECK(m.rows.back().isTotal());
    CHECK(m.rows.back().total == 5);
    CHECK(m.rows.back().capacity == 80 + 50 + 29);
    CHECK(rowOf(m, QStringLiteral("W1")).capacity == 130);
    CHECK_FALSE(m.hasPopulation);

    MatrixOptions groups;
    groups.grouping = MatrixColumns::Groups;
    groups.language = QStringLiteral("en");
    const AreaMatrix g = buildAreaMatrix(*s, all, s->levelIndex(QStringLiteral("school_district")), groups);
    int sum = 0;
    for (int v : g.rows.back().counts)
        sum += v;
    CHECK(sum == 5);
    CHECK(g.columns.size() <= s->groups.size());
}

TEST_CASE("Statistics matrix: rates per 1,000 aged 65+ and 75+ from a small population table", "[core][query][stats][population]")
{
    auto s = snapshot();
    const FilterResult all = evaluateFilter(*s, ResourceFilter(), nullptr);
    const auto people = population();
    MatrixOptions options;
    options.ratedCategories = {QStringLiteral("nursing_home")};
    const AreaMatrix m = buildAreaMatrix(*s, all, s->levelIndex(QStringLiteral("school_district")), options, &people);
    REQUIRE(m.hasPopulation);
    CHECK(m.populationAsOf == QDate(2026, 3, 31));
    const auto &s1 = rowOf(m, QStringLiteral("S1"));
    CHECK(s1.rated == 2);
    CHECK(*AreaMatrix::perThousand(s1.rated, s1.population.aged65) == Approx(2 * 1000.0 / 2500));    // 0.8
    CHECK(*AreaMatrix::perThousand(s1.rated, s1.population.aged75) == Approx(2 * 1000.0 / 1250));    // 1.6
    CHECK(*AreaMatrix::perThousand(double(s1.capacity), s1.population.aged65) == Approx(130 * 1000.0 / 2500));  // 52
    const auto &s2 = rowOf(m, QStringLiteral("S2"));
    CHECK(s2.rated == 0);
    CHECK(*AreaMatrix::perThousand(s2.rated, s2.population.aged65) == 0.0);
    // W1 = S1 + S2 (no table of its own): 4,500 aged 65+.
    const auto &w1 = rowOf(m, QStringLiteral("W1"));
    REQUIRE(w1.population.aged65);
    CHECK(*w1.population.aged65 == 4500);
    CHECK(*AreaMatrix::perThousand(w1.rated, w1.population.aged65) == Approx(2 * 1000.0 / 4500));
    // The total: 3 nursing homes, 159 places, 5,950 aged 65+.
    const auto &total = m.rows.back();
    CHECK(*total.population.aged65 == 5950);
    CHECK(*AreaMatrix::perThousand(double(total.capacity), total.population.aged65) == Approx(159 * 1000.0 / 5950));

    // The text: headers in the language, one decimal, the as-of date in a note.
    const MatrixText text = matrixText(m);
    CHECK(text.header.contains(QStringLiteral("Per 1,000 aged 65+")));   // tests run untranslated
    const int rate65 = int(text.header.indexOf(QStringLiteral("Per 1,000 aged 65+")));
    const int capacityRate = int(text.header.indexOf(QStringLiteral("Capacity per 1,000 aged 65+")));
    CHECK(text.rows[0][rate65] == QStringLiteral("0.8"));
    CHECK(text.rows[0][capacityRate] == QStringLiteral("52.0"));
    REQUIRE(text.notes.size() == 1);
    CHECK(text.notes[0].contains(QStringLiteral("2026年3月31日")));

    // As CSV for Excel: a BOM, CRLF, the header first.
    CsvOptions csv;
    auto bytes = csvTableBytes(QList<QStringList>{text.header} + text.rows, csv);
    REQUIRE(bytes);
    CHECK(bytes->startsWith("\xEF\xBB\xBF"));
    CHECK(bytes->contains("\r\n"));
    csv.encoding = CsvEncoding::Cp932;
    auto sjis = csvTableBytes(QList<QStringList>{text.header} + text.rows, csv);
    REQUIRE(sjis);
    QStringDecoder decode("Shift_JIS");
    CHECK(QString(decode(*sjis)).contains(QStringLiteral("本町小学校区")));
}

TEST_CASE("Choropleth classes: quantile, equal interval, natural breaks; zeros kept apart", "[core][query][stats][choropleth]")
{
    std::vector<double> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0};
    const ClassBreaks quantile = classify(values, ClassMethod::Quantile, 5);
    CHECK(quantile.minimum == 1);
    CHECK(quantile.upper == std::vector<double>{2, 4, 6, 8, 10});
    CHECK(quantile.classOf(0) == -1);
    CHECK(quantile.classOf(1) == 0);
    CHECK(quantile.classOf(2) == 0);
    CHECK(quantile.classOf(2.5) == 1);
    CHECK(quantile.classOf(10) == 4);
    const ClassBreaks equal = classify(values, ClassMethod::EqualInterval, 5);
    REQUIRE(equal.upper.size() == 5);
    CHECK(equal.upper[0] == Approx(1 + 9.0 / 5));
    CHECK(equal.upper[3] == Approx(1 + 9.0 * 4 / 5));
    CHECK(equal.upper[4] == 10);
    const ClassBreaks natural = classify({1, 2, 3, 10, 11, 12, 30, 0}, ClassMethod::NaturalBreaks, 3);
    CHECK(natural.upper == std::vector<double>{3, 12, 30});
    CHECK(classify({0, 0}, ClassMethod::Quantile, 5).upper.empty());
    CHECK(classify({4, 4, 4}, ClassMethod::Quantile, 5).upper == std::vector<double>{4});
    ClassMethod method;
    REQUIRE(classMethodFromName(QStringLiteral("natural-breaks"), &method));
    CHECK(method == ClassMethod::NaturalBreaks);
}
