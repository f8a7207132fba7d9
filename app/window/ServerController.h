#pragma once

#include "core/Error.h"
#include "core/server/ServerSync.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QSocketNotifier;
class QTimer;
template <typename T> class QFutureWatcher;

namespace careatlas {

class JobRunner;
class PgConnection;
class SyncController;
class Workspace;

// A server store in the window (docs/team.md, "Opening a server store"): `careatlas
// postgresql://…` / `service=NAME`, or File ▸ Open Server…, makes or brings up to date the
// server's working copy (core/server/WorkingCopy.h) as a job, and the window opens that
// GeoPackage — the map, lists, filters, statistics and exports work as on any store. While it
// is open:
//  - each save is sent to the server at once (a sync: version-checked, other fields merge); a
//    clash opens the conflict dialog (mine and theirs); a change the server refuses ("this
//    resource belongs to another centre's area") is undone in the copy and said so;
//  - a LISTEN on `careatlas_changes` (a socket notifier on the connection) brings in others'
//    changes and refreshes the views, so two windows signed in as two centres see each other's
//    edits;
//  - the status bar shows the server (password masked), the sign-in, and whether it is online;
//    when the server cannot be reached, edits stay in the copy and go with the next sync.
// File ▸ Work Offline… writes an offline copy (as `careatlas-cli replica … --out FILE`).
class ServerController : public QObject
{
    Q_OBJECT
public:
    ServerController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, SyncController *sync, QMenu *fileMenu, QAction *before);
    ~ServerController() override;
    struct Outcome;

    // When `target` names a server, opens it (a job, then openCopy) and returns true.
    bool open(const QString &target);
    // The server open in the window (empty for a GeoPackage), as given and as shown.
    QString connectionString() const { return m_connectionString; }
    QString serverName() const;
    bool isOnline() const { return m_online; }
    bool isSyncing() const;
    QLabel *statusLabel() const { return m_label; }
    QAction *openServerAction() const { return m_openAction; }
    QAction *workOfflineAction() const { return m_offlineAction; }
    // Writes an offline copy of the open server to `target` (asks for a file when empty).
    void workOffline(const QString &target = {});
    // Sends the copy's edits and brings in the server's changes (in the background; a second
    // request while one runs is done after it).
    void syncSoon();

Q_SIGNALS:
    void openCopy(const QString &path);    // open this GeoPackage (the working copy)
    void reloadNeeded();                   // the copy changed: read it again
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const careatlas::Error &error);
    void synced(const careatlas::SyncReport &report);   // after each background sync (tests)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void storeChanged();
    void listen();
    void stopListening();
    void readNotifications();
    void startSync();
    void syncDone();
    void setOnline(bool online);
    void updateLabel();
    void retranslate();
    void askForServer();

    QMainWindow *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    SyncController *m_sync;
    QAction *m_openAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QLabel *m_label = nullptr;
    QString m_connectionString;
    QString m_signIn;
    QString m_copyPath;
    bool m_online = false;
    bool m_again = false;
    std::unique_ptr<PgConnection> m_listener;
    QPointer<QSocketNotifier> m_notifier;
    QTimer *m_soon = nullptr;        // gathers notifications and saves into one sync
    QTimer *m_reconnect = nullptr;   // tries the server again while offline
    QFutureWatcher<std::shared_ptr<Outcome>> *m_running = nullptr;
};

} // namespace careatlas
