#include "geo/import/ResourceFileImport.h"

#include "core/store/Store.h"
#include "geo/import/PointSourceReader.h"
#include "geo/query/Geodesic.h"

#include <QFileInfo>

namespace careatlas::geo {

Result<ResourceFileImport> importResourceFile(Store &store, const QString &path, ImportOptions options, const QString &layer,
                                              const JobControl &job)
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
        auto table = readPointSource(path, layer, encoding);
        if (!table)
            return table.error();
        report = importer.importTable(*table, path, QFileInfo(path).lastModified().date());
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
    if (job.cancelled())
        return Error(ErrorCode::Cancelled);
    if (auto status = transaction.commit(); !status)
        return status.error();
    job.report(100);
    return result;
}

} // namespace careatlas::geo
