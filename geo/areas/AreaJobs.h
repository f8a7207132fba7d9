#pragma once

// The area jobs for a GUI: run on Qt's global thread pool, report progress (0–100) through
// the QFuture (QFutureWatcher::progressValueChanged) and stop when the future is cancelled:
// nothing is written then, and a cancelled future holds no result (check isCanceled() before
// result()). Arguments are copied;
// the worker opens its own GDAL datasets and its own Store connection on `storePath`.
//
//     auto future = geo::importAreasInBackground(storePath, file, options);
//     watcher->setFuture(future);                 // progress bar, Cancel → future.cancel()
//     ... on finished: if (!future.isCanceled()) { const auto result = future.result(); ... }

#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"
#include "geo/areas/ResourceAssignment.h"

#include <QFuture>

namespace careatlas::geo {

QFuture<Result<SourceInfo>> inspectSourceInBackground(const QString &path, const QString &encoding = {});
QFuture<Result<AreaLoadResult>> loadAreasInBackground(const QString &path, const AreaLoadOptions &options);
QFuture<Result<AreaImportReport>> importAreasInBackground(const QString &storePath, const QString &path,
                                                          const AreaImportOptions &options);
QFuture<Result<QList<LevelAssignment>>> reassignResourcesInBackground(const QString &storePath);

} // namespace careatlas::geo
