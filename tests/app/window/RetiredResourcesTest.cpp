// Resources retired by a newer whole list of their source: hidden, shown on request — through
// careatlas-cli query --retired and through the window's filter panel.
#include "CliRunner.h"
#include "WindowFixtures.h"
#include "app/models/ResourceTableModel.h"
#include "app/panels/ResourceTablePanel.h"
#include "geo/render/MapScene.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

// The demo store, then two releases of one source: the second no longer has 訪問介護きた.
QString storeWithRetired(const QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    const QString a = QStringLiteral("172014,1,石川県,サンプル市,訪問介護いずみ,,訪問介護,サンプル市本町1,,36.5613,136.6562,,,,,,1790200001,,,,,\n");
    const QString b = QStringLiteral("172014,2,石川県,サンプル市,訪問介護きた,,訪問介護,サンプル市北1,,36.6000,136.6800,,,,,,1790200003,,,,,\n");
    for (const QString &rows : QStringList{a + b, a}) {
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, writeKaigoJigyoshoList(dir.path(), rows), QStringLiteral("--complete-source")});
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    return store;
}

// The store's own record of retired resources, read with SQLite directly.
QStringList retiredNamesInStore(const QString &store)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(store.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT r.name FROM resources r JOIN ca_resource_release x ON x.resource_id = r.fid "
                                   "WHERE x.retired_at IS NOT NULL", -1, &s, nullptr) == SQLITE_OK);
    QStringList names;
    while (sqlite3_step(s) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return names;
}

QJsonArray queryRows(const QString &store, QStringList extra)
{
    const auto result = runBuiltProgram(Cli, QStringList{QStringLiteral("query"), store, QStringLiteral("--format"), QStringLiteral("json")} + extra);
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object().value(QStringLiteral("resources")).toArray();
}

QStringList namesOf(const QJsonArray &rows)
{
    QStringList names;
    for (const QJsonValue &v : rows)
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

TEST_CASE("query --retired shows retired resources only when asked, with the day they left", "[app][cli][release][retired]")
{
    QTemporaryDir dir;
    const QString store = storeWithRetired(dir);
    REQUIRE(retiredNamesInStore(store) == QStringList{QStringLiteral("訪問介護きた")});

    const QJsonArray current = queryRows(store, {});
    CHECK_FALSE(namesOf(current).contains(QStringLiteral("訪問介護きた")));
    const QJsonArray all = queryRows(store, {QStringLiteral("--retired"), QStringLiteral("include")});
    CHECK(all.size() == current.size() + 1);
    CHECK(namesOf(all).contains(QStringLiteral("訪問介護きた")));

    // Through SQL (the text index) and through the snapshot (a freshness part) alike.
    for (const QStringList &extra : {QStringList{QStringLiteral("--text"), QStringLiteral("訪問介護")},
                                     QStringList{QStringLiteral("--not-confirmed-months"), QStringLiteral("1200")}, QStringList{}}) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const QJsonArray only = queryRows(store, QStringList{QStringLiteral("--retired"), QStringLiteral("only")} + extra);
        if (extra.contains(QStringLiteral("--not-confirmed-months"))) {
            CHECK(only.isEmpty());   // confirmed by the first import, today
            continue;
        }
        REQUIRE(namesOf(only) == QStringList{QStringLiteral("訪問介護きた")});
        CHECK(only.at(0).toObject().value(QStringLiteral("retired_at")).toString() == QDate::currentDate().toString(Qt::ISODate));
    }
    // Rows of a query that asks carry the column; current ones have it empty.
    for (const QJsonValue &row : all)
        CHECK(row.toObject().contains(QStringLiteral("retired_at")));

    // A map drawn without a filter leaves the retired resource out: one symbol per current placed one.
    const auto rendered = runBuiltProgram(Cli, {QStringLiteral("render"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("map.png")),
                                                QStringLiteral("--no-clusters"), QStringLiteral("--json")});
    INFO(rendered.standardError.toStdString());
    REQUIRE(rendered.exitCode == 0);
    const int placed = int(std::count_if(current.begin(), current.end(), [](const QJsonValue &v) { return v.toObject().contains(QStringLiteral("latitude")); }));
    CHECK(QJsonDocument::fromJson(rendered.standardOutput.toUtf8()).object().value(QStringLiteral("symbols")).toInt() == placed);

    const auto refused = runBuiltProgram(Cli, {QStringLiteral("query"), store, QStringLiteral("--retired"), QStringLiteral("some")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.standardError.contains(QStringLiteral("--retired")));
}

TEST_CASE("The window hides retired resources from map, list and counts until the filter panel shows them", "[app][window][release][retired]")
{
    QTemporaryDir dir;
    const QString store = storeWithRetired(dir);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    window.openStore(store);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene() && window.filterController()->snapshot(); }));
    FilterController *filter = window.filterController();
    const auto snapshot = filter->snapshot();
    REQUIRE(snapshot->retiredAt.size() == 1);
    const qint64 retiredId = snapshot->retiredAt.cbegin().key();
    CHECK(snapshot->resources[snapshot->indexOfId.value(retiredId)].name == QStringLiteral("訪問介護きた"));

    // Hidden: the list has every current resource, the map's mask leaves the retired one out.
    const QAbstractItemModel *table = window.resourceTable()->model();
    CHECK(table->rowCount() == snapshot->currentCount());
    auto mask = window.canvas()->renderSettings().resourceMask;
    REQUIRE(mask);
    const int sceneIndex = window.canvas()->scene()->resourceIndex.value(retiredId, -1);
    REQUIRE(sceneIndex >= 0);
    CHECK_FALSE((*mask)[sceneIndex]);
    CHECK(std::count(mask->begin(), mask->end(), true) == qsizetype(window.canvas()->scene()->resources.size()) - 1);

    // "Only retired" in the filter panel: the list holds it alone, struck through.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("retired"));
    REQUIRE(combo);
    combo->setCurrentIndex(int(RetiredChoice::Only));
    REQUIRE(waitFor([&] { return table->rowCount() == 1; }));
    CHECK(filter->filter().retired == RetiredChoice::Only);
    CHECK(table->data(table->index(0, 0), ResourceTableModel::ResourceIdRole).toLongLong() == retiredId);
    CHECK(table->data(table->index(0, 0), Qt::FontRole).value<QFont>().strikeOut());
    mask = window.canvas()->renderSettings().resourceMask;
    REQUIRE(mask);
    CHECK((*mask)[sceneIndex]);
    CHECK(std::count(mask->begin(), mask->end(), true) == 1);

    combo->setCurrentIndex(int(RetiredChoice::Include));
    REQUIRE(waitFor([&] { return table->rowCount() == int(snapshot->resources.size()); }));
}

TEST_CASE("The retired part survives presets and reads in words", "[core][filter][retired]")
{
    ResourceFilter filter;
    CHECK(filter.isEmpty());
    CHECK_FALSE(filter.toJson().contains(QStringLiteral("retired")));
    filter.retired = RetiredChoice::Only;
    CHECK_FALSE(filter.isEmpty());
    const auto back = ResourceFilter::fromJson(filter.toJson());
    REQUIRE(back.ok());
    CHECK(back->retired == RetiredChoice::Only);
    CHECK(filter.describe({}, {}, QStringLiteral("ja")) == QStringLiteral("廃止した資源のみ"));
    filter.retired = RetiredChoice::Include;
    CHECK(filter.describe({}, {}, QStringLiteral("en")) == QStringLiteral("retired resources included"));
    CHECK(ResourceFilter::fromJson(filter.toJson())->retired == RetiredChoice::Include);
    CHECK_FALSE(ResourceFilter::fromJson(QJsonObject{{QStringLiteral("retired"), QStringLiteral("all")}}).ok());
}
