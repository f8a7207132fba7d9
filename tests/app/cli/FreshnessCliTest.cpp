// "Not confirmed for N months": the filter part, through the CLI and through the window's panel.
#include "CliRunner.h"
#include "TestData.h"
#include "WindowTestSupport.h"
#include "app/models/FilterController.h"
#include "app/panels/FilterPanel.h"
#include "core/query/ResourceFilter.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

// A store with three imported offices; the release record of one says it was last confirmed
// two years ago, of another seven months ago.
QString storeWithAges(const QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("f.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("f.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,緯度,経度\r\n"
                              "172014,1,金沢市,訪問介護あさひ,ホウモンカイゴアサヒ,1710000001,訪問介護,石川県金沢市広坂1-1,36.56,136.65\r\n"
                              "172014,2,金沢市,訪問介護みどり,ホウモンカイゴミドリ,1710000002,訪問介護,石川県金沢市広坂1-2,36.561,136.651\r\n"
                              "172014,3,金沢市,訪問介護さくら,ホウモンカイゴサクラ,1710000003,訪問介護,石川県金沢市広坂1-3,36.562,136.652\r\n")
                   .toUtf8());
    file.close();
    const auto imported = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv});
    INFO(imported.standardError.toStdString());
    REQUIRE(imported.exitCode == 0);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(store.toUtf8().constData(), &db) == SQLITE_OK);
    const QByteArray sql = QStringLiteral("UPDATE ca_resource_release SET last_confirmed = '%1' WHERE resource_id = "
                                          "(SELECT fid FROM resources WHERE name = '訪問介護あさひ');"
                                          "UPDATE ca_resource_release SET last_confirmed = '%2' WHERE resource_id = "
                                          "(SELECT fid FROM resources WHERE name = '訪問介護みどり');")
                               .arg(QDate::currentDate().addYears(-2).toString(Qt::ISODate), QDate::currentDate().addMonths(-7).toString(Qt::ISODate))
                               .toUtf8();
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    REQUIRE(code == SQLITE_OK);
    REQUIRE(sqlite3_changes(db) == 1);
    sqlite3_close(db);
    return store;
}

QStringList namesOf(const QString &json)
{
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("resources")).toArray())
        names << v.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("query --not-confirmed-months lists what no release has confirmed for that long", "[app][cli][freshness]")
{
    QTemporaryDir dir;
    const QString store = storeWithAges(dir);
    const auto query = [&](const QString &months) {
        const auto result = runBuiltProgram(Cli, {QStringLiteral("query"), store, QStringLiteral("--not-confirmed-months"), months,
                                                  QStringLiteral("--format"), QStringLiteral("json")});
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        return namesOf(result.standardOutput);
    };
    CHECK(query(QStringLiteral("12")) == QStringList{QStringLiteral("訪問介護あさひ")});
    CHECK(query(QStringLiteral("6")) == QStringList{QStringLiteral("訪問介護あさひ"), QStringLiteral("訪問介護みどり")});
    CHECK(query(QStringLiteral("36")).isEmpty());
    const auto refused = runBuiltProgram(Cli, {QStringLiteral("query"), store, QStringLiteral("--not-confirmed-months"), QStringLiteral("0")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.standardError.contains(QStringLiteral("--not-confirmed-months")));
}

TEST_CASE("The filter part survives presets and reads in words", "[core][filter][freshness]")
{
    ResourceFilter filter;
    filter.notConfirmedMonths = 12;
    CHECK_FALSE(filter.isEmpty());
    const auto back = ResourceFilter::fromJson(filter.toJson());
    REQUIRE(back.ok());
    CHECK(back->notConfirmedMonths == 12);
    CHECK(filter.describe({}, {}, QStringLiteral("ja")) == QStringLiteral("12か月以上未確認"));
    CHECK(filter.describe({}, {}, QStringLiteral("en")) == QStringLiteral("not confirmed for 12 months"));
    CHECK(filter.notConfirmedBefore(QDate(2026, 12, 1)) == QDate(2025, 12, 2));
    CHECK_FALSE(ResourceFilter::fromJson(QJsonObject{{QStringLiteral("not_confirmed_months"), 0}}).ok());
}

TEST_CASE("The filter panel's Not confirmed for … months narrows the window's result", "[app][window][freshness]")
{
    QTemporaryDir dir;
    const QString store = storeWithAges(dir);
    FilterController controller;
    auto opened = Store::open(store, Store::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    auto snapshot = ResourceSnapshot::load(**opened);
    REQUIRE(snapshot.ok());
    controller.setSnapshot(store, *snapshot);
    FilterPanel panel(&controller);
    REQUIRE(waitFor([&] { return controller.result().matched == 3; }));
    auto *box = panel.findChild<QCheckBox *>(QStringLiteral("notConfirmed"));
    auto *months = panel.findChild<QSpinBox *>(QStringLiteral("notConfirmedMonths"));
    REQUIRE(box);
    REQUIRE(months);
    CHECK(months->value() == 12);
    box->setChecked(true);
    REQUIRE(waitFor([&] { return controller.result().matched == 1; }));
    CHECK(controller.filter().notConfirmedMonths == 12);
    months->setValue(6);
    REQUIRE(waitFor([&] { return controller.result().matched == 2; }));
    box->setChecked(false);
    REQUIRE(waitFor([&] { return controller.result().matched == 3; }));
    // A filter set elsewhere (a preset) shows in the panel.
    ResourceFilter preset;
    preset.notConfirmedMonths = 24;
    controller.setFilter(preset);
    CHECK(box->isChecked());
    CHECK(months->value() == 24);
}
