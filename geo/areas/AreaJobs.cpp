#include "geo/areas/AreaJobs.h"

#include "core/store/Store.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace careatlas::geo {

namespace {

template <typename T>
JobControl controlFor(QPromise<Result<T>> &promise)
{
    promise.setProgressRange(0, 100);
    JobControl job;
    job.progress = [&promise](int percent) { promise.setProgressValue(percent); };
    job.cancelRequested = [&promise] { return promise.isCanceled(); };
    return job;
}

// Runs `work` and hands its result to the promise; no exception leaves the worker thread.
template <typename T, typename Work>
void deliver(QPromise<Result<T>> &promise, Work &&work)
{
    try {
        promise.addResult(work(controlFor(promise)));
    } catch (const std::exception &exception) {
        promise.addResult(Result<T>(Error(ErrorCode::Internal, QString::fromUtf8(exception.what()))));
    } catch (...) {
        promise.addResult(Result<T>(Error(ErrorCode::Internal)));
    }
}

} // namespace

QFuture<Result<SourceInfo>> inspectSourceInBackground(const QString &path, const QString &encoding)
{
    return QtConcurrent::run([path, encoding](QPromise<Result<SourceInfo>> &promise) {
        deliver(promise, [&](const JobControl &) { return inspectSource(path, encoding); });
    });
}

QFuture<Result<AreaLoadResult>> loadAreasInBackground(const QString &path, const AreaLoadOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<Result<AreaLoadResult>> &promise) {
        deliver(promise, [&](const JobControl &job) { return loadAreas(path, options, job); });
    });
}

QFuture<Result<AreaImportReport>> importAreasInBackground(const QString &storePath, const QString &path,
                                                          const AreaImportOptions &options)
{
    return QtConcurrent::run([storePath, path, options](QPromise<Result<AreaImportReport>> &promise) {
        deliver(promise, [&](const JobControl &job) -> Result<AreaImportReport> {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            return importAreas(**store, path, options, job);
        });
    });
}

QFuture<Result<QList<LevelAssignment>>> reassignResourcesInBackground(const QString &storePath)
{
    return QtConcurrent::run([storePath](QPromise<Result<QList<LevelAssignment>>> &promise) {
        deliver(promise, [&](const JobControl &job) -> Result<QList<LevelAssignment>> {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            return reassignResources(**store, {}, job);
        });
    });
}

} // namespace careatlas::geo
