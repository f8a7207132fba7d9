#pragma once

#include "geo/render/MapScene.h"

#include <QString>

#include <atomic>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// The store's categories, groups and dataset labels into a scene's input (both kinds of scene).
Error readSceneCatalogue(const Store &store, MapSceneInput &input);

// Reads a store (read-only, its own connection: call from any thread) into a scene.
Result<MapScenePointer> buildSceneFromStore(const QString &storePath, const std::atomic_bool *cancel = nullptr);

// The scene holds every resource of the store, retired ones too (shown on request). For a map
// drawn without a filter: a mask (RenderSettings::resourceMask) leaving the retired out, or
// null when the store has none.
Result<std::shared_ptr<const std::vector<bool>>> currentResourcesMask(const MapScene &scene, const QString &storePath);

} // namespace careatlas::geo
