#include "app/window/SceneLoader.h"

#include "core/store/Store.h"
#include "geo/render/ExtentScene.h"
#include "geo/render/MapViewport.h"
#include "geo/render/StoreScene.h"

#include <QMetaObject>
#include <QThreadPool>
#include <QPointer>

#include <QtConcurrent/QtConcurrentRun>

namespace careatlas {

namespace {
std::function<void()> &beforeFullLoadHook()
{
    static std::function<void()> hook;
    return hook;
}

// The scene of the store's full extent, read by extent at the scale the map will show it.
geo::MapScenePointer firstFrameScene(const QString &storePath, const QSize &viewSize, bool clusters, const std::atomic_bool *cancel)
{
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return nullptr;
    auto frame = geo::readStoreFrame(**store);
    if (!frame || frame->extent.isEmpty())
        return nullptr;
    const geo::MapViewport viewport = geo::MapViewport::fitting(frame->extent, viewSize.isValid() ? viewSize : QSize(1280, 800));
    auto scene = geo::buildSceneForExtent(**store, *frame, geo::extentToRead(viewport), geo::extentOptionsFor(viewport, clusters), cancel);
    return scene ? *scene : nullptr;
}
} // namespace

SceneLoader::SceneLoader(QObject *parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(2);   // the scene and the snapshot side by side
}

void SceneLoader::firstFrameShown()
{
    if (m_shown)
        m_shown->release();
}

void SceneLoader::setBeforeFullLoadHook(std::function<void()> hook) { beforeFullLoadHook() = std::move(hook); }

SceneLoader::~SceneLoader()
{
    cancel();
    for (auto *watcher : std::as_const(m_retired))
        watcher->waitForFinished();
}

void SceneLoader::cancel()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    m_shown->release();   // a load waiting for its first frame to be shown goes on to its end
    m_retired.push_back(m_watcher);
    m_watcher = nullptr;
}

void SceneLoader::load(const QString &storePath, const QSize &viewSize, bool clusters)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_shown = std::make_shared<QSemaphore>(0);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, storePath] {
        watcher->deleteLater();
        if (m_retired.removeOne(watcher) || watcher != m_watcher)
            return;
        m_watcher = nullptr;
        const Outcome outcome = watcher->result();
        if (outcome.scene && outcome.snapshot)
            Q_EMIT loaded(storePath, outcome.scene, outcome.snapshot);
        else
            Q_EMIT failed(storePath, outcome.error);
    });
    QPointer<SceneLoader> self(this);
    // The load's threads are the loader's own: the canvas's render jobs (the global pool) find a
    // free thread for the first frame while the whole store is read.
    QThreadPool *pool = m_pool;
    watcher->setFuture(QtConcurrent::run(pool, [storePath, viewSize, clusters, self, watcher, pool, cancel = m_cancel, shown = m_shown,
                                                hook = beforeFullLoadHook()]() -> Outcome {
        // The first frame first: the areas' stored outlines and the resources' positions, read
        // by SQL, in a fraction of the whole load.
        if (geo::MapScenePointer first = firstFrameScene(storePath, viewSize, clusters, cancel.get()); first && !cancel->load()) {
            QMetaObject::invokeMethod(
                watcher,
                [self, watcher, storePath, first] {
                    if (self && self->m_watcher == watcher)
                        Q_EMIT self->preview(storePath, first);
                },
                Qt::QueuedConnection);
            // Both cores for the first frame: the whole store is read once it is shown (or
            // after a few seconds, should the window not draw).
            shown->tryAcquire(1, FirstFrameWaitMs);
        }
        if (hook)
            hook();
        // The filter's snapshot is read on the other core while this one builds the scene:
        // the window waits for the longer of the two, not for both in turn.
        QFuture<Result<ResourceSnapshotPointer>> snapshotJob = QtConcurrent::run(pool, [storePath]() -> Result<ResourceSnapshotPointer> {
            auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            return ResourceSnapshot::load(**store);
        });
        auto scene = geo::buildSceneFromStore(storePath, cancel.get());
        auto snapshot = snapshotJob.result();
        if (!scene)
            return {nullptr, nullptr, scene.error()};
        if (!snapshot)
            return {nullptr, nullptr, snapshot.error()};
        return {*scene, *snapshot, Error(ErrorCode::None)};
    }));
}

} // namespace careatlas
