// A new release's changes, per daily-life area, through careatlas-cli import --json.
#include "CliRunner.h"
#include "TestData.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QJsonObject importJson(const QString &store, const QString &csv)
{
    const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--complete-source"), QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
}

} // namespace

TEST_CASE("import --complete-source reports a release's changes per daily-life area", "[app][cli][release]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    // Three offices in the sample city, far enough apart to lie in different areas.
    const QString a = QStringLiteral("172014,1,石川県,サンプル市,訪問介護いずみ,,訪問介護,サンプル市本町1,,36.5613,136.6562,,,,,,1790200001,,,,,\n");
    const QString b = QStringLiteral("172014,2,石川県,サンプル市,訪問介護みなみ,,訪問介護,サンプル市南1,,36.5300,136.6300,,,,,,1790200002,,,,,\n");
    const QString c = QStringLiteral("172014,3,石川県,サンプル市,訪問介護きた,,訪問介護,サンプル市北1,,36.6000,136.6800,,,,,,1790200003,,,,,\n");
    const QString d = QStringLiteral("172014,4,石川県,サンプル市,訪問介護ひがし,,訪問介護,サンプル市東1,,36.5700,136.7000,,,,,,1790200004,,,,,\n");
    const QJsonObject first = importJson(store, writeKaigoJigyoshoList(dir.path(), a + b + c));
    CHECK(first.value(QStringLiteral("arrived")).toArray().isEmpty());   // the first release: no list of new ones

    // The next release: きた closed, ひがし opened.
    const QJsonObject second = importJson(store, writeKaigoJigyoshoList(dir.path(), a + b + d));
    const QJsonArray gone = second.value(QStringLiteral("gone")).toArray();
    const QJsonArray arrived = second.value(QStringLiteral("arrived")).toArray();
    REQUIRE(gone.size() == 1);
    REQUIRE(arrived.size() == 1);
    CHECK(gone.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("訪問介護きた"));
    CHECK(arrived.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("訪問介護ひがし"));

    // Each change names the daily-life area its resource is assigned to in the store.
    auto opened = Store::open(store, Store::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    const auto assigned = (*opened)->resourceAreas(QStringLiteral("daily_life_area"));
    REQUIRE(assigned.ok());
    QHash<qint64, QString> codeOf;
    for (const auto &[resource, code] : *assigned)
        codeOf.insert(resource, code);
    QHash<QString, QString> names;
    const auto areas = (*opened)->areas(QStringLiteral("daily_life_area"));   // kept alive for the loop
    REQUIRE(areas.ok());
    for (const AreaRecord &area : *areas)
        names.insert(area.code, area.name);
    QHash<QString, int> expectedGone, expectedArrived;
    for (const auto &[list, expected] : {std::pair{gone, &expectedGone}, std::pair{arrived, &expectedArrived}}) {
        for (const QJsonValue &v : list) {
            const QJsonObject change = v.toObject();
            const qint64 id = change.value(QStringLiteral("id")).toInteger();
            const QString code = codeOf.value(id);
            REQUIRE_FALSE(code.isEmpty());
            CHECK(change.value(QStringLiteral("area")).toObject().value(QStringLiteral("code")).toString() == code);
            CHECK(change.value(QStringLiteral("area")).toObject().value(QStringLiteral("name")).toString() == names.value(code));
            ++(*expected)[names.value(code)];
        }
    }
    QHash<QString, int> reportedGone, reportedArrived;
    for (const QJsonValue &v : second.value(QStringLiteral("changes_by_area")).toArray()) {
        const QJsonObject area = v.toObject();
        CHECK(area.value(QStringLiteral("level")).toString() == QStringLiteral("daily_life_area"));
        if (const int n = area.value(QStringLiteral("gone")).toInt())
            reportedGone[area.value(QStringLiteral("name")).toString()] += n;
        if (const int n = area.value(QStringLiteral("arrived")).toInt())
            reportedArrived[area.value(QStringLiteral("name")).toString()] += n;
    }
    CHECK(reportedGone == expectedGone);
    CHECK(reportedArrived == expectedArrived);

    // The text report has the section, in Japanese.
    const auto text = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import"), store,
                                            writeKaigoJigyoshoList(dir.path(), a + b + c), QStringLiteral("--complete-source")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.standardOutput.contains(QStringLiteral("区域ごとの変更")));
}
