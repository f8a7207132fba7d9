#pragma once

#include "core/Error.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/render/MapScene.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace careatlas {

// Reads a store into a map scene and a filter snapshot off the UI thread. A new load cancels the one running.
class SceneLoader : public QObject
{
    Q_OBJECT
public:
    explicit SceneLoader(QObject *parent = nullptr);
    ~SceneLoader() override;

    void load(const QString &storePath);
    void cancel();
    bool isLoading() const { return m_watcher != nullptr; }

Q_SIGNALS:
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
    QList<QFutureWatcher<Outcome> *> m_retired;
};

} // namespace careatlas
