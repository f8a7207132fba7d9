#pragma once

#include "core/Area.h"
#include "core/Resource.h"
#include "core/ResourceChange.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace careatlas {

class PgConnection;
class PgTransaction;

// A CareAtlas store on a PostgreSQL/PostGIS server (core/server/ServerSchema.h, docs/team.md),
// as a centre's or a reader's sign-in sees it: everyone reads everything, a centre writes the
// resources in its own areas (row-level security). The methods are those of the GeoPackage
// Store of the same names, with the same meaning; saves go through the same plan
// (core/ResourceChange.h). One object is one connection, used from one thread at a time.
// Not yet: the whole Store interface (the window and the CLI still open GeoPackages only).
class ServerStore
{
public:
    // Opens the store named by a libpq connection string (URL or service=NAME). NetworkFailed
    // when the server cannot be reached, NotFound when the database holds no CareAtlas schema
    // (nothing was published there), StoreTooNew when its schema is newer than this program.
    static Result<std::unique_ptr<ServerStore>> open(const QString &connectionString);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    PgConnection &connection();

    Result<Resource> resource(qint64 id);
    Result<QList<Resource>> resources();
    Result<qint64> resourceCount();
    Result<QList<AreaLevel>> areaLevels();
    Result<QList<AreaRecord>> areas(const QString &levelCode);
    // Which area of the level each resource lies in (resource id, area code), by resource id.
    Result<QList<QPair<qint64, QString>>> resourceAreas(const QString &levelCode);

    // Adds a resource; OtherCentreArea when its point is not in one of the centre's areas.
    Result<qint64> insertResource(const Resource &resource);
    // As Store::saveResourceChanges: only the changed fields, only at the version read, merged
    // with another's change of other fields, EditConflict (Error::conflict) on the same field or
    // a deletion meanwhile. OtherCentreArea when the resource (or the place it is moved to) is
    // in another centre's area; ServerRefused when the sign-in may not write at all.
    struct Saved {
        Resource resource;
        bool merged = false;
    };
    Result<Saved> saveResourceChanges(const Resource &base, const Resource &edited);
    // Deletes, only at `expectedVersion` when given (EditConflict otherwise); OtherCentreArea
    // for a resource in another centre's area.
    Status deleteResource(qint64 id, std::optional<qint64> expectedVersion = std::nullopt);

    // The same three inside a transaction the caller opened on connection() (and commits): what
    // a sync does for each edit of a batch (core/server/ServerSync.h).
    Result<qint64> insertResource(PgTransaction &transaction, const Resource &resource);
    Result<Saved> saveResourceChanges(PgTransaction &transaction, const Resource &base, const Resource &edited);
    Status deleteResource(PgTransaction &transaction, qint64 id, std::optional<qint64> expectedVersion = std::nullopt);

    // Reading what changed on the server since a change number (a sync's pull): the resources
    // written after it, with their UUID and change number, and the UUIDs deleted after it.
    struct ChangedResource {
        Resource resource;
        QString uuid;
        qint64 changeSeq = 0;
    };
    Result<QList<ChangedResource>> resourcesChangedSince(qint64 changeSeq);
    Result<QList<QPair<QString, qint64>>> resourcesDeletedSince(qint64 changeSeq);
    // The highest change number the server has given (0 for none).
    Result<qint64> lastChangeSeq();
    // Which area of each level the resources lie in: (resource id, level code, area code).
    struct ResourceArea {
        qint64 resourceId = 0;
        QString levelCode;
        QString areaCode;
    };
    Result<QList<ResourceArea>> areasOfResources(const QList<qint64> &ids);

    // For a sync's batch (core/server/ServerSync.cpp): the reads and writes of the three saves
    // above for many rows at once, in a few round trips, inside the caller's transaction; the
    // caller plans each row with planResourceSave as saveResourceChanges does.
    // Locks the rows (FOR UPDATE): `rows` those the sign-in may change, as stored now;
    // `otherCentre` the ids that exist but lie in another centre's area.
    struct LockedRows {
        QHash<qint64, Resource> rows;
        QSet<qint64> otherCentre;
    };
    Result<LockedRows> lockResources(PgTransaction &transaction, const QList<qint64> &ids);
    // Whether the sign-in may write a resource at each one's point (the policies' own test).
    Result<QList<bool>> mayWriteAtEach(const QList<Resource> &resources);
    // One write of a batch: an insert of `resource`, an update of `fields` of row `id` at
    // `version` to `resource`'s values, a deletion of row `id`, or a statement (`sql`).
    struct Write {
        enum Kind { Insert, Update, Delete, Statement } kind = Statement;
        Resource resource;
        QList<ResourceField> fields;
        qint64 id = 0;
        qint64 version = 0;
        QByteArray sql;
        QList<QByteArray> params;   // text parameters of `sql` (empty: NULL)
    };
    struct Written {
        Resource resource;   // insert, update: the row as stored (version, time set by the server)
        QString uuid;
        qint64 affected = 0; // rows the statement changed
    };
    // The writes in order, in pipelines of a few dozen statements; the first error stops them
    // (the caller's transaction is then aborted: roll back to a savepoint taken before).
    Result<QList<Written>> write(PgTransaction &transaction, const QList<Write> &writes);

private:
    explicit ServerStore(std::unique_ptr<PgConnection> connection);
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace careatlas
