#pragma once

#include "core/Feedback.h"
#include "core/Result.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerSync.h"

#include <QList>
#include <QString>

namespace careatlas {

class Store;

// Opening a server store (docs/team.md, "Opening a server store"): `careatlas postgresql://…`
// and `careatlas-cli query|stats|export|render postgresql://…` work on a server-backed
// *working copy*: an offline copy (ServerReplica.h / ServerSync.h) kept in the user's cache
// folder, one per server and sign-in, made at the first opening and brought up to date at each
// later one (pull, then push of any edit not yet sent). Everything reads that GeoPackage, so the
// map reads by extent through its R*Tree, lists by index, and filters, statistics and exports
// are those of a GeoPackage. The copy never holds a password (libpq finds it in ~/.pgpass or
// the service file; a connection string with a password is refused by PgConnection).
struct WorkingCopy {
    QString path;          // the local GeoPackage
    QString server;        // the connection string as shown (password masked)
    QString signIn;        // the sign-in (PostgreSQL role) the copy belongs to
    bool created = false;  // made now (a first opening) rather than brought up to date
    ReplicaReport replica; // when created
    SyncReport sync;       // when brought up to date
};

// The folder of the working copies: `careatlas/servers` in the user's cache folder
// ($XDG_CACHE_HOME or ~/.cache).
QString workingCopyFolder();
// The copy for a server (host:port as reached), database and sign-in:
// "<database>-<sign-in>-<hash of the three>.gpkg" — the same copy whatever words named the
// server (a URL, a service name, other sslmode…).
QString workingCopyPath(const QString &folder, const QString &server, const QString &database, const QString &signIn);

// Connects (NetworkFailed, NotFound for a database without a CareAtlas schema, as
// ServerStore::open), then makes the working copy or syncs it with the server. `folder` empty:
// workingCopyFolder().
Result<WorkingCopy> openWorkingCopy(const QString &connectionString, const QString &folder = {}, const Feedback &feedback = {});

// After a sync of a working copy: the edits the server refused (another centre's area, or a
// sign-in that may only read) are undone in the copy — each row becomes the server's again (an
// added row is removed, a deleted one comes back) — so that nothing refused stays as if saved.
// Returns the copy's ids of the rows undone. Conflicts are not touched (they wait for a choice).
// `batchRefused`: the sync failed with ServerRefused (a sign-in that may not write at all: the
// server refused the batch as a whole, so nothing of it was applied) — the batch noted as sent
// is forgotten and its edits undone too.
Result<QList<qint64>> undoRefusedEdits(Store &copy, const QString &connectionString, bool batchRefused = false);

} // namespace careatlas
