#include "geo/import/ResourceFileImport.h"

#include "core/store/Store.h"
#include "geo/import/PointSourceReader.h"
#include "geo/query/Geodesic.h"

#include <QFileInfo>

#include <algorithm>

namespace careatlas::geo {

namespace {

// Puts each release change in the area of one level it lies in: the daily-life areas when the
// store has them (what planners and centres talk in), else the finest level.
Status labelReleaseAreas(const Store &store, ImportReport &report)
{
    QList<QList<ReleaseChange> *> lists{&report.arrived, &report.gone, &report.moved, &report.renamed, &report.recategorised};
    if (std::all_of(lists.begin(), lists.end(), [](const QList<ReleaseChange> *list) { return list->isEmpty(); }))
        return {};
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    if (levels->isEmpty())
        return {};
    const auto daily = std::find_if(levels->begin(), levels->end(), [](const AreaLevel &l) { return l.code == AreaLevels::DailyLifeArea; });
    const AreaLevel level = daily != levels->end() ? *daily : levels->last();
    auto areas = store.areaNames(level.code);   // names only: no outlines read
    if (!areas)
        return areas.error();
    QHash<QString, QString> names;
    for (const AreaRecord &area : *areas)
        names.insert(area.code, area.name);
    auto assigned = store.resourceAreas(level.code);
    if (!assigned)
        return assigned.error();
    QHash<qint64, QString> codeOf;
    for (const auto &[resource, code] : *assigned)
        codeOf.insert(resource, code);
    report.areaLevel = level.code;
    report.areaLevelLabel = level.labelJa.isEmpty() ? level.labelEn : level.labelJa;
    report.areaLevelLabelEn = level.labelEn.isEmpty() ? level.labelJa : level.labelEn;
    for (QList<ReleaseChange> *list : lists) {
        for (ReleaseChange &change : *list) {
            change.areaCode = codeOf.value(change.resourceId);
            change.areaName = change.areaCode.isEmpty() ? QString() : names.value(change.areaCode, change.areaCode);
        }
    }
    return {};
}

Result<ResourceFileImport> importFile(Store &store, const QString &path, ImportOptions options, const QString &layer, const JobControl &job)
{
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    options.progress = [&job](qint64 done, qint64 total) {
        job.report(done, total, 0, 80);
        return !job.cancelled();
    };
    if (!options.distance)
        options.distance = geodesicDistanceFunction();
    const bool dryRun = options.dryRun;
    const TextEncoding encoding = options.encoding;
    Store::Transaction transaction(store);
    ResourceImporter importer(store, std::move(options));
    Result<ImportReport> report = Error(ErrorCode::Internal);
    if (isVectorSourcePath(path)) {
        // Feature by feature, as a CSV is read piece by piece (docs/reliability.md).
        auto source = PointRecordSource::open(path, layer, encoding);
        if (!source)
            return source.error();
        report = importer.importSource(**source, path, QFileInfo(path).lastModified().date());
        if (!report && report.error().file.isEmpty())
            return Error(report.error()).inFile(path);
    } else {
        report = importer.importCsvFile(path);
    }
    if (!report)
        return report.error();
    ResourceFileImport result{*report, {}};
    if (!dryRun) {
        JobControl assignJob = job;
        assignJob.progress = [&job](int percent) { job.report(80 + percent / 5); };
        auto assignments = reassignResources(store, {}, assignJob);
        if (!assignments)
            return assignments.error();
        result.assignments = *assignments;
    }
    // Grouped by area (a dry run: the areas stored resources are in already).
    if (Status labelled = labelReleaseAreas(store, result.report); !labelled)
        return labelled.error();
    if (job.cancelled())
        return Error(ErrorCode::Cancelled);
    if (auto status = transaction.commit(); !status)
        return status.error();
    job.report(100);
    return result;
}

} // namespace

Result<ResourceFileImport> importResourceFile(Store &store, const QString &path, ImportOptions options, const QString &layer,
                                              const JobControl &job)
{
    auto imported = importFile(store, path, std::move(options), layer, job);
    if (!imported)
        return asStoreError(imported.error(), store.path());   // a full disk is the store's, not the input's
    return imported;
}

} // namespace careatlas::geo
