// Two windows on one server store, signed in as two centres (docs/team.md, "Opening a server
// store"): an edit in one reaches the other after the server's notification; an edit of the
// other centre's resource is refused, said so and undone; a clash opens the conflict dialog;
// File ▸ Work Offline writes a copy that syncs. Label "server": run in a throw-away cluster.

#include "app/canvas/MapCanvas.h"
#include "app/i18n/ErrorText.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceEditor.h"
#include "app/window/MainWindow.h"
#include "app/window/ServerController.h"
#include "core/query/ResourceSnapshot.h"
#include "core/server/ServerSync.h"
#include "core/server/WorkingCopy.h"
#include "core/store/Store.h"

#include "ServerFixture.h"
#include "ServerTestSupport.h"
#include "WindowFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::test;

namespace {

// The resource as the window's snapshot holds it (a default Resource when it has none).
Resource shown(MainWindow &window, qint64 id)
{
    const auto snapshot = window.filterController()->snapshot();
    if (!snapshot || !snapshot->indexOfId.contains(id))
        return {};
    return snapshot->resources.at(snapshot->indexOfId.value(id));
}

bool ready(MainWindow &window)
{
    return window.canvas()->hasScene() && window.filterController()->snapshot() && !window.serverController()->connectionString().isEmpty();
}

} // namespace

TEST_CASE("Two windows signed in as two centres see each other's edits, refusals are undone, a clash opens the conflict dialog", "[server]")
{
    if (!serverAvailable())
        return;
    QStandardPaths::setTestModeEnabled(true);
    TwoCentres data;
    QStringList messages;   // each message box: its name and informative text
    DialogAcceptor acceptor([&](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            messages << box->objectName() + QLatin1Char('|') + box->informativeText();
    });

    MainWindow north;   // alice: the north centre
    MainWindow south;   // carol: the south centre
    north.show();
    south.show();
    const QString asAlice = data.database.connectionString(data.alice);
    const QString asCarol = data.database.connectionString(data.carol);
    north.openStore(asAlice);
    south.openStore(asCarol);
    REQUIRE(waitFor([&] { return ready(north) && ready(south); }, 60000));
    CHECK(north.serverController()->isOnline());
    CHECK(north.serverController()->statusLabel()->text().contains(data.alice));
    CHECK(south.serverController()->statusLabel()->text().contains(data.carol));
    CHECK(north.windowTitle().contains(data.database.name()));
    CHECK(shown(south, data.northId).name == QStringLiteral("北の相談所"));

    SECTION("an edit in one window reaches the other after the notification")
    {
        Resource before = shown(north, data.northId);
        Resource after = before;
        after.name = QStringLiteral("北の相談所(新)");
        north.editor()->editResource(before, after);
        REQUIRE(waitFor([&] { return shown(south, data.northId).name == after.name; }, 30000));
        CHECK(openAs(data, data.dave)->resource(data.northId)->name == after.name);
        // And back: south's own edit reaches north.
        Resource southBefore = shown(south, data.southId);
        Resource southAfter = southBefore;
        southAfter.phone = QStringLiteral("076-111-2222");
        south.editor()->editResource(southBefore, southAfter);
        REQUIRE(waitFor([&] { return shown(north, data.southId).phone == southAfter.phone; }, 30000));
    }

    SECTION("an edit of the other centre's resource is refused, said so, and undone")
    {
        Resource before = shown(south, data.northId);
        Resource after = before;
        after.name = QStringLiteral("南が書き換えた名前");
        south.editor()->editResource(before, after);
        REQUIRE(waitFor([&] { return messages.size() == 1; }, 30000));
        CHECK(messages.constFirst() == QStringLiteral("serverRefusedBox|") + errorMessage(Error(ErrorCode::OtherCentreArea)));
        REQUIRE(waitFor([&] { return shown(south, data.northId).name == QStringLiteral("北の相談所"); }, 30000));
        CHECK(openAs(data, data.dave)->resource(data.northId)->name == QStringLiteral("北の相談所"));
        auto copy = Store::open(south.editor()->storePath());
        REQUIRE(copy);
        CHECK((*copy)->resource(data.northId)->name == QStringLiteral("北の相談所"));
        CHECK(syncPending(**copy)->edits == 0);

        // A sign-in that may only read is told so, not about areas; its edit is undone too.
        MainWindow reader;
        reader.show();
        reader.openStore(data.database.connectionString(data.dave));
        REQUIRE(waitFor([&] { return ready(reader); }, 60000));
        Resource readerBefore = shown(reader, data.southId);
        Resource readerAfter = readerBefore;
        readerAfter.phone = QStringLiteral("076-000-9999");
        reader.editor()->editResource(readerBefore, readerAfter);
        REQUIRE(waitFor([&] { return messages.size() == 2; }, 30000));
        INFO(messages.join(QLatin1Char('\n')).toStdString());
        CHECK(messages.at(1) == QStringLiteral("serverRefusedBox|") + errorMessage(Error(ErrorCode::ServerRefused)));
        REQUIRE(waitFor([&] { return shown(reader, data.southId).phone == readerBefore.phone; }, 30000));
        CHECK(openAs(data, data.dave)->resource(data.southId)->phone == readerBefore.phone);
    }

    SECTION("the same field changed on the server meanwhile opens the conflict dialog")
    {
        const Resource before = shown(north, data.northId);
        {
            // Bob (north too) changes the phone on the server; the window has not heard yet.
            auto bob = openAs(data, data.bob);
            auto theirs = bob->resource(data.northId);
            REQUIRE(theirs);
            Resource changed = *theirs;
            changed.phone = QStringLiteral("076-999-0000");
            REQUIRE(bob->saveResourceChanges(*theirs, changed));
        }
        Resource mine = before;
        mine.phone = QStringLiteral("076-555-1234");
        north.editor()->editResource(before, mine);
        REQUIRE(waitFor([&] { return acceptor.seen.contains(QStringLiteral("careatlas::EditConflictDialog")); }, 30000));
        // Whatever was chosen is on the server and in the window; nothing waits in the copy.
        REQUIRE(waitFor([&] {
            auto copy = Store::open(north.editor()->storePath(), Store::OpenMode::ReadOnly);
            auto pending = copy ? syncPending(**copy) : Result<SyncPending>(Error(ErrorCode::Internal));
            return pending && pending->edits == 0 && pending->conflicts == 0 && !north.serverController()->isSyncing();
        }, 30000));
        const QString onServer = openAs(data, data.dave)->resource(data.northId)->phone;
        CHECK((onServer == mine.phone || onServer == QStringLiteral("076-999-0000")));
        REQUIRE(waitFor([&] { return shown(north, data.northId).phone == onServer; }, 30000));
    }

    SECTION("File ▸ Work Offline writes a copy that sync accepts")
    {
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("offline.gpkg"));
        REQUIRE(north.serverController()->workOfflineAction()->isEnabled());
        north.serverController()->workOffline(target);
        REQUIRE(waitFor([&] { return messages.contains(QStringLiteral("workOfflineResult|") + QCoreApplication::translate("careatlas::ServerController", "Open it to work where the server cannot be reached; File ▸ Sync with Server sends your edits back.")); }, 30000));
        auto copy = Store::open(target);
        REQUIRE(copy);
        CHECK(isOfflineCopy(**copy));
        CHECK(*(*copy)->resourceCount() == 2);
        auto row = (*copy)->resource(data.northId);
        REQUIRE(row);
        Resource edited = *row;
        edited.notes = QStringLiteral("オフラインで記入");
        REQUIRE((*copy)->saveResourceChanges(*row, edited));
        auto report = syncOfflineCopy(**copy);
        REQUIRE(report);
        CHECK(report->pushed == 1);
        CHECK(openAs(data, data.dave)->resource(data.northId)->notes == edited.notes);
        // The window hears of it too.
        REQUIRE(waitFor([&] { return shown(south, data.northId).notes == edited.notes; }, 30000));
    }

    // The working copies of this test's database go with it.
    const QDir copies(workingCopyFolder());
    for (const QString &name : copies.entryList({data.database.name() + QStringLiteral("-*")}))
        QFile::remove(copies.filePath(name));
}
