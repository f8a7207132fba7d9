#pragma once

#include "core/Feedback.h"
#include "core/Result.h"

#include <QString>

namespace careatlas {

class ServerStore;

// What `careatlas-cli replica` copied.
struct ReplicaReport {
    qint64 areas = 0;
    qint64 resources = 0;
    qint64 changeSeq = 0;   // the server's change number the copy is current to
};

// Writes a GeoPackage copy of what the signed-in role may read on the server (today:
// everything) to `target`: area levels, areas, resources and their area assignments, from one
// consistent snapshot of the server (a REPEATABLE READ, READ ONLY transaction). The copy is
// built under a temporary name beside the target and renamed when whole; an existing target
// is refused (FileExists). The copy records the server (its connection string, any password
// masked) and the change number it is current to in its metadata (`replica_of`,
// `replica_change_seq`) and is an offline copy: edits made in it are recorded and sent back by
// syncOfflineCopy (ServerSync.h). Cancelled through `feedback`: no file is left.
Result<ReplicaReport> writeReplica(ServerStore &server, const QString &serverName, const QString &target, const Feedback &feedback = {});

} // namespace careatlas
