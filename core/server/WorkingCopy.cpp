#include "core/server/WorkingCopy.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerStore.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

namespace careatlas {

namespace {

bool isOk(const Error &error) { return error.code == ErrorCode::None; }

// A name part safe in a file name: letters, digits, '_' and '-'.
QString fileNamePart(const QString &text)
{
    QString part = text;
    part.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return part.left(40);
}

} // namespace

QString workingCopyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/careatlas/servers");
}

QString workingCopyPath(const QString &folder, const QString &server, const QString &database, const QString &signIn)
{
    // One copy per server, database and person (never a password in the key or the name).
    const QByteArray key = (server + QLatin1Char('/') + database + QLatin1Char('\n') + signIn).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
    return QDir(folder).filePath(fileNamePart(database) + QLatin1Char('-') + fileNamePart(signIn) + QLatin1Char('-') + hash + QStringLiteral(".gpkg"));
}

Result<WorkingCopy> openWorkingCopy(const QString &connectionString, const QString &folder, const Feedback &feedback)
{
    WorkingCopy copy;
    copy.server = PgConnection::displayName(connectionString);
    auto server = ServerStore::open(connectionString);
    if (!server)
        return server.error();
    copy.signIn = (*server)->connection().userName();
    const QString where = folder.isEmpty() ? workingCopyFolder() : folder;
    if (!QDir().mkpath(where))
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("cannot create the folder")).inFile(where);
    // The server as libpq reached it (host and port), whatever words named it (URL, service, sslmode…).
    PGconn *conn = (*server)->connection().handle();
    const QString reached = QString::fromUtf8(PQhost(conn)) + QLatin1Char(':') + QString::fromUtf8(PQport(conn));
    copy.path = workingCopyPath(where, reached, (*server)->connection().databaseName(), copy.signIn);
    if (!QFileInfo::exists(copy.path)) {
        auto made = writeReplica(**server, copy.server, copy.path, feedback);
        if (made) {
            copy.created = true;
            copy.replica = *made;
            return copy;
        }
        // Another process made it meanwhile: bring that one up to date instead.
        if (made.error().code != ErrorCode::FileExists)
            return made.error();
    }
    server->reset();   // the sync signs in on its own connection
    auto store = Store::open(copy.path);
    if (!store)
        return store.error();
    SyncOptions options;
    options.feedback = feedback;
    auto synced = syncOfflineCopy(**store, connectionString, options);
    if (!synced)
        return synced.error();
    copy.sync = *synced;
    return copy;
}

Result<QList<qint64>> undoRefusedEdits(Store &copy, const QString &connectionString, bool batchRefused)
{
    sqlite3 *db = copy.handle();
    if (batchRefused) {
        // Refused whole (its transaction rolled back): no answer will ever come for it.
        Store::Transaction forget(copy);
        if (Error e = execSql(db, "DELETE FROM ca_sync_pending"); !isOk(e))
            return e;
        if (Status cleared = copy.setMetaValue(QStringLiteral("sync_pending_batch"), QStringLiteral("")); !cleared)
            return cleared.error();
        if (Status committed = forget.commit(); !committed)
            return committed.error();
    }
    struct Refused {
        qint64 fid = 0;
        QString op;
        qint64 serverId = 0;   // 0: added here, not on the server
    };
    QList<Refused> refused;
    {
        // What a sync leaves in the log is what the server refused: sent rows leave it, clashes
        // go to ca_sync_conflicts, a batch without an answer is in ca_sync_pending.
        SqliteStatement s(db, "SELECT l.fid, l.op, coalesce(r.server_id, 0) FROM ca_sync_log l LEFT JOIN ca_sync_rows r ON r.fid = l.fid "
                              "WHERE l.fid NOT IN (SELECT fid FROM ca_sync_conflicts) AND l.fid NOT IN (SELECT fid FROM ca_sync_pending) "
                              "ORDER BY l.fid");
        if (!s.isValid())
            return s.prepareError();
        while (s.next())
            refused.append({s.int64(0), s.text(1), s.int64(2)});
        if (Error e = s.lastError(); !isOk(e))
            return e;
    }
    if (refused.isEmpty())
        return QList<qint64>();
    auto server = ServerStore::open(connectionString);
    if (!server)
        return server.error();

    Store::Transaction transaction(copy);
    // The sync's own marker: these writes are not edits to record.
    if (Error e = execSql(db, "INSERT INTO ca_sync_applying (busy) VALUES (1)"); !isOk(e))
        return e;
    QList<qint64> undone;
    for (const Refused &row : refused) {
        auto forget = [&](qint64 fid) -> Error {
            for (const char *sql : {"DELETE FROM ca_sync_log WHERE fid = ?", "DELETE FROM ca_sync_base WHERE fid = ?"}) {
                SqliteStatement s(db, sql);
                s.bind(1, fid);
                if (!s.exec())
                    return s.lastError();
            }
            return Error(ErrorCode::None);
        };
        if (row.serverId == 0) {
            // Added here and refused: it goes (and so does its log entry).
            if (Status removed = copy.deleteResource(row.fid); !removed && removed.error().code != ErrorCode::NotFound)
                return removed.error();
            if (Error e = forget(row.fid); !isOk(e))
                return e;
            undone.append(row.fid);
            continue;
        }
        auto theirs = (*server)->resource(row.serverId);
        if (!theirs)
            return theirs.error();
        Resource local = *theirs;
        qint64 fid = row.fid;
        if (row.op == QLatin1String("delete")) {
            // A refused deletion: the server's row comes back, with its areas.
            local.id = 0;
            auto id = copy.insertResource(local);
            if (!id)
                return id.error();
            fid = *id;
            SqliteStatement link(db, "UPDATE ca_sync_rows SET fid = ?, version = ? WHERE fid = ?");
            link.bind(1, fid).bind(2, theirs->version).bind(3, row.fid);
            if (!link.exec())
                return link.lastError();
            auto areas = (*server)->areasOfResources({row.serverId});
            if (!areas)
                return areas.error();
            QHash<QString, QString> byLevel;
            for (const ServerStore::ResourceArea &area : *areas)
                byLevel.insert(area.levelCode, area.areaCode);
            if (Status set = copy.setResourceAreas(fid, byLevel); !set)
                return set.error();
        } else {
            local.id = row.fid;
            if (Status updated = copy.updateResource(local); !updated)
                return updated.error();
            SqliteStatement link(db, "UPDATE ca_sync_rows SET version = ? WHERE fid = ?");
            link.bind(1, theirs->version).bind(2, row.fid);
            if (!link.exec())
                return link.lastError();
        }
        if (Error e = forget(row.fid); !isOk(e))
            return e;
        undone.append(fid);
    }
    if (Error e = execSql(db, "DELETE FROM ca_sync_applying"); !isOk(e))
        return e;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return undone;
}

} // namespace careatlas
