#include "core/server/ServerReplica.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerStore.h"
#include "core/server/ServerSync.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace careatlas {

namespace {

Result<ReplicaReport> fill(ServerStore &server, const QString &serverName, Store &copy, const Feedback &feedback)
{
    const Error cancelled(ErrorCode::Cancelled);
    ReplicaReport report;
    PgConnection &connection = server.connection();
    if (Status begun = connection.execScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return begun.error();
    struct Ending {
        PgConnection &connection;
        ~Ending() { (void)connection.execScript("ROLLBACK"); }
    } ending{connection};

    auto seq = server.lastChangeSeq();
    if (!seq)
        return seq.error();
    report.changeSeq = *seq;

    Store::Transaction transaction(copy);
    auto levels = server.areaLevels();
    if (!levels)
        return levels.error();
    for (const AreaLevel &level : *levels) {
        if (Status made = copy.ensureAreaLevel(level); !made)
            return made.error();
        auto areas = server.areas(level.code);
        if (!areas)
            return areas.error();
        if (areas->isEmpty())
            continue;
        if (Status replaced = copy.replaceAreas(level.code, *areas); !replaced)
            return replaced.error();
        report.areas += areas->size();
        if (feedback.cancelled())
            return cancelled;
    }
    feedback.report(30);
    auto resources = server.resources();
    if (!resources)
        return resources.error();
    auto ids = copy.insertResources(*resources);
    if (!ids)
        return ids.error();
    report.resources = ids->size();
    if (feedback.cancelled())
        return cancelled;
    feedback.report(70);
    QHash<qint64, qint64> localId;
    for (qsizetype i = 0; i < ids->size(); ++i)
        localId.insert(resources->at(i).id, ids->at(i));
    // What the sync needs: each row's server id, UUID and version (ServerSync.h).
    auto identities = connection.exec("SELECT id, uuid, version FROM careatlas.resources");
    if (!identities)
        return identities.error();
    QList<ReplicaRow> rows;
    rows.reserve(identities->rows());
    for (int row = 0; row < identities->rows(); ++row) {
        const qint64 serverId = identities->number(row, 0);
        if (localId.contains(serverId))
            rows.append({localId.value(serverId), serverId, identities->text(row, 1), identities->number(row, 2)});
    }
    for (const AreaLevel &level : *levels) {
        auto assigned = server.resourceAreas(level.code);
        if (!assigned)
            return assigned.error();
        QList<QPair<qint64, QString>> local;
        local.reserve(assigned->size());
        for (const auto &[id, area] : *assigned) {
            if (localId.contains(id))
                local.append({localId.value(id), area});
        }
        if (Status replaced = copy.replaceResourceAreas(level.code, local); !replaced)
            return replaced.error();
    }
    if (Status noted = copy.setMetaValue(QStringLiteral("replica_of"), serverName); !noted)
        return noted.error();
    if (Status noted = copy.setMetaValue(QStringLiteral("replica_change_seq"), QString::number(report.changeSeq)); !noted)
        return noted.error();
    if (Status prepared = prepareOfflineCopy(copy, rows); !prepared)
        return prepared.error();
    if (feedback.cancelled())
        return cancelled;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace

Result<ReplicaReport> writeReplica(ServerStore &server, const QString &serverName, const QString &target, const Feedback &feedback)
{
    if (QFileInfo::exists(target))
        return Error(ErrorCode::FileExists).inFile(target);
    const QFileInfo info(target);
    const QString partial = info.absoluteDir().filePath(
        QStringLiteral(".careatlas-replica-%1-%2").arg(QCoreApplication::applicationPid()).arg(info.fileName()));
    QFile::remove(partial);
    Result<ReplicaReport> report = Error(ErrorCode::Internal);
    {
        auto copy = Store::create(partial);
        if (!copy)
            return copy.error();
        report = fill(server, serverName, **copy, feedback);
    }
    if (!report) {
        QFile::remove(partial);
        return report;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("rename")).inFile(target);
    }
    feedback.report(100);
    return report;
}

} // namespace careatlas
