#include "geo/areas/AreaImport.h"

#include "core/store/Store.h"
#include "core/store/StoreSchema.h"

#include <QRegularExpression>
#include <QSet>

namespace careatlas::geo {

namespace {

Result<std::pair<AreaLevel, bool>> resolveLevel(Store &store, const AreaImportOptions &options)
{
    const auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    for (const AreaLevel &level : *levels)
        if (level.code == options.level || level.labelJa == options.level || level.labelEn.compare(options.level, Qt::CaseInsensitive) == 0)
            return std::pair{level, false};
    if (Error invalid = schema::checkLevelCode(options.level); invalid.code != ErrorCode::None)
        return invalid.inField(QStringLiteral("level"));
    int rank = options.newLevelRank;
    if (rank < 0) {
        rank = 0;
        for (const AreaLevel &level : *levels)
            rank = std::max(rank, level.rank + 1);
    }
    const QString label = options.newLevelLabel.isEmpty() ? options.level : options.newLevelLabel;
    return std::pair{AreaLevel{options.level, label, label, rank}, true};
}

// The centre of the project's located resources, if any: where new data is expected.
std::optional<LonLat> projectCentre(Store &store)
{
    const auto resources = store.resources();
    if (!resources)
        return std::nullopt;
    double lon = 0, lat = 0;
    int count = 0;
    for (const Resource &resource : *resources) {
        if (!resource.hasLocation())
            continue;
        lon += *resource.longitude;
        lat += *resource.latitude;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return LonLat{lon / count, lat / count};
}

// The nearest level above (lower rank) and below (higher rank) that hold areas.
Result<std::pair<QString, QString>> neighbourLevels(Store &store, const AreaLevel &level)
{
    const auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QString above, below;
    int aboveRank = -1, belowRank = std::numeric_limits<int>::max();
    for (const AreaLevel &other : *levels) {
        if (other.code == level.code)
            continue;
        const auto areas = store.areas(other.code);
        if (!areas)
            return areas.error();
        if (areas->isEmpty())
            continue;
        if (other.rank < level.rank && other.rank > aboveRank) {
            above = other.code;
            aboveRank = other.rank;
        } else if (other.rank > level.rank && other.rank < belowRank) {
            below = other.code;
            belowRank = other.rank;
        }
    }
    return std::pair{above, below};
}

// Gives the children whose parent code is not among `parents` the parent that holds most of
// their surface. Returns how many changed.
int reparentOrphans(QList<AreaRecord> &children, const QList<AreaRecord> &parents)
{
    QSet<QString> codes;
    for (const AreaRecord &parent : parents)
        codes.insert(parent.code);
    QList<AreaRecord> orphans;
    for (const AreaRecord &child : children)
        if (!codes.contains(child.parentCode))
            orphans.append(child);
    if (orphans.isEmpty())
        return 0;
    QHash<QString, QString> newParent;
    for (const ParentAssignment &assignment : assignParentsBySurface(orphans, parents))
        newParent.insert(assignment.childCode, assignment.parentCode);
    int changed = 0;
    for (AreaRecord &child : children) {
        if (!newParent.contains(child.code) || newParent.value(child.code) == child.parentCode)
            continue;
        child.parentCode = newParent.value(child.code);
        ++changed;
    }
    return changed;
}

} // namespace

Result<AreaImportReport> importAreas(Store &store, const QString &path, const AreaImportOptions &options, const JobControl &job)
{
    if (store.isReadOnly())
        return Error(ErrorCode::StoreReadOnly).inFile(store.path());
    auto level = resolveLevel(store, options);
    if (!level)
        return level.error();

    AreaLoadOptions loadOptions = options.load;
    if (!loadOptions.near)
        loadOptions.near = projectCentre(store);
    JobControl loadJob = job;
    loadJob.progress = [&job](int percent) { job.report(percent * 6 / 10); };
    auto loaded = loadAreas(path, loadOptions, loadJob);
    if (!loaded)
        return loaded.error();

    if (!loaded->report.dropped.isEmpty() && !options.allowDropped)
        return Error(ErrorCode::FeaturesDropped, droppedList(loaded->report.dropped)).inFile(path);
    if (loaded->areas.isEmpty())
        return Error(ErrorCode::NoPolygons).inFile(path);

    AreaImportReport report;
    report.load = loaded->report;
    report.level = level->first;
    report.levelCreated = level->second;
    report.imported = int(loaded->areas.size());

    QList<AreaRecord> records;
    for (const LoadedArea &area : loaded->areas)
        records.append({0, report.level.code, area.code, area.name, area.parentCode, area.wkb});

    const auto neighbours = neighbourLevels(store, report.level);
    if (!neighbours)
        return neighbours.error();
    report.parentLevel = neighbours->first;
    report.childLevel = neighbours->second;
    if (!report.parentLevel.isEmpty()) {
        const auto parents = store.areas(report.parentLevel);
        if (!parents)
            return parents.error();
        const bool byAttribute = !options.load.parentField.isEmpty();
        report.parentMethod = byAttribute ? QStringLiteral("attribute") : QStringLiteral("surface");
        report.parents = byAttribute ? assignParentsByAttribute(records, *parents)
                                     : assignParentsBySurface(records, *parents, options.splitThreshold);
        for (int i = 0; i < records.size(); ++i)
            records[i].parentCode = report.parents[i].parentCode;
    } else {
        for (AreaRecord &record : records)
            record.parentCode.clear();   // nothing above to refer to
    }
    job.report(70);
    if (job.cancelled())
        return Error(ErrorCode::Cancelled);

    Store::Transaction transaction(store);
    if (report.levelCreated)
        if (Status status = store.ensureAreaLevel(report.level); !status)
            return status.error();
    if (Status status = store.replaceAreas(report.level.code, records); !status)
        return status.error();
    if (!report.childLevel.isEmpty()) {
        auto children = store.areas(report.childLevel);
        if (!children)
            return children.error();
        report.childrenReparented = reparentOrphans(*children, records);
        if (report.childrenReparented > 0)
            if (Status status = store.replaceAreas(report.childLevel, *children); !status)
                return status.error();
    }
    JobControl assignJob = job;
    assignJob.progress = [&job](int percent) { job.report(70 + percent * 25 / 100); };
    auto assignments = computeResourceAssignments(store, {report.level.code}, assignJob);
    if (!assignments)
        return assignments.error();
    if (Status status = writeResourceAssignments(store, *assignments); !status)
        return status.error();
    report.resources = assignments->levels.constFirst();
    if (job.cancelled())
        return Error(ErrorCode::Cancelled);
    if (Status status = transaction.commit(); !status)
        return status.error();
    job.report(100);
    return report;
}

} // namespace careatlas::geo
