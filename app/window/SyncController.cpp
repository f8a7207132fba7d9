#include "app/window/SyncController.h"

#include "app/dialogs/EditConflictDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "core/store/Store.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace careatlas {

SyncController::SyncController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, QMenu *fileMenu, QAction *before)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs)
{
    m_syncAction = new QAction(this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_resolveAction = new QAction(this);
    m_resolveAction->setObjectName(QStringLiteral("resolveSyncConflictsAction"));
    fileMenu->insertAction(before, m_syncAction);
    fileMenu->insertAction(before, m_resolveAction);
    fileMenu->insertSeparator(before);
    connect(m_syncAction, &QAction::triggered, this, &SyncController::sync);
    connect(m_resolveAction, &QAction::triggered, this, [this] {
        if (resolveConflicts() > 0)
            Q_EMIT reloadNeeded();
    });
    connect(workspace, &Workspace::storeChanged, this, &SyncController::storeChanged);
    window->installEventFilter(this);
    retranslate();
    storeChanged();
}

bool SyncController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SyncController::retranslate()
{
    m_syncAction->setText(tr("S&ync with Server…"));
    m_syncAction->setStatusTip(tr("Send this offline copy's edits to its server and bring in the server's changes"));
    m_resolveAction->setText(tr("Resolve Sync &Conflicts…"));
    m_resolveAction->setStatusTip(tr("Choose between your value and the server's for each field both changed"));
}

void SyncController::storeChanged()
{
    bool copy = false;
    qint64 conflicts = 0;
    const QString path = m_workspace->storePath();
    if (!path.isEmpty()) {
        if (auto store = Store::open(path, Store::OpenMode::ReadOnly)) {
            copy = isOfflineCopy(**store);
            if (auto pending = syncPending(**store))
                conflicts = pending->conflicts;
        }
    }
    m_syncAction->setEnabled(copy);
    m_resolveAction->setEnabled(copy && conflicts > 0);
}

QString SyncController::summary(const SyncReport &report)
{
    QStringList lines;
    lines << tr("Synced with %1.").arg(report.server);
    lines << tr("From the server: %n change(s)", nullptr, int(report.pulled)) + QStringLiteral("; ")
                 + tr("%n deletion(s)", nullptr, int(report.pulledDeleted)) + QLatin1Char('.');
    lines << tr("Sent: %n edit(s)", nullptr, int(report.pushed)) + QStringLiteral(" (") + tr("%n merged with other changes", nullptr, int(report.merged))
                 + QStringLiteral("); ") + tr("%n deletion(s)", nullptr, int(report.pushedDeleted)) + QLatin1Char('.');
    if (report.vacancyKeptTheirs > 0)
        lines << tr("%n vacancy figure(s) older than the server's were kept in its history only.", nullptr, int(report.vacancyKeptTheirs));
    if (report.restored > 0)
        lines << tr("%n resource(s) you deleted had been changed on the server and were brought back.", nullptr, int(report.restored));
    if (report.refused > 0)
        lines << tr("%n edit(s) were refused by the server (another centre's area, or no right to write); they stay in the copy.", nullptr,
                    int(report.refused));
    if (report.openConflicts > 0)
        lines << tr("%n conflict(s) wait for your choice.", nullptr, int(report.openConflicts));
    return lines.join(QLatin1Char('\n'));
}

void SyncController::sync()
{
    const QString path = m_workspace->storePath();
    if (path.isEmpty())
        return;
    m_jobs->run<SyncReport>(
        tr("Syncing with the server…"),
        [path](const Feedback &feedback) -> Result<SyncReport> {
            auto store = Store::open(path);
            if (!store)
                return store.error();
            SyncOptions options;
            options.feedback = feedback;
            return syncOfflineCopy(**store, {}, options);
        },
        [this](Result<SyncReport> report) {
            if (!report) {
                // Whatever was applied is whole; the rest waits for the next sync.
                Q_EMIT failed(tr("The copy could not be synced with the server. Run Sync again when the server can be reached."), report.error());
                Q_EMIT reloadNeeded();
                return;
            }
            Q_EMIT synced(*report);
            Q_EMIT statusMessage(tr("Synced with the server."), 8000);
            QMessageBox box(QMessageBox::Information, tr("Sync"), summary(*report), QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("syncSummary"));
            box.exec();
            if (report->openConflicts > 0)
                resolveConflicts();
            Q_EMIT reloadNeeded();
        });
}

int SyncController::resolveConflicts()
{
    const QString path = m_workspace->storePath();
    auto store = Store::open(path);
    if (!store) {
        Q_EMIT failed(tr("The conflicts could not be read."), store.error());
        return 0;
    }
    auto conflicts = syncConflicts(**store);
    if (!conflicts) {
        Q_EMIT failed(tr("The conflicts could not be read."), conflicts.error());
        return 0;
    }
    const auto snapshot = m_workspace->snapshot();
    const QList<Category> categories = snapshot ? snapshot->categories : QList<Category>();
    int resolved = 0;
    for (const SyncConflict &kept : *conflicts) {
        Status done;
        if (kept.conflict.deleted) {
            QMessageBox box(QMessageBox::Question, tr("Sync Conflict"),
                            tr("“%1” was deleted on the server while you edited it in this copy.").arg(kept.conflict.mine.name),
                            QMessageBox::NoButton, m_window);
            box.setInformativeText(tr("Keep your version (it is added to the server again at the next sync), or accept the deletion?"));
            QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
            QPushButton *drop = box.addButton(tr("Accept Deletion"), QMessageBox::DestructiveRole);
            box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() == keep)
                done = resolveSyncConflict(**store, kept.resourceId, kept.conflict.mine, true);
            else if (box.clickedButton() == drop)
                done = resolveSyncConflict(**store, kept.resourceId, kept.conflict.mine, false);
            else
                continue;
        } else {
            EditConflictDialog dialog(kept.conflict, categories, m_window);
            if (dialog.exec() != QDialog::Accepted)
                continue;   // kept for later
            done = resolveSyncConflict(**store, kept.resourceId, dialog.resolved(), true);
        }
        if (!done) {
            Q_EMIT failed(tr("The choice could not be saved in the copy."), done.error());
            break;
        }
        ++resolved;
    }
    if (resolved > 0)
        Q_EMIT statusMessage(tr("%n conflict(s) resolved; the choices are sent at the next sync.", nullptr, resolved), 10000);
    storeChanged();
    return resolved;
}

} // namespace careatlas
