#include "geo/areas/ResourceAssignment.h"

#include "core/store/Store.h"
#include "geo/areas/AreaIndex.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

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
        // The point-in-polygon lookups, on every core: each resource is independent and the
        // index is immutable, so the result is the same as one after the other. Only this
        // thread polls for a cancel and reports progress.
        const qsizetype n = resources->size();
        std::vector<QString> codes(size_t(std::max<qsizetype>(n, 0)));
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
        const qsizetype chunk = (n + threads - 1) / threads;
        std::atomic_bool stop = false;
        auto lookUp = [&](qsizetype begin, qsizetype end, bool polling) {
            for (qsizetype i = begin; i < end; ++i) {
                if ((i - begin) % 1024 == 0) {
                    if (stop.load(std::memory_order_relaxed))
                        return;
                    if (polling) {
                        if (job.cancelled()) {
                            stop = true;
                            return;
                        }
                        job.report(qint64(l) * n + (i - begin) * threads, total, 0, 90);
                    }
                }
                const Store::Location &resource = (*resources)[i];
                if (resource.longitude && resource.latitude)
                    codes[size_t(i)] = index->areaAt(*resource.longitude, *resource.latitude);
            }
        };
        std::vector<std::thread> workers;
        for (int t = 1; t < threads && t * chunk < n; ++t)
            workers.emplace_back(lookUp, t * chunk, std::min(n, (t + 1) * chunk), false);
        lookUp(0, std::min(n, chunk), true);
        for (std::thread &worker : workers)
            worker.join();
        if (stop.load() || job.cancelled())
            return Error(ErrorCode::Cancelled);

        QList<QPair<qint64, QString>> pairs;
        for (qsizetype i = 0; i < n; ++i) {
            const Store::Location &resource = (*resources)[i];
            if (!resource.longitude || !resource.latitude) {
                ++level.withoutLocation;
                continue;
            }
            const QString &code = codes[size_t(i)];
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
