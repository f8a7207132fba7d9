#pragma once

#include "core/Error.h"
#include "core/server/ServerSync.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace careatlas {

class JobRunner;
class Workspace;

// File ▸ Sync (同期) for an offline copy of a server store (docs/team.md): the same sync as
// `careatlas-cli sync` (core/server/ServerSync.h) as a job with progress, a summary, then the
// conflicts kept in the copy one by one in the edit-conflict dialog (mine and theirs side by
// side); File ▸ Resolve Sync Conflicts shows them again later. Both are enabled for copies only.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, QMenu *fileMenu, QAction *before);

    QAction *syncAction() const { return m_syncAction; }
    QAction *resolveAction() const { return m_resolveAction; }
    // Runs the sync of the open copy in the background; conflicts are offered when it ends.
    void sync();
    // Shows each conflict kept in the open copy for a choice; returns how many were resolved.
    int resolveConflicts();
    // The summary of a sync, as the window shows it.
    static QString summary(const SyncReport &report);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const Error &error);
    void reloadNeeded();       // the copy changed: read it again
    void synced(const SyncReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void storeChanged();
    void retranslate();

    QMainWindow *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    QAction *m_syncAction = nullptr;
    QAction *m_resolveAction = nullptr;
};

} // namespace careatlas
