#pragma once

#include "geo/render/MapScene.h"

#include <QString>

#include <atomic>

namespace careatlas::geo {

// Reads a store (read-only, its own connection: call from any thread) into a scene.
Result<MapScenePointer> buildSceneFromStore(const QString &storePath, const std::atomic_bool *cancel = nullptr);

} // namespace careatlas::geo
