// The window on a store it cannot write (the read-only banner) and on a store another program
// is writing (the busy message that keeps the change).

#include "WindowFixtures.h"

#include "app/jobs/JobRunner.h"
#include "app/models/ResourceEditor.h"
#include "app/models/Workspace.h"
#include "app/panels/DetailsPanel.h"
#include "core/store/Store.h"

#include <QAction>
#include <QFrame>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QUndoStack>

#include <sqlite3.h>
#include <unistd.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

QAction *actionWithShortcut(QWidget &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == key)
            return action;
    return nullptr;
}

} // namespace

// Run by the test below as an unprivileged user (root may write anywhere), in its own process:
// CAREATLAS_TEST_RO_STORE is a store in a folder that user cannot write, CAREATLAS_TEST_COPY
// where its copy goes.
TEST_CASE("(child) the window on a store it cannot write", "[.][readonly-child]")
{
    const QString store = qEnvironmentVariable("CAREATLAS_TEST_RO_STORE");
    const QString copy = qEnvironmentVariable("CAREATLAS_TEST_COPY");
    REQUIRE_FALSE(store.isEmpty());
    REQUIRE_FALSE(Store::canWrite(store));
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    window.openStore(store);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene() && window.filterController()->snapshot(); }));
    CHECK(window.isReadOnly());
    auto *banner = window.findChild<QFrame *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    QAction *edit = actionWithShortcut(window, QKeySequence(Qt::Key_F2));
    REQUIRE(edit);
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))->isEnabled());
    // The details panel's Edit…, Place and Delete stay off with a resource shown.
    const qint64 id = window.workspace()->snapshot()->resources.front().id;
    window.workspace()->setSelection({id});
    REQUIRE(window.details()->resourceId() == id);
    for (QPushButton *button : window.details()->findChildren<QPushButton *>())
        CHECK_FALSE(button->isEnabled());
    {
        // A change asked for anyway (the action's slot) opens no dialog and writes nothing.
        DialogAcceptor acceptor;
        edit->setEnabled(true);
        edit->trigger();
        QCoreApplication::processEvents();
        CHECK(acceptor.seen.isEmpty());
        CHECK_FALSE(window.editor()->isBusy());
    }

    // Save a Copy to Edit…: the copy opens, writable, with the same resources.
    const qsizetype count = window.workspace()->snapshot()->resources.size();
    window.saveCopyToEdit(copy);
    REQUIRE(waitFor([&] { return window.storePath() == copy && !window.isReadOnly() && !window.jobs()->isRunning(); }));
    CHECK_FALSE(banner->isVisible());
    CHECK(window.workspace()->snapshot()->resources.size() == count);
    CHECK(actionWithShortcut(window, QKeySequence(Qt::Key_F2))->isEnabled());
    auto opened = Store::open(copy);
    REQUIRE(opened.ok());
    CHECK(*(*opened)->resourceCount() == count);
}

TEST_CASE("A store that cannot be written opens read-only: banner, editing off, a copy opens for editing", "[app][window][readonly]")
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/setpriv"))) {
        WARN("setpriv is missing: read-only folders not tested");
        return;
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/careatlas-ro-XXXXXX"));
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                          | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                          | QFileDevice::ExeOther;
    QFile::setPermissions(dir.path(), everyone);   // home, copies and temporary files of the unprivileged user
    const QString folder = dir.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(folder));
    const QString store = folder + QStringLiteral("/demo.gpkg");
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString copy = dir.filePath(QStringLiteral("copy.gpkg"));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("TMPDIR"), dir.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    environment.insert(QStringLiteral("CAREATLAS_TEST_RO_STORE"), store);
    environment.insert(QStringLiteral("CAREATLAS_TEST_COPY"), copy);
    child.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                          QCoreApplication::applicationFilePath(), QStringLiteral("[readonly-child]")};
    if (::getuid() != 0)
        arguments = arguments.mid(3);   // not root: the folder is read-only to this user already
    child.start(::getuid() != 0 ? arguments.takeFirst() : QStringLiteral("/usr/bin/setpriv"), arguments);
    REQUIRE(child.waitForFinished(180000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("All tests passed")));
    CHECK_FALSE(QFileInfo::exists(store + QStringLiteral("-wal")));   // nothing was written beside the read-only store
}

TEST_CASE("An edit in the window while another program writes keeps the change until the user tries again", "[app][window][busy]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(store.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    const Resource original = window.workspace()->snapshot()->resources.front();
    Resource renamed = original;
    renamed.name = original.name + QStringLiteral("（分室）");
    window.editor()->editResource(original, renamed);
    // The window stays responsive while the write waits, then asks; the change is not lost.
    QMessageBox *box = nullptr;
    REQUIRE(waitFor([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("storeBusyMessage"))) && box->isVisible(); },
                    3 * Store::BusyTimeoutMs));
    CHECK(box->text().contains(renamed.name));
    CHECK(window.editor()->hasHeldChange());
    REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    auto *retry = box->findChild<QPushButton *>(QStringLiteral("retryButton"));
    REQUIRE(retry);
    retry->click();
    REQUIRE(waitFor([&] { return !window.editor()->isBusy(); }));
    CHECK(window.workspace()->resource(original.id)->name == renamed.name);
    auto opened = Store::open(store, Store::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    auto resource = (*opened)->resource(original.id);
    REQUIRE(resource.ok());
    CHECK(resource->name == renamed.name);
}
