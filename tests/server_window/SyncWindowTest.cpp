// File ▸ Sync with Server… and File ▸ Resolve Sync Conflicts… driven through the window on an
// offline copy, against a local cluster (docs/team.md, "Offline copies and sync"): the sync runs
// as a job with progress and shows its summary (English and Japanese); a clash opens the
// conflict dialog, the choice is sent at the next sync and the conflict is gone; a server that
// cannot be reached gives a message naming it (password masked) and the copy loses nothing.
// Label "server": run in a throw-away cluster (pg_virtualenv).

#include "app/dialogs/EditConflictDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/window/MainWindow.h"
#include "app/window/SyncController.h"
#include "core/server/PgConnection.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerSync.h"
#include "core/store/Store.h"

#include "ServerFixture.h"
#include "ServerTestSupport.h"
#include "WindowFixtures.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMessageBox>
#include <QRadioButton>

using namespace careatlas;
using namespace careatlas::test;

namespace {

// Makes Alice's offline copy; her phone edit of the north resource, Bob's on the server: a clash.
QString clashingCopy(TwoCentres &data)
{
    const QString path = data.folder.filePath(QStringLiteral("offline.gpkg"));
    {
        auto server = openAs(data, data.alice);
        REQUIRE(writeReplica(*server, data.database.connectionString(data.alice), path));
        auto copy = Store::open(path);
        REQUIRE(copy);
        auto rows = (*copy)->resourcesWhere("name = ?", {QStringLiteral("北の相談所")});
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        Resource mine = rows->constFirst();
        mine.phone = QStringLiteral("076-100-0001");
        REQUIRE((*copy)->saveResourceChanges(rows->constFirst(), mine));
    }
    auto bob = openAs(data, data.bob);
    auto theirs = bob->resource(data.northId);
    REQUIRE(theirs);
    Resource changed = *theirs;
    changed.phone = QStringLiteral("076-200-0002");
    REQUIRE(bob->saveResourceChanges(*theirs, changed));
    return path;
}

QString serverPhone(TwoCentres &data)
{
    auto rows = data.database.admin().exec("SELECT phone FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)});
    REQUIRE(rows);
    return rows->text(0, 0);
}

qint64 pendingEdits(const QString &path)
{
    auto copy = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(copy);
    auto pending = syncPending(**copy);
    REQUIRE(pending);
    return pending->edits;
}

} // namespace

TEST_CASE("File ▸ Sync with Server: a job with progress, its summary, the conflict dialog, and a second sync clears the conflict", "[server]")
{
    if (!serverAvailable())
        return;
    QStandardPaths::setTestModeEnabled(true);
    TwoCentres data;
    const QString path = clashingCopy(data);

    QStringList boxes;        // each message box: name | text | informative text
    int conflictDialogs = 0;
    DialogAcceptor acceptor([&](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            boxes << box->objectName() + QLatin1Char('|') + box->text() + QLatin1Char('|') + box->informativeText();
        if (auto *conflict = qobject_cast<EditConflictDialog *>(dialog)) {
            ++conflictDialogs;
            if (auto *mine = conflict->findChild<QRadioButton *>(QStringLiteral("mine_phone")))
                mine->setChecked(true);   // keep my phone
        }
    });

    MainWindow window;
    window.show();
    window.openStore(path);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene() && window.filterController()->snapshot(); }, 60000));
    SyncController *sync = window.syncController();
    CHECK(sync->syncAction()->isEnabled());
    CHECK_FALSE(sync->resolveAction()->isEnabled());   // no conflict kept yet

    // The first sync: a job (started, finished) with progress; the summary; the conflict dialog.
    int started = 0;
    int finished = 0;
    QObject::connect(window.jobs(), &JobRunner::started, [&started] { ++started; });
    QObject::connect(window.jobs(), &JobRunner::finished, [&finished] { ++finished; });
    QList<SyncReport> synced;
    QObject::connect(sync, &SyncController::synced, [&](const SyncReport &report) { synced.append(report); });
    sync->syncAction()->trigger();
    REQUIRE(waitFor([&] { return synced.size() == 1 && conflictDialogs == 1; }, 60000));
    CHECK(started == 1);
    REQUIRE(waitFor([&] { return finished == 1; }));
    const SyncReport first = synced.at(0);
    CHECK(first.conflicts == 1);
    REQUIRE(boxes.size() >= 1);
    const QString server = PgConnection::displayName(data.database.connectionString(data.alice));
    CHECK(boxes.constFirst().startsWith(QStringLiteral("syncSummary|Synced with %1.").arg(server)));
    CHECK(boxes.constFirst().contains(QStringLiteral("wait for your choice")));
    // The choice is stored in the copy, not yet on the server.
    CHECK(serverPhone(data) == QStringLiteral("076-200-0002"));
    REQUIRE(waitFor([&] { return window.filterController()->snapshot() != nullptr; }));
    CHECK_FALSE(sync->resolveAction()->isEnabled());

    // The second sync, in Japanese: the choice goes to the server; nothing waits any more.
    window.switchLanguage(QStringLiteral("ja"));
    CHECK(waitFor([&] { return sync->syncAction()->text().contains(QStringLiteral("同期")); }, 5000));
    boxes.clear();
    sync->syncAction()->trigger();
    REQUIRE(waitFor([&] { return synced.size() == 2 && !boxes.isEmpty(); }, 60000));
    const SyncReport second = synced.at(1);
    CHECK(second.pushed == 1);
    CHECK(second.openConflicts == 0);
    CHECK(boxes.constFirst().startsWith(QStringLiteral("syncSummary|")));
    CHECK(boxes.constFirst().contains(server));
    CHECK(boxes.constFirst().contains(QStringLiteral("%1 と同期しました。").arg(server)));
    CHECK_FALSE(boxes.constFirst().contains(QStringLiteral("Synced with")));
    CHECK(conflictDialogs == 1);   // not asked again
    CHECK(serverPhone(data) == QStringLiteral("076-100-0001"));
    CHECK(pendingEdits(path) == 0);
    window.switchLanguage(QStringLiteral("en"));
}

TEST_CASE("File ▸ Sync with Server: a server that cannot be reached is named (password masked) and the copy loses nothing", "[server]")
{
    if (!serverAvailable())
        return;
    QStandardPaths::setTestModeEnabled(true);
    TwoCentres data;
    const QString path = clashingCopy(data);
    const QString unreachable = QStringLiteral("postgresql://alice@127.0.0.1:1/nowhere");
    const QString withPassword = QStringLiteral("postgresql://alice:s3cret@127.0.0.1:1/nowhere");

    QStringList boxes;
    DialogAcceptor acceptor([&](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            boxes << box->text() + QLatin1Char('|') + box->informativeText();
    });
    MainWindow window;
    window.show();
    window.openStore(path);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene() && window.filterController()->snapshot(); }, 60000));

    for (const QString &address : {unreachable, withPassword}) {
        INFO(address.toStdString());
        {
            auto copy = Store::open(path);
            REQUIRE(copy);
            REQUIRE((*copy)->setMetaValue(QStringLiteral("replica_of"), address));
        }
        boxes.clear();
        int failed = 0;
        const auto connection = QObject::connect(window.syncController(), &SyncController::failed, [&failed] { ++failed; });
        window.syncController()->syncAction()->trigger();
        REQUIRE(waitFor([&] { return failed == 1 && !boxes.isEmpty(); }, 60000));
        const QString shown = boxes.constFirst();
        CHECK(shown.contains(QStringLiteral("could not be synced")));
        CHECK(shown.contains(QStringLiteral("127.0.0.1:1/nowhere")));
        CHECK_FALSE(shown.contains(QStringLiteral("s3cret")));
        // Nothing lost: the edit still waits in the copy, the server unchanged.
        CHECK(pendingEdits(path) == 1);
        CHECK(serverPhone(data) == QStringLiteral("076-200-0002"));
        REQUIRE(waitFor([&] { return window.filterController()->snapshot() != nullptr; }));
        QObject::disconnect(connection);
    }
    CHECK(boxes.constFirst().contains(QStringLiteral("***")));
}
