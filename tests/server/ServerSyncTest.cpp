// Offline copies that sync (core/server/ServerSync.h): edits made in a copy against edits made on
// the server meanwhile (merged, or one conflict kept in the copy), vacancy figures (newest
// wins, history kept), deletions both ways, a connection dropped mid-push (a retry applies
// nothing twice) and a kill -9 of `careatlas-cli sync` (the copy intact, a rerun completes).
// Runs against a real PostgreSQL + PostGIS (ServerTestSupport.h).
#include "ServerFixture.h"

#include "TestData.h"

#include "core/ResourceChange.h"
#include "core/server/PgConnection.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerStore.h"
#include "core/server/ServerSync.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

#include <sqlite3.h>

#include <csignal>

using namespace careatlas;
using namespace careatlas::test;

namespace {


// An offline copy made by `login`, opened as a store.
std::unique_ptr<Store> makeCopy(TwoCentres &data, const QString &login, const QString &name = QStringLiteral("copy.gpkg"))
{
    auto server = openAs(data, login);
    const QString path = data.folder.filePath(name);
    REQUIRE(writeReplica(*server, data.database.connectionString(login), path));
    auto copy = Store::open(path);
    REQUIRE(copy);
    return std::move(*copy);
}

// The copy's row of a resource, found by name (the copy's ids are its own).
Resource copyRow(Store &copy, const QString &name)
{
    auto rows = copy.resourcesWhere("name = ?", {name});
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    return rows->constFirst();
}

// Plain SQL on the server, as the superuser: what the server holds, read without CareAtlas.
QString serverText(TwoCentres &data, const QByteArray &sql, const PgParams &params = {})
{
    auto rows = data.database.admin().exec(sql, params);
    REQUIRE(rows);
    REQUIRE(rows->rows() == 1);
    return rows->text(0, 0);
}

qint64 serverCount(TwoCentres &data, const QByteArray &sql, const PgParams &params = {})
{
    return serverText(data, sql, params).toLongLong();
}

// SQLite's own answers about a file (not through Store).
QString sqliteText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QString text;
    if (sqlite3_step(statement) == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return text;
}

} // namespace

TEST_CASE("Sync: offline edits and server edits of other fields merge; new and deleted rows go both ways", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto copy = makeCopy(data, data.alice);
    CHECK(isOfflineCopy(*copy));

    // Offline: Alice changes the north centre's phone and adds a resource in her area.
    Resource north = copyRow(*copy, QStringLiteral("北の相談所"));
    Resource edited = north;
    edited.phone = QStringLiteral("076-111-1111");
    REQUIRE(copy->saveResourceChanges(north, edited));
    REQUIRE(copy->insertResource(placedResource(QStringLiteral("北の新しい相談所"), 36.66, 136.66)));
    auto pending = syncPending(*copy);
    REQUIRE(pending);
    CHECK(pending->edits == 2);

    // Meanwhile on the server: Bob writes a note on the north centre, Carol changes the south
    // centre's hours and adds a resource in the south.
    auto bob = openAs(data, data.bob);
    auto carol = openAs(data, data.carol);
    auto serverNorth = bob->resource(data.northId);
    REQUIRE(serverNorth);
    Resource renamed = *serverNorth;
    renamed.notes = QStringLiteral("月曜休み");
    REQUIRE(bob->saveResourceChanges(*serverNorth, renamed));
    auto serverSouth = carol->resource(data.southId);
    REQUIRE(serverSouth);
    Resource southEdit = *serverSouth;
    southEdit.hours = QStringLiteral("9:00-17:00");
    REQUIRE(carol->saveResourceChanges(*serverSouth, southEdit));
    auto added = carol->insertResource(placedResource(QStringLiteral("南の新しい相談所"), 36.56, 136.66));
    REQUIRE(added);

    auto report = syncOfflineCopy(*copy);
    REQUIRE(report);
    CHECK(report->pulled == 2);          // the south edit and the south insert (the north row is edited here)
    CHECK(report->pushed == 2);          // the phone and the new resource
    CHECK(report->merged == 1);          // the phone merged with Bob's notes
    CHECK(report->conflicts == 0);
    CHECK(report->openConflicts == 0);

    // The server holds both changes of the north row, and the new north resource, once.
    CHECK(serverText(data, "SELECT phone || '|' || notes FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)})
          == QStringLiteral("076-111-1111|月曜休み"));
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name = '北の新しい相談所'") == 1);
    CHECK(serverText(data, "SELECT updated_by FROM careatlas.resources WHERE name = '北の新しい相談所'") == data.alice);
    // The copy holds the server's rows: the merged north, the south edit, Carol's new one.
    CHECK(copyRow(*copy, QStringLiteral("北の相談所")).notes == QStringLiteral("月曜休み"));
    CHECK(copyRow(*copy, QStringLiteral("北の相談所")).phone == QStringLiteral("076-111-1111"));
    CHECK(copyRow(*copy, QStringLiteral("南の相談所")).hours == QStringLiteral("9:00-17:00"));
    CHECK(copyRow(*copy, QStringLiteral("南の新しい相談所")).latitude == Approx(36.56));
    pending = syncPending(*copy);
    REQUIRE(pending);
    CHECK(pending->edits == 0);

    // A deletion on the server reaches the copy; a deletion in the copy reaches the server.
    REQUIRE(carol->deleteResource(*added));
    const Resource mineNew = copyRow(*copy, QStringLiteral("北の新しい相談所"));
    REQUIRE(copy->deleteResource(mineNew.id));
    auto second = syncOfflineCopy(*copy);
    REQUIRE(second);
    CHECK(second->pulledDeleted == 1);
    CHECK(second->pushedDeleted == 1);
    CHECK(copy->resourcesWhere("name = ?", {QStringLiteral("南の新しい相談所")})->isEmpty());
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name = '北の新しい相談所'") == 0);
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.tombstones WHERE deleted_by = $1", {PgParam::text(data.alice)}) == 1);

    // Nothing changed since: a third sync does nothing.
    auto third = syncOfflineCopy(*copy);
    REQUIRE(third);
    CHECK(third->pulled + third->pulledDeleted + third->pushed + third->pushedDeleted == 0);
    CHECK(third->batches == 0);
}

TEST_CASE("Sync: the same field changed offline and on the server is one conflict kept in the copy until resolved", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto copy = makeCopy(data, data.alice);
    Resource north = copyRow(*copy, QStringLiteral("北の相談所"));
    Resource mine = north;
    mine.phone = QStringLiteral("076-222-2222");
    mine.hours = QStringLiteral("8:30-17:30");
    REQUIRE(copy->saveResourceChanges(north, mine));

    auto bob = openAs(data, data.bob);
    auto serverNorth = bob->resource(data.northId);
    REQUIRE(serverNorth);
    Resource theirs = *serverNorth;
    theirs.phone = QStringLiteral("076-333-3333");
    REQUIRE(bob->saveResourceChanges(*serverNorth, theirs));

    auto report = syncOfflineCopy(*copy);
    REQUIRE(report);
    CHECK(report->conflicts == 1);
    CHECK(report->openConflicts == 1);
    CHECK(report->pushed == 0);
    // Nothing of mine was written (no lost update), and mine is still in the copy.
    CHECK(serverText(data, "SELECT phone || '|' || coalesce(hours, '') FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)})
          == QStringLiteral("076-333-3333|"));
    CHECK(copyRow(*copy, QStringLiteral("北の相談所")).phone == QStringLiteral("076-222-2222"));

    auto conflicts = syncConflicts(*copy);
    REQUIRE(conflicts);
    REQUIRE(conflicts->size() == 1);
    const ResourceConflict &c = conflicts->constFirst().conflict;
    CHECK(c.fields == QList<ResourceField>{ResourceField::Phone});
    CHECK(c.base.phone == QStringLiteral("076-000-0000"));
    CHECK(c.mine.phone == QStringLiteral("076-222-2222"));
    CHECK(c.mine.hours == QStringLiteral("8:30-17:30"));
    CHECK(c.theirs.phone == QStringLiteral("076-333-3333"));
    CHECK(c.theirs.version == 2);
    CHECK_FALSE(c.deleted);

    // Kept over another sync (never dropped), and nothing sent for it meanwhile.
    auto again = syncOfflineCopy(*copy);
    REQUIRE(again);
    CHECK(again->openConflicts == 1);
    CHECK(again->pushed == 0);

    // Resolved with mine for the phone (what EditConflictDialog::resolved() gives: their row with
    // my other changes and the choice): sent at the next sync, on their version.
    Resource resolved = c.theirs;
    resolved.phone = c.mine.phone;
    resolved.hours = c.mine.hours;
    REQUIRE(resolveSyncConflict(*copy, conflicts->constFirst().resourceId, resolved));
    auto after = syncOfflineCopy(*copy);
    REQUIRE(after);
    CHECK(after->openConflicts == 0);
    CHECK(after->pushed == 1);
    CHECK(serverText(data, "SELECT phone || '|' || hours || '|' || version FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)})
          == QStringLiteral("076-222-2222|8:30-17:30|3"));
}

TEST_CASE("Sync: a resource deleted on the server while edited offline is a conflict; keeping mine adds it again", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto copy = makeCopy(data, data.alice);
    Resource north = copyRow(*copy, QStringLiteral("北の相談所"));
    Resource mine = north;
    mine.notes = QStringLiteral("まだ営業中");
    REQUIRE(copy->saveResourceChanges(north, mine));
    REQUIRE(openAs(data, data.bob)->deleteResource(data.northId));

    auto report = syncOfflineCopy(*copy);
    REQUIRE(report);
    CHECK(report->conflicts == 1);
    auto conflicts = syncConflicts(*copy);
    REQUIRE(conflicts);
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->constFirst().conflict.deleted);
    CHECK(copyRow(*copy, QStringLiteral("北の相談所")).notes == QStringLiteral("まだ営業中"));

    REQUIRE(resolveSyncConflict(*copy, conflicts->constFirst().resourceId, conflicts->constFirst().conflict.mine, true));
    auto after = syncOfflineCopy(*copy);
    REQUIRE(after);
    CHECK(after->pushed == 1);
    CHECK(after->openConflicts == 0);
    CHECK(serverText(data, "SELECT notes FROM careatlas.resources WHERE name = '北の相談所'") == QStringLiteral("まだ営業中"));
}

TEST_CASE("Sync: vacancy figures changed on both sides: the newer date wins without a conflict, the other is kept in the history", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto copy = makeCopy(data, data.alice);
    auto bob = openAs(data, data.bob);

    // Mine is newer: mine wins.
    Resource north = copyRow(*copy, QStringLiteral("北の相談所"));
    Resource mine = north;
    mine.vacancies = 3;
    mine.vacanciesDate = QDate(2026, 12, 1);
    REQUIRE(copy->saveResourceChanges(north, mine));
    auto serverNorth = bob->resource(data.northId);
    REQUIRE(serverNorth);
    Resource theirs = *serverNorth;
    theirs.vacancies = 5;
    theirs.vacanciesDate = QDate(2026, 11, 20);
    REQUIRE(bob->saveResourceChanges(*serverNorth, theirs));
    auto report = syncOfflineCopy(*copy);
    REQUIRE(report);
    CHECK(report->conflicts == 0);
    CHECK(report->vacancyKeptTheirs == 0);
    CHECK(serverText(data, "SELECT vacancies || '|' || vacancies_date FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)})
          == QStringLiteral("3|2026-12-01"));

    // Theirs is newer: theirs stays, mine goes to the history.
    north = copyRow(*copy, QStringLiteral("北の相談所"));
    mine = north;
    mine.vacancies = 1;
    mine.vacanciesDate = QDate(2026, 12, 2);
    REQUIRE(copy->saveResourceChanges(north, mine));
    serverNorth = bob->resource(data.northId);
    REQUIRE(serverNorth);
    theirs = *serverNorth;
    theirs.vacancies = 0;
    theirs.vacanciesDate = QDate(2026, 12, 5);
    REQUIRE(bob->saveResourceChanges(*serverNorth, theirs));
    report = syncOfflineCopy(*copy);
    REQUIRE(report);
    CHECK(report->conflicts == 0);
    CHECK(report->vacancyKeptTheirs == 1);
    CHECK(serverText(data, "SELECT vacancies || '|' || vacancies_date FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)})
          == QStringLiteral("0|2026-12-05"));
    CHECK(copyRow(*copy, QStringLiteral("北の相談所")).vacancies == 0);
    // Every figure is in the history: 5, 3, 0 held by the server, 1 sent and not kept.
    CHECK(serverText(data, "SELECT string_agg(vacancies || ':' || kept, ',' ORDER BY id) FROM careatlas.vacancy_history")
          == QStringLiteral("5:true,3:true,0:true,1:false"));
}

TEST_CASE("Sync: a connection dropped mid-push is retried with the same batch and applies nothing twice", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto copy = makeCopy(data, data.alice);
    REQUIRE(copy->insertResource(placedResource(QStringLiteral("一度だけの相談所"), 36.67, 136.67)));
    Resource north = copyRow(*copy, QStringLiteral("北の相談所"));
    Resource edited = north;
    edited.capacity = 20;
    REQUIRE(copy->saveResourceChanges(north, edited));

    SECTION("the server's backend is terminated before the batch commits: nothing applied, the rerun applies it once")
    {
        SyncOptions options;
        options.beforeCommit = [&data](PgConnection &connection) {
            auto pid = connection.exec("SELECT pg_backend_pid()");
            REQUIRE(pid);
            auto killed = data.database.admin().exec("SELECT pg_terminate_backend($1::int, 5000)", {PgParam::number(pid->number(0, 0))});
            REQUIRE(killed);
        };
        auto dropped = syncOfflineCopy(*copy, {}, options);
        REQUIRE_FALSE(dropped);
        CHECK((dropped.error().code == ErrorCode::NetworkFailed || dropped.error().code == ErrorCode::ServerFailed));
        CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name = '一度だけの相談所'") == 0);
        CHECK(serverCount(data, "SELECT count(*) FROM careatlas.sync_batches") == 0);
    }
    SECTION("the answer is lost after the batch committed: the rerun finds the batch and applies nothing again")
    {
        SyncOptions options;
        options.afterCommit = [] { return false; };
        auto dropped = syncOfflineCopy(*copy, {}, options);
        REQUIRE_FALSE(dropped);
        CHECK(dropped.error().code == ErrorCode::NetworkFailed);
        CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name = '一度だけの相談所'") == 1);
        CHECK(serverCount(data, "SELECT count(*) FROM careatlas.sync_batches") == 1);
        // The copy still has its edits and the batch it sent.
        auto pending = syncPending(*copy);
        REQUIRE(pending);
        CHECK(pending->edits == 2);
        CHECK(copy->metaValue(QStringLiteral("sync_pending_batch")).value().size() == 36);
    }
    auto rerun = syncOfflineCopy(*copy);
    REQUIRE(rerun);
    CHECK(rerun->conflicts == 0);
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name = '一度だけの相談所'") == 1);
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.sync_batches") == 1);
    CHECK(serverCount(data, "SELECT capacity FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)}) == 20);
    // One update of the north row in all: version 2, whichever way the first try ended.
    CHECK(serverCount(data, "SELECT version FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)}) == 2);
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.audit WHERE action = 'insert' AND changed_by = $1", {PgParam::text(data.alice)}) == 1);
    auto pending = syncPending(*copy);
    REQUIRE(pending);
    CHECK(pending->edits == 0);
    CHECK(copy->metaValue(QStringLiteral("sync_pending_batch")).value().isEmpty());
    auto linked = copy->resourcesWhere("name = ? AND fid IN (SELECT fid FROM ca_sync_rows)", {QStringLiteral("一度だけの相談所")});
    REQUIRE(linked);
    CHECK(linked->size() == 1);
}

TEST_CASE("Sync: careatlas-cli sync killed with SIGKILL leaves the copy intact, and a rerun completes without doubles", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    const QString path = data.folder.filePath(QStringLiteral("killed.gpkg"));
    {
        auto copy = makeCopy(data, data.alice, QStringLiteral("killed.gpkg"));
        QList<Resource> many;
        for (int i = 0; i < 1000; ++i)
            many.append(placedResource(QStringLiteral("相談所%1").arg(i, 4, 10, QLatin1Char('0')), 36.601 + i * 0.00009, 136.65));
        REQUIRE(copy->insertResources(many));
    }
    const QString cli = binaryDir() + QStringLiteral("/app/careatlas-cli");
    // Kill at several moments; each time the copy must pass SQLite's integrity check.
    for (int delayMs : {40, 120, 250}) {
        QProcess process;
        process.start(cli, {QStringLiteral("sync"), path});
        REQUIRE(process.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        CHECK(sqliteText(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
    }
    QProcess rerun;
    rerun.start(cli, {QStringLiteral("sync"), path, QStringLiteral("--json")});
    REQUIRE(rerun.waitForFinished(120000));
    INFO(QString::fromUtf8(rerun.readAllStandardError()).toStdString());
    CHECK(rerun.exitCode() == 0);
    CHECK(sqliteText(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(sqliteText(path, "SELECT count(*) FROM ca_sync_log") == QStringLiteral("0"));
    CHECK(sqliteText(path, "SELECT count(*) FROM ca_sync_rows") == QStringLiteral("1002"));
    CHECK(serverCount(data, "SELECT count(*) FROM careatlas.resources WHERE name LIKE '相談所%'") == 1000);
    CHECK(serverCount(data, "SELECT count(DISTINCT name) FROM careatlas.resources WHERE name LIKE '相談所%'") == 1000);
}

TEST_CASE("Sync: a store that is not an offline copy is refused", "[server][sync]")
{
    QTemporaryDir folder;
    auto store = Store::create(folder.filePath(QStringLiteral("plain.gpkg")));
    REQUIRE(store);
    CHECK_FALSE(isOfflineCopy(**store));
    auto report = syncOfflineCopy(**store);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::NotOfflineCopy);
}
