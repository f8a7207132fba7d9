#pragma once

#include "core/Feedback.h"
#include "core/ResourceChange.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace careatlas {

class PgConnection;
class ServerStore;
class Store;

// Offline copies of a server store that sync (docs/team.md). A copy made by writeReplica is a
// GeoPackage store plus these tables (only in copies; the store schema does not know them):
//   ca_sync_rows       local fid → the server's id, UUID and the version the copy holds
//   ca_sync_log        the rows edited here since the last sync (insert / update / delete) and
//                      how many edits each had
//   ca_sync_base       each edited row as it was before its first edit here (what the server
//                      had: the `base` of the version-checked save)
//   ca_sync_conflicts  clashes kept until resolved in the window: base, mine, theirs, fields
//   ca_sync_pending    the batch sent and not yet answered (ca_meta `sync_pending_batch`)
// The log and base are written by triggers on the resources table, inside the transaction of
// each edit, whoever writes it (the window, the CLI, another SQLite program): an edit cannot
// be stored without being recorded, and a crash loses neither. (The SQLite session extension
// records only while a session object is attached to one connection, and its changeset must be
// saved separately: an edit by another program, or a crash before saving, would be lost.)
// Writes by the sync itself are not recorded (ca_sync_applying is set in its transactions).

// Adds the sync tables and triggers to a new copy, with the server rows it holds.
struct ReplicaRow {
    qint64 localId = 0;
    qint64 serverId = 0;
    QString uuid;
    qint64 version = 0;
};
Status prepareOfflineCopy(Store &copy, const QList<ReplicaRow> &rows);
// Whether the store is an offline copy (has the sync tables).
bool isOfflineCopy(const Store &store);

struct SyncReport {
    QString server;              // the server synced with (password masked)
    qint64 pulled = 0;           // server changes applied to the copy
    qint64 pulledDeleted = 0;    // rows deleted in the copy (tombstones)
    qint64 pushed = 0;           // local edits written on the server (inserts and updates)
    qint64 merged = 0;           // … of them merged with another's change of other fields
    qint64 pushedDeleted = 0;    // local deletions applied on the server
    qint64 restored = 0;         // local deletions of rows changed meanwhile: their row back
    qint64 vacancyKeptTheirs = 0; // offline vacancy figures older than the server's (in its history)
    qint64 conflicts = 0;        // new conflicts kept in the copy
    qint64 refused = 0;          // edits the server refused (another centre's area, no right)
    qint64 openConflicts = 0;    // conflicts in the copy waiting to be resolved
    qint64 batches = 0;
    qint64 changeSeq = 0;        // the server change number the copy is now current to
    qint64 pulledAreaLevels = 0; // area levels whose changed areas were brought into the copy
};

struct SyncOptions {
    int batchSize = 500;
    Feedback feedback;
    // For tests: called before a batch's transaction commits on the server, and after it did
    // (returning false there stops the sync as if the connection had dropped before the answer).
    std::function<void(PgConnection &)> beforeCommit;
    std::function<bool()> afterCommit;
};

// First finishes a batch an earlier sync sent without hearing the answer (the same id again),
// then pulls, then pushes: the server's changes since the copy's change number are applied to the
// rows not edited here (tombstones delete), and each area level with changed areas is brought
// whole into the copy with its resource assignments; then the local edits go to the server in batches
// of `batchSize`, each in one short transaction under an id recorded in the copy first, so a
// batch sent again after a dropped connection or a crash is recognised and applies nothing
// twice. Each edit is version-checked per field (planResourceSave, as every save): other fields
// merge, a clash is kept in the copy as a conflict (never dropped) and counted. Vacancy figures:
// the newer date wins, the other goes to the server's vacancy_history. `connectionString`
// empty: the server the copy was made from (ca_meta replica_of). NotOfflineCopy for a store
// that is not a copy; NetworkFailed / ServerFailed as from the server (nothing half-applied in
// the copy: run again).
Result<SyncReport> syncOfflineCopy(Store &copy, const QString &connectionString = {}, const SyncOptions &options = {});

// The conflicts kept in a copy, oldest first (resourceId: the copy's fid).
struct SyncConflict {
    qint64 resourceId = 0;
    ResourceConflict conflict;
    QDateTime recordedAt;
};
Result<QList<SyncConflict>> syncConflicts(Store &copy);
// Resolves a conflict with the row the user chose (EditConflictDialog::resolved(): theirs with
// my choices): stored in the copy as a local edit on their version, sent at the next sync. For a
// row deleted on the server, `resolved` is kept as a new resource, or `keep` false drops mine.
Status resolveSyncConflict(Store &copy, qint64 resourceId, const Resource &resolved, bool keep = true);
// How many edits wait to be sent, and how many conflicts to be resolved.
struct SyncPending {
    qint64 edits = 0;
    qint64 conflicts = 0;
};
Result<SyncPending> syncPending(Store &copy);

} // namespace careatlas
