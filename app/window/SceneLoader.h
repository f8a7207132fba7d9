#pragma once

#include "core/Error.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/render/MapScene.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSemaphore>
#include <QThreadPool>

#include <QSize>

#include <atomic>
#include <functional>
#include <memory>

namespace careatlas {

// Reads a store into a map scene and a filter snapshot off the UI thread. A new load cancels the one running.
class SceneLoader : public QObject
{
    Q_OBJECT
public:
    explicit SceneLoader(QObject *parent = nullptr);
    ~SceneLoader() override;

    // `viewSize`: the map's size in logical pixels, for the first frame (see `preview`);
    // `clusters`: the map draws crowded resources as clusters (the first frame's scene then
    // holds counts per cluster cell instead of every resource: ExtentSceneOptions::clusterView).
    void load(const QString &storePath, const QSize &viewSize = QSize(), bool clusters = true);
    void cancel();
    bool isLoading() const { return m_watcher != nullptr; }

    // Tests: called on the loading thread after the first frame's scene is sent and before the
    // whole store is read (a test holds it there to see the window before the load ends).
    static void setBeforeFullLoadHook(std::function<void()> hook);
    // The window has drawn the first frame (`preview`): the load reads the whole store now.
    void firstFrameShown();
    static constexpr int FirstFrameWaitMs = 3000;

Q_SIGNALS:
    // The scene of the store's full extent read by extent (ExtentScene.h): what the first frame
    // needs, sent before the whole scene and the filter's snapshot are read (`loaded`).
    void preview(const QString &storePath, careatlas::geo::MapScenePointer scene);
    void loaded(const QString &storePath, careatlas::geo::MapScenePointer scene, careatlas::ResourceSnapshotPointer snapshot);
    void failed(const QString &storePath, const careatlas::Error &error);

private:
    struct Outcome {
        geo::MapScenePointer scene;
        ResourceSnapshotPointer snapshot;
        Error error;
    };
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QSemaphore> m_shown;
    QThreadPool *m_pool = nullptr;
    QList<QFutureWatcher<Outcome> *> m_retired;
};

} // namespace careatlas
