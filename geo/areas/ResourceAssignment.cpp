#include "geo/areas/ResourceAssignment.h"

#include "core/store/Store.h"
#include "geo/areas/AreaIndex.h"

#include <algorithm>

namespace careatlas::geo {

Result<ResourceAssignments> computeResourceAssignments(Store &store, const QStringList &levelCodes, const JobControl &job)
{
    QStringList levels = levelCodes;
    if (levels.isEmpty()) {
        const auto all = store.areaLevels();
        if (!all)
            return all.error();
        for (const AreaLevel &level : *all)
            levels.append(level.code);
    }
    const auto resources = store.resourceLocations();
    if (!resources)
        return resources.error();

    ResourceAssignments result;
    const qint64 total = qint64(levels.size()) * std::max<qint64>(1, resources->size());
    for (int l = 0; l < levels.size(); ++l) {
        const auto areas = store.areas(levels[l]);
        if (!areas)
            return areas.error();
        const auto index = AreaIndex::build(*areas);
        LevelAssignment level;
        level.levelCode = levels[l];
        level.areaCount = index->size();
        QList<QPair<qint64, QString>> pairs;
        for (int i = 0; i < resources->size(); ++i) {
            if (i % 1024 == 0) {
                if (job.cancelled())
                    return Error(ErrorCode::Cancelled);
                job.report(qint64(l) * resources->size() + i, total, 0, 90);
            }
            const Store::Location &resource = (*resources)[i];
            if (!resource.longitude || !resource.latitude) {
                ++level.withoutLocation;
                continue;
            }
            const QString code = index->areaAt(*resource.longitude, *resource.latitude);
            if (code.isEmpty()) {
                ++level.outside;
                continue;
            }
            ++level.assigned;
            pairs.append({resource.id, code});
        }
        result.levels.append(level);
        result.pairs.append(pairs);
    }
    return result;
}

Status writeResourceAssignments(Store &store, const ResourceAssignments &assignments)
{
    for (int l = 0; l < assignments.levels.size(); ++l)
        if (Status status = store.replaceResourceAreas(assignments.levels[l].levelCode, assignments.pairs[l]); !status)
            return status;
    return {};
}

Result<QList<LevelAssignment>> reassignResources(Store &store, const QStringList &levelCodes, const JobControl &job)
{
    auto assignments = computeResourceAssignments(store, levelCodes, job);
    if (!assignments)
        return assignments.error();
    if (job.cancelled())
        return Error(ErrorCode::Cancelled);
    Store::Transaction transaction(store);
    if (Status status = writeResourceAssignments(store, *assignments); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    job.report(100);
    return assignments->levels;
}

} // namespace careatlas::geo
