#include "geo/edit/ResourceChange.h"

#include "core/GuardedRun.h"
#include "core/store/Store.h"
#include "geo/areas/AreaIndex.h"

namespace careatlas::geo {

Result<QHash<QString, QString>> areasOfPoint(Store &store, double longitude, double latitude)
{
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QHash<QString, QString> codes;
    for (const AreaLevel &level : *levels) {
        auto candidates = store.areasAround(level.code, longitude, latitude);
        if (!candidates)
            return candidates.error();
        if (candidates->isEmpty())
            continue;
        const QString code = AreaIndex::build(*candidates)->areaAt(longitude, latitude);
        if (!code.isEmpty())
            codes.insert(level.code, code);
    }
    return codes;
}

Result<AppliedChange> applyResourceChange(const QString &storePath, const ResourceChange &change, const MapScenePointer &scene,
                                          const ResourceSnapshotPointer &snapshot)
{
    return runGuarded([&]() -> Result<AppliedChange> {
        if (!scene || !snapshot)
            return Error(ErrorCode::Internal, QStringLiteral("no data to change"));
        auto store = Store::open(storePath);
        if (!store)
            return store.error();
        Store::Transaction transaction(**store);
        AppliedChange applied;
        const int read = snapshot->indexOfId.value(change.kind == ResourceChange::Kind::Delete ? change.id : change.resource.id, -1);
        const std::optional<Resource> base = change.base ? change.base
            : read >= 0                                 ? std::optional<Resource>(snapshot->resources[read])
                                                        : std::nullopt;
        if (change.kind == ResourceChange::Kind::Delete) {
            const bool hadLocation = read >= 0 && snapshot->resources[read].hasLocation();
            const std::optional<qint64> version = base ? std::optional<qint64>(base->version) : std::nullopt;
            if (Status deleted = (*store)->deleteResource(change.id, version); !deleted)
                return deleted.error();
            if (Status areas = (*store)->setResourceAreas(change.id, {}); !areas)
                return areas.error();
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
            applied.id = change.id;
            applied.scene = scene->withoutResource(change.id, hadLocation);
            applied.snapshot = snapshot->withoutResource(change.id);
            return applied;
        }
        qint64 id = change.resource.id;
        if (change.kind == ResourceChange::Kind::Add) {
            auto inserted = (*store)->insertResource(change.resource);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else if (base) {
            auto saved = (*store)->saveResourceChanges(*base, change.resource);
            if (!saved)
                return saved.error();
        } else if (Status updated = (*store)->updateResource(change.resource); !updated) {
            return updated.error();
        }
        auto stored = (*store)->resource(id);   // as the store keeps it (stamps, normalised fields)
        if (!stored)
            return stored.error();
        QHash<QString, QString> areas;
        if (stored->hasLocation()) {
            auto found = areasOfPoint(**store, *stored->longitude, *stored->latitude);
            if (!found)
                return found.error();
            areas = *found;
        }
        if (Status written = (*store)->setResourceAreas(id, areas); !written)
            return written.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        const int before = snapshot->indexOfId.value(id, -1);
        const bool wasUnlocated = before >= 0 && !snapshot->resources[before].hasLocation();
        applied.id = id;
        applied.scene = scene->withResource(*stored, wasUnlocated);
        applied.snapshot = snapshot->withResource(*stored, areas);
        return applied;
    });
}

} // namespace careatlas::geo
