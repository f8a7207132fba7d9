#include "core/population/PopulationCsv.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

using namespace careatlas;

namespace {

const PopulationCsvRow *rowNamed(const PopulationCsv &table, const QString &name)
{
    for (const auto &row : table.rows)
        if (row.name == name)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("Population: 自治体標準オープンデータセット 地域・年齢別人口 with 5-year bands sums 65+ and 75+", "[core][population]")
{
    // The standard's columns, bands 0-4歳 … 95-99歳, 100歳以上 (values chosen so each band is distinct).
    QStringList header{QStringLiteral("全国地方公共団体コード"), QStringLiteral("ID"), QStringLiteral("地方公共団体名"), QStringLiteral("調査年月日"),
                       QStringLiteral("町字ID"), QStringLiteral("地域名"), QStringLiteral("総人口"), QStringLiteral("男性"), QStringLiteral("女性")};
    for (int age = 0; age < 100; age += 5)
        header << QStringLiteral("%1-%2歳").arg(age).arg(age + 4);
    header << QStringLiteral("100歳以上");
    auto line = [](const QString &code, const QString &name, int base) {
        QStringList cells{QStringLiteral("172014"), QStringLiteral("1"), QStringLiteral("金沢市"), QStringLiteral("2026-03-31"), code, name};
        qint64 total = 0;
        QStringList bands;
        for (int k = 0; k <= 20; ++k) {
            bands << QString::number(base + k);
            total += base + k;
        }
        cells << QString::number(total) << QString::number(total / 2) << QString::number(total - total / 2) << bands;
        return cells.join(QLatin1Char(','));
    };
    const QByteArray csv = (header.join(QLatin1Char(',')) + QStringLiteral("\r\n") + line(QStringLiteral("0001"), QStringLiteral("本町一丁目"), 10)
                            + QStringLiteral("\r\n") + line(QStringLiteral("0002"), QStringLiteral("本町二丁目"), 100) + QStringLiteral("\r\n"))
                               .toUtf8();
    auto parsed = parsePopulationCsv(csv);
    REQUIRE(parsed);
    CHECK(parsed->layout == QStringLiteral("standard"));
    REQUIRE(parsed->asOf);
    CHECK(*parsed->asOf == QDate(2026, 3, 31));
    REQUIRE(parsed->rows.size() == 2);
    const PopulationCsvRow &first = parsed->rows[0];
    CHECK(first.code == QStringLiteral("0001"));
    // Bands k = 13 (65-69) … 20 (100+): base + k each.
    qint64 aged65 = 0, aged75 = 0;
    for (int k = 13; k <= 20; ++k)
        aged65 += 10 + k;
    for (int k = 15; k <= 20; ++k)
        aged75 += 10 + k;
    CHECK(first.figures.aged65 == aged65);
    CHECK(first.figures.aged75 == aged75);
    CHECK(first.figures.total == 21 * 10 + 210);
    CHECK(parsed->ageColumns.contains(QStringLiteral("65-69歳")));
}

TEST_CASE("Population: a 住民基本台帳 list in CP932 with a title line, 総数 row and male/female single years", "[core][population]")
{
    QStringList header{QStringLiteral("町丁名")};
    for (int age = 60; age <= 99; ++age)
        header << QStringLiteral("%1歳男").arg(age) << QStringLiteral("%1歳女").arg(age);
    header << QStringLiteral("100歳以上男") << QStringLiteral("100歳以上女");
    QString text = QStringLiteral("年齢別人口（令和6年3月末現在）\r\n") + header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    auto row = [&](const QString &name) -> QString {
        QStringList cells{name};
        for (int age = 60; age <= 100; ++age)
            cells << QStringLiteral("1") << QStringLiteral("2");
        return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    text += row(QStringLiteral("総数")) + row(QStringLiteral("泉野町")) + row(QStringLiteral("寺町"));
    QStringEncoder sjis("Shift_JIS");
    const QByteArray bytes = sjis.encode(text);
    auto parsed = parsePopulationCsv(bytes);
    REQUIRE(parsed);
    CHECK(parsed->encoding == QStringLiteral("cp932"));
    CHECK(parsed->layout == QStringLiteral("resident-register"));
    REQUIRE(parsed->asOf);
    CHECK(*parsed->asOf == QDate(2024, 3, 31));
    REQUIRE(parsed->rows.size() == 2);   // the 総数 row is left out
    const auto *izumino = rowNamed(*parsed, QStringLiteral("泉野町"));
    REQUIRE(izumino);
    CHECK(izumino->figures.aged65 == (100 - 65 + 1) * 3);   // ages 65…99 and 100+, 1 man and 2 women each
    CHECK(izumino->figures.aged75 == (100 - 75 + 1) * 3);
    CHECK_FALSE(izumino->figures.total);                    // ages below 60 are not in the table
}

TEST_CASE("Population: a simple table with explicit 65歳以上 and 75歳以上 columns; bad tables are refused", "[core][population]")
{
    const QByteArray csv = QStringLiteral("地域コード,地域名,総人口,65歳以上人口,うち75歳以上\n"
                                          "D01,中央圏域,\"12,345\",3456,1 800\n"
                                          "D02,北部圏域,８０００,2000,-\n"
                                          "合計,,,,\n")
                               .toUtf8();
    auto parsed = parsePopulationCsv(csv);
    REQUIRE(parsed);
    CHECK(parsed->layout == QStringLiteral("simple"));
    REQUIRE(parsed->rows.size() == 2);
    CHECK(parsed->rows[0].figures.total == 12345);
    CHECK(parsed->rows[0].figures.aged65 == 3456);
    CHECK(parsed->rows[0].figures.aged75 == 1800);
    CHECK(parsed->rows[1].figures.total == 8000);
    CHECK(parsed->rows[1].figures.aged75 == 0);
    CHECK_FALSE(parsed->asOf);

    auto straddling = parsePopulationCsv(QByteArrayLiteral("name,total,60-69,70-79,80+\nA,100,10,20,30\n"));
    REQUIRE(straddling);
    CHECK_FALSE(straddling->rows[0].figures.aged65);   // 60-69 straddles 65: not guessed
    CHECK(straddling->rows[0].figures.aged75.has_value() == false);

    auto notPopulation = parsePopulationCsv(QByteArrayLiteral("a,b,c\n1,2,3\n"));
    REQUIRE_FALSE(notPopulation);
    CHECK(notPopulation.error().code == ErrorCode::NoUsableColumns);
}

TEST_CASE("Population: dates as Japanese tables write them", "[core][population]")
{
    CHECK(parseJapaneseDate(QStringLiteral("2026-03-31")) == QDate(2026, 3, 31));
    CHECK(parseJapaneseDate(QStringLiteral("2026/3/1")) == QDate(2026, 3, 1));
    CHECK(parseJapaneseDate(QStringLiteral("20260331")) == QDate(2026, 3, 31));
    CHECK(parseJapaneseDate(QStringLiteral("令和6年3月31日現在")) == QDate(2024, 3, 31));
    CHECK(parseJapaneseDate(QStringLiteral("令和元年5月末")) == QDate(2019, 5, 31));
    CHECK(parseJapaneseDate(QStringLiteral("平成31年4月1日")) == QDate(2019, 4, 1));
    CHECK(parseJapaneseDate(QStringLiteral("２０２５年１２月末")) == QDate(2025, 12, 31));
    CHECK_FALSE(parseJapaneseDate(QStringLiteral("人口")));
}
