#include "app/window/ServerController.h"

#include "app/i18n/ErrorText.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "app/window/SyncController.h"
#include "core/server/PgConnection.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerStore.h"
#include "core/server/WorkingCopy.h"
#include "core/store/Store.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent>

namespace careatlas {

// What one background sync did: the report, and the refused edits undone in the copy.
struct ServerController::Outcome {
    Result<SyncReport> report = Error(ErrorCode::Internal);
    QList<qint64> undone;
    bool mayWrite = true;   // whether the sign-in may write at all (else a refusal is ServerRefused)
};

namespace {

std::shared_ptr<ServerController::Outcome> syncCopy(const QString &path, const QString &connectionString);

} // namespace

ServerController::ServerController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, SyncController *sync, QMenu *fileMenu, QAction *before)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs), m_sync(sync)
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openServerAction"));
    m_offlineAction = new QAction(this);
    m_offlineAction->setObjectName(QStringLiteral("workOfflineAction"));
    fileMenu->insertAction(before, m_openAction);
    fileMenu->insertAction(before, m_offlineAction);
    connect(m_openAction, &QAction::triggered, this, &ServerController::askForServer);
    connect(m_offlineAction, &QAction::triggered, this, [this] { workOffline(); });
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("serverStatusLabel"));
    m_label->hide();
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(150);
    connect(m_soon, &QTimer::timeout, this, &ServerController::startSync);
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(30000);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        listen();
        if (m_listener)
            syncSoon();
    });
    connect(workspace, &Workspace::storeChanged, this, &ServerController::storeChanged);
    window->installEventFilter(this);
    retranslate();
    storeChanged();
}

ServerController::~ServerController()
{
    stopListening();
    if (m_running)
        m_running->waitForFinished();
}

bool ServerController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ServerController::retranslate()
{
    m_openAction->setText(tr("Open Ser&ver…"));
    m_openAction->setStatusTip(tr("Open a store on a PostgreSQL server (postgresql://… or service=NAME)"));
    m_offlineAction->setText(tr("&Work Offline…"));
    m_offlineAction->setStatusTip(tr("Save a copy of the server's store to work where the server cannot be reached; sync it later"));
    updateLabel();
}

QString ServerController::serverName() const { return PgConnection::displayName(m_connectionString); }

bool ServerController::isSyncing() const { return m_running != nullptr; }

void ServerController::askForServer()
{
    bool ok = false;
    const QString target = QInputDialog::getText(m_window, tr("Open Server"),
                                                 tr("The server's address (postgresql://host/database) or service=NAME. "
                                                    "The password comes from ~/.pgpass or the service file, never from here."),
                                                 QLineEdit::Normal, m_connectionString, &ok)
                               .trimmed();
    if (!ok || target.isEmpty())
        return;
    if (!PgConnection::isConnectionString(target)) {
        Q_EMIT failed(tr("“%1” is not a server address.").arg(target), Error(ErrorCode::InvalidArgument));
        return;
    }
    open(target);
}

bool ServerController::open(const QString &target)
{
    if (!PgConnection::isConnectionString(target))
        return false;
    const QString shown = PgConnection::displayName(target);
    m_jobs->run<WorkingCopy>(
        tr("Opening %1…").arg(shown), [target](const Feedback &feedback) { return openWorkingCopy(target, {}, feedback); },
        [this, target, shown](Result<WorkingCopy> copy) {
            if (!copy) {
                Q_EMIT failed(tr("Could not open the server %1.").arg(shown), copy.error());
                return;
            }
            stopListening();
            m_connectionString = target;
            m_signIn = copy->signIn;
            m_copyPath = copy->path;
            listen();
            updateLabel();
            if (copy->sync.openConflicts > 0)
                Q_EMIT statusMessage(tr("%n conflict(s) wait for your choice: File ▸ Resolve Sync Conflicts.", nullptr, int(copy->sync.openConflicts)), 0);
            Q_EMIT openCopy(copy->path);
        });
    return true;
}

void ServerController::storeChanged()
{
    const QString path = m_workspace->storePath();
    if (!m_copyPath.isEmpty() && QFileInfo(path) != QFileInfo(m_copyPath)) {
        // Another store was opened: the server session ends.
        stopListening();
        m_reconnect->stop();
        m_connectionString.clear();
        m_copyPath.clear();
        m_signIn.clear();
        m_online = false;
    }
    m_offlineAction->setEnabled(!m_connectionString.isEmpty());
    updateLabel();
}

void ServerController::listen()
{
    stopListening();
    auto connection = PgConnection::connect(m_connectionString);
    if (!connection || !(*connection)->exec("LISTEN careatlas_changes")) {
        setOnline(false);
        return;
    }
    m_listener = std::move(*connection);
    m_notifier = new QSocketNotifier(m_listener->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerController::readNotifications);
    m_reconnect->stop();
    setOnline(true);
}

void ServerController::stopListening()
{
    delete m_notifier;
    m_listener.reset();
}

void ServerController::readNotifications()
{
    if (!m_listener)
        return;
    auto received = m_listener->waitForNotifications(0);
    if (!received) {
        // The connection dropped: offline until the server answers again.
        stopListening();
        setOnline(false);
        return;
    }
    if (!received->isEmpty())
        syncSoon();
}

void ServerController::syncSoon()
{
    if (m_connectionString.isEmpty())
        return;
    m_soon->start();
}

void ServerController::startSync()
{
    if (m_connectionString.isEmpty())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_running, &QFutureWatcherBase::finished, this, &ServerController::syncDone);
    m_running->setFuture(QtConcurrent::run(syncCopy, m_copyPath, m_connectionString));
}

void ServerController::syncDone()
{
    const std::shared_ptr<Outcome> outcome = m_running->result();
    m_running->deleteLater();
    m_running = nullptr;
    if (!outcome->report) {
        if (outcome->report.error().code == ErrorCode::NetworkFailed) {
            setOnline(false);
            Q_EMIT statusMessage(tr("The server cannot be reached: your edits are kept in this copy and sent when it can."), 0);
        } else {
            Q_EMIT failed(tr("The changes could not be exchanged with the server."), outcome->report.error());
        }
    } else {
        setOnline(true);
        const SyncReport &report = *outcome->report;
        // A save sent as it was needs no reading again (the window shows it); a merge does.
        bool reload = report.pulled > 0 || report.pulledDeleted > 0 || report.merged > 0 || report.restored > 0 || !outcome->undone.isEmpty();
        if (!outcome->undone.isEmpty()) {
            // Never kept as if saved: the copy holds the server's row again; say why.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("CareAtlas"),
                                        tr("%n change(s) were not saved on the server and were undone.", nullptr, int(outcome->undone.size())),
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("serverRefusedBox"));
            box->setInformativeText(errorMessage(Error(outcome->mayWrite ? ErrorCode::OtherCentreArea : ErrorCode::ServerRefused)));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        if (report.conflicts > 0) {
            // The same field changed on the server meanwhile: mine and theirs side by side.
            if (m_sync->resolveConflicts() > 0)
                m_again = true;
            reload = true;
        }
        if (reload)
            Q_EMIT reloadNeeded();
        if (report.pushed > 0 || report.pushedDeleted > 0)
            Q_EMIT statusMessage(tr("Saved on the server."), 5000);
        Q_EMIT synced(report);
    }
    if (m_again) {
        m_again = false;
        startSync();
    }
}

void ServerController::setOnline(bool online)
{
    m_online = online;
    if (!online && !m_connectionString.isEmpty() && !m_reconnect->isActive())
        m_reconnect->start();
    updateLabel();
}

void ServerController::updateLabel()
{
    if (m_connectionString.isEmpty()) {
        m_label->hide();
        return;
    }
    m_label->setText((m_online ? tr("Server %1 · signed in as %2 · online") : tr("Server %1 · signed in as %2 · offline"))
                         .arg(serverName(), m_signIn));
    m_label->setToolTip(tr("Working copy: %1").arg(QDir::toNativeSeparators(m_copyPath)));
    m_label->show();
}

void ServerController::workOffline(const QString &given)
{
    if (m_connectionString.isEmpty())
        return;
    QString target = given;
    if (target.isEmpty()) {
        const QString suggested = QDir::home().filePath(QFileInfo(m_copyPath).completeBaseName().section(QLatin1Char('-'), 0, 0)
                                                        + QStringLiteral("-offline.gpkg"));
        target = QFileDialog::getSaveFileName(m_window, tr("Work Offline"), suggested, tr("GeoPackage store (*.gpkg)"), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return;
        if (!target.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
            target += QStringLiteral(".gpkg");
    }
    const QString connectionString = m_connectionString;
    const QString shown = serverName();
    m_jobs->run<ReplicaReport>(
        tr("Making an offline copy of %1…").arg(shown),
        [connectionString, shown, target](const Feedback &feedback) -> Result<ReplicaReport> {
            auto server = ServerStore::open(connectionString);
            if (!server)
                return server.error();
            return writeReplica(**server, shown, target, feedback);
        },
        [this, target](Result<ReplicaReport> report) {
            if (!report) {
                if (report.error().code == ErrorCode::Cancelled)
                    Q_EMIT statusMessage(tr("No offline copy was made."), 8000);
                else
                    Q_EMIT failed(tr("The offline copy could not be made."), report.error());
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Information, tr("Work Offline"),
                                        tr("Saved an offline copy to %1 (resources: %2, areas: %3).")
                                            .arg(QDir::toNativeSeparators(target))
                                            .arg(report->resources)
                                            .arg(report->areas),
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("workOfflineResult"));
            box->setInformativeText(tr("Open it to work where the server cannot be reached; File ▸ Sync with Server sends your edits back."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

namespace {

std::shared_ptr<ServerController::Outcome> syncCopy(const QString &path, const QString &connectionString)
{
    auto outcome = std::make_shared<ServerController::Outcome>();
    auto store = Store::open(path);
    if (!store) {
        outcome->report = store.error();
        return outcome;
    }
    outcome->report = syncOfflineCopy(**store, connectionString);
    // A sign-in that may not write at all has its whole batch refused (nothing applied).
    const bool batchRefused = !outcome->report && outcome->report.error().code == ErrorCode::ServerRefused;
    if (batchRefused)
        outcome->report = SyncReport();
    if (outcome->report && (batchRefused || outcome->report->refused > 0)) {
        auto undone = undoRefusedEdits(**store, connectionString, batchRefused);
        if (!undone)
            outcome->report = undone.error();
        else
            outcome->undone = *undone;
        // A reader's refusal is not about areas: say which it was.
        if (auto connection = PgConnection::connect(connectionString)) {
            const QString writeRole = ServerRoles::forDatabase((*connection)->databaseName()).write;
            auto member = (*connection)->exec("SELECT pg_has_role(current_user, $1, 'MEMBER')", {PgParam::text(writeRole)});
            outcome->mayWrite = !member || member->text(0, 0) == QLatin1String("t");
        }
    }
    return outcome;
}

} // namespace

} // namespace careatlas
