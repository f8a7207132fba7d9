#include "app/window/SceneLoader.h"

#include "core/store/Store.h"
#include "geo/render/StoreScene.h"

#include <QtConcurrent/QtConcurrentRun>

namespace careatlas {

SceneLoader::SceneLoader(QObject *parent) : QObject(parent) {}

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
    m_retired.push_back(m_watcher);
    m_watcher = nullptr;
}

void SceneLoader::load(const QString &storePath)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
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
    watcher->setFuture(QtConcurrent::run([storePath, cancel = m_cancel]() -> Outcome {
        // The filter's snapshot is read on the other core while this one builds the scene:
        // the window waits for the longer of the two, not for both in turn.
        QFuture<Result<ResourceSnapshotPointer>> snapshotJob = QtConcurrent::run([storePath]() -> Result<ResourceSnapshotPointer> {
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
