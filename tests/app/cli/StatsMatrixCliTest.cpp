#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cmath>

using careatlas::test::runBuiltProgram;

namespace {

// Raw SQL on the store file, sharing nothing with the code under test.
QList<QStringList> sql(const QString &path, const QString &query)
{
    sqlite3 *db = nullptr;
    QList<QStringList> rows;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c)));
        rows << row;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QJsonObject runJson(const QStringList &arguments)
{
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), arguments);
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
}

} // namespace

TEST_CASE("import-population and stats --matrix: rates per 1,000 aged 65+ from a population table written here", "[app][cli][stats][population]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    const auto areas = sql(store, QStringLiteral("SELECT code, name FROM areas_daily_life_area ORDER BY code"));
    REQUIRE(areas.size() == 19);

    // 自治体標準オープンデータセット layout with 5-year bands; odd rows by code, even rows by name only.
    QStringList header{QStringLiteral("全国地方公共団体コード"), QStringLiteral("調査年月日"), QStringLiteral("地域コード"),
                       QStringLiteral("地域名"), QStringLiteral("総人口")};
    for (int age = 0; age < 90; age += 5)
        header << QStringLiteral("%1～%2歳").arg(age).arg(age + 4);
    header << QStringLiteral("90歳以上");
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    QHash<QString, qint64> aged65, aged75;
    for (int i = 0; i < areas.size(); ++i) {
        QStringList cells{QStringLiteral("170001"), QStringLiteral("2026-01-01"), i % 2 ? QString() : areas[i][0], areas[i][1]};
        qint64 total = 0, a65 = 0, a75 = 0;
        QStringList bands;
        for (int k = 0; k <= 18; ++k) {
            const qint64 n = 100 + 10 * i + k;
            bands << QString::number(n);
            total += n;
            if (k >= 13)
                a65 += n;
            if (k >= 15)
                a75 += n;
        }
        cells << QString::number(total) << bands;
        aged65.insert(areas[i][0], a65);
        aged75.insert(areas[i][0], a75);
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    csv += QStringLiteral("170001,2026-01-01,,存在しない地区,10,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\r\n");
    const QString populationFile = dir.filePath(QStringLiteral("population.csv"));
    {
        QFile f(populationFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }

    const QJsonObject report = runJson({QStringLiteral("import-population"), store, populationFile, QStringLiteral("--level"),
                                        QStringLiteral("daily_life_area"), QStringLiteral("--json")});
    CHECK(report.value(QStringLiteral("areas_matched")).toInt() == 19);
    CHECK(report.value(QStringLiteral("layout")).toString() == QStringLiteral("standard"));
    CHECK(report.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-01-01"));
    CHECK(report.value(QStringLiteral("unmatched")).toArray() == QJsonArray{QStringLiteral("存在しない地区")});

    // Rates of nursing homes: counts by raw SQL over the stored assignment.
    QHash<QString, int> homes;
    QHash<QString, qint64> capacity;
    for (const auto &row : sql(store, QStringLiteral("SELECT a.area_code, count(*), coalesce(sum(CASE WHEN r.capacity > 0 THEN r.capacity END), 0) "
                                                     "FROM resources r JOIN ca_resource_areas a ON a.resource_id = r.fid "
                                                     "WHERE a.level_code = 'daily_life_area' AND r.category = 'nursing_home' GROUP BY 1"))) {
        homes.insert(row[0], row[1].toInt());
        capacity.insert(row[0], row[2].toLongLong());
    }
    const QJsonObject matrix = runJson({QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("daily_life_area"),
                                        QStringLiteral("--category"), QStringLiteral("nursing_home"), QStringLiteral("--matrix"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(matrix.value(QStringLiteral("columns")).toArray().size() == 1);   // only the category asked for
    CHECK(matrix.value(QStringLiteral("population_as_of")).toString() == QStringLiteral("2026-01-01"));
    int checked = 0;
    for (const QJsonValue &v : matrix.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("level")).toString() != QStringLiteral("daily_life_area"))
            continue;
        const QString code = row.value(QStringLiteral("code")).toString();
        INFO(code.toStdString());
        CHECK(row.value(QStringLiteral("counts")).toObject().value(QStringLiteral("nursing_home")).toInt() == homes.value(code));
        CHECK(row.value(QStringLiteral("aged_65")).toDouble() == double(aged65.value(code)));
        const double expected65 = std::round(homes.value(code) * 1000.0 / aged65.value(code) * 10.0) / 10.0;
        const double expected75 = std::round(homes.value(code) * 1000.0 / aged75.value(code) * 10.0) / 10.0;
        CHECK(row.value(QStringLiteral("per_1000_aged_65")).toDouble() == Approx(expected65));
        CHECK(row.value(QStringLiteral("per_1000_aged_75")).toDouble() == Approx(expected75));
        if (capacity.value(code) > 0)
            CHECK(row.value(QStringLiteral("capacity_per_1000_aged_65")).toDouble()
                  == Approx(std::round(capacity.value(code) * 1000.0 / aged65.value(code) * 10.0) / 10.0));
        ++checked;
    }
    CHECK(checked == 19);
}

TEST_CASE("stats --matrix --out: an Excel CSV with Japanese headers and category names, and a PDF table", "[app][cli][stats]")
{
    QTemporaryDir dir;
    const QString store = careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg");
    const QString label = sql(store, QStringLiteral("SELECT label_ja FROM ca_categories WHERE code = 'nursing_home'")).value(0).value(0);
    REQUIRE_FALSE(label.isEmpty());
    const QString csvPath = dir.filePath(QStringLiteral("stats.csv"));
    auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("stats"), store,
                                                                         QStringLiteral("--level"), QStringLiteral("school_district"),
                                                                         QStringLiteral("--out"), csvPath});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString header = QString::fromUtf8(bytes.mid(3, bytes.indexOf("\r\n") - 3));
    CHECK(header.startsWith(QStringLiteral("区域の階層,区域コード,区域,")));
    CHECK(header.contains(label));
    CHECK_FALSE(header.contains(QStringLiteral("nursing_home")));
    CHECK(header.contains(QStringLiteral("合計")));
    const int lines = int(bytes.count("\r\n"));
    const int areas = sql(store, QStringLiteral("SELECT (SELECT count(*) FROM areas_school_district) + (SELECT count(*) FROM areas_daily_life_area) "
                                                "+ (SELECT count(*) FROM areas_welfare_area) + (SELECT count(*) FROM areas_city)")).value(0).value(0).toInt();
    CHECK(lines == 1 + areas + 1);   // header, every area of the level and above, the total

    // Groups as columns, Shift_JIS.
    const QString sjisPath = dir.filePath(QStringLiteral("groups.csv"));
    result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("stats"), store,
                                                                    QStringLiteral("--level"), QStringLiteral("daily_life_area"), QStringLiteral("--group-by"),
                                                                    QStringLiteral("group"), QStringLiteral("--encoding"), QStringLiteral("cp932"),
                                                                    QStringLiteral("--out"), sjisPath});
    REQUIRE(result.exitCode == 0);
    QFile sjis(sjisPath);
    REQUIRE(sjis.open(QIODevice::ReadOnly));
    const QByteArray sjisBytes = sjis.readAll();
    CHECK_FALSE(sjisBytes.startsWith("\xEF\xBB\xBF"));
    const QString groupLabel = sql(store, QStringLiteral("SELECT label_ja FROM ca_category_groups WHERE code = 'medical'")).value(0).value(0);
    QStringEncoder encoder("Shift_JIS");
    const QByteArray encodedLabel = encoder.encode(groupLabel);
    CHECK(sjisBytes.contains(encodedLabel));

    const QString pdfPath = dir.filePath(QStringLiteral("stats.pdf"));
    result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("stats"), store,
                                                                    QStringLiteral("--level"), QStringLiteral("daily_life_area"),
                                                                    QStringLiteral("--out"), pdfPath});
    REQUIRE(result.exitCode == 0);
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    // Bad options: usage errors.
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("city"),
                                                                 QStringLiteral("--group-by"), QStringLiteral("colour")}).exitCode == 2);
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("city"),
                                                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("x.txt"))}).exitCode == 2);
}
