// careatlas-cli: stats --coverage-km (distance coverage columns) and export --handout (numbered
// symbols and list, named areas) on the demo store.

#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;

TEST_CASE("stats --coverage-km: a share per area, rolled up as shares of sums; a larger radius covers more", "[app][cli][stats][coverage]")
{
    QTemporaryDir dir;
    const QString store = careatlas::test::copyDemoStore(dir);
    auto run = [&](const QString &km) {
        const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                            {QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("daily_life_area"),
                                             QStringLiteral("--category"), QStringLiteral("home_visit_nursing"), QStringLiteral("--flag"),
                                             QStringLiteral("open_24h"), QStringLiteral("--coverage-km"), km, QStringLiteral("--format"),
                                             QStringLiteral("json")});
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
    };
    const QJsonObject one = run(QStringLiteral("1")), three = run(QStringLiteral("3"));
    CHECK(one.value(QStringLiteral("coverage_km")).toDouble() == 1.0);
    const QJsonArray areas1 = one.value(QStringLiteral("areas")).toArray(), areas3 = three.value(QStringLiteral("areas")).toArray();
    REQUIRE(areas1.size() == areas3.size());
    double area = 0, covered = 0;
    int levelAreas = 0;
    for (int i = 0; i < areas1.size(); ++i) {
        const QJsonObject a = areas1[i].toObject(), b = areas3[i].toObject();
        const double s1 = a.value(QStringLiteral("area_within_share")).toDouble(), s3 = b.value(QStringLiteral("area_within_share")).toDouble();
        CHECK(s1 >= 0.0);
        CHECK(s1 <= 1.0);
        CHECK(s3 >= s1 - 1e-9);
        if (a.value(QStringLiteral("level")).toString() == QLatin1String("daily_life_area")) {
            ++levelAreas;
            area += a.value(QStringLiteral("area_m2")).toDouble();
            covered += a.value(QStringLiteral("area_m2")).toDouble() * s1;
        }
    }
    CHECK(levelAreas == 19);
    const QJsonObject total = areas1.last().toObject();
    CHECK(total.value(QStringLiteral("area_m2")).toDouble() == Approx(area));
    CHECK(total.value(QStringLiteral("area_within_share")).toDouble() == Approx(covered / area));

    // Usage errors.
    const auto bad = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                     {QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("daily_life_area"),
                                      QStringLiteral("--coverage-km"), QStringLiteral("0")});
    CHECK(bad.exitCode != 0);
}

TEST_CASE("export --handout: numbered symbols with the list, every daily-life area named or listed", "[app][cli][export][handout]")
{
    QTemporaryDir dir;
    const QString store = careatlas::test::copyDemoStore(dir);
    const QString out = dir.filePath(QStringLiteral("handout.pdf"));
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                        {QStringLiteral("export"), store, QStringLiteral("--out"), out, QStringLiteral("--map"),
                                         QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--handout"), QStringLiteral("--category"),
                                         QStringLiteral("day_service"), QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("map"));
    CHECK(json.value(QStringLiteral("numbered")).toInt() == json.value(QStringLiteral("resources")).toInt());
    CHECK(json.value(QStringLiteral("numbered")).toInt() > 0);
    CHECK(json.value(QStringLiteral("unplaced_areas")).isArray());
    CHECK(QFileInfo(out).size() > 1000);

    // Handout options are for map layouts only.
    const auto list = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                      {QStringLiteral("export"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("list.csv")),
                                       QStringLiteral("--handout")});
    CHECK(list.exitCode != 0);
}
