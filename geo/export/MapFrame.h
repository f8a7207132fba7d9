#pragma once

#include "core/Resource.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/MapScene.h"
#include "geo/render/RenderSettings.h"

#include <QList>
#include <QRectF>

#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace careatlas::geo {

// A map drawn into a rectangle of a page: MapRenderer::render with a viewport sized to the
// frame, clipped to it, with a border. A focus area is shown whole with its outline drawn
// strong (atlas pages, a chosen area's layout); set settings.resourceMask to show only its
// resources.
struct MapFrameOptions {
    QRectF extent;                    // map metres to show whole; empty: the scene's extent
    const SceneArea *focus = nullptr;
    RenderSettings settings;
};

// The viewport a frame of that size uses to show `extent` (screen coordinates from the frame's
// top-left corner).
MapViewport frameViewport(const QRectF &frame, const QRectF &extent);

// `visible` receives the map rectangle (map metres) the frame shows.
MapRenderer::Stats paintMapFrame(QPainter &painter, const QRectF &frame, const MapScene &scene, const MapFrameOptions &options,
                                 const std::atomic_bool *cancel = nullptr, QRectF *visible = nullptr);

// The resources that lie inside a map rectangle (by their scene positions).
QList<Resource> resourcesInside(const MapScene &scene, const QList<Resource> &resources, const QRectF &mapRect);

// Which scene resources are among `resources` (by id): the mask of RenderSettings.
std::shared_ptr<const std::vector<bool>> resourceMaskFor(const MapScene &scene, const QList<Resource> &resources);

// The scene's area of a level by code, or null.
const SceneArea *findSceneArea(const MapScene &scene, const QString &levelCode, const QString &areaCode);
const SceneAreaLevel *findSceneLevel(const MapScene &scene, const QString &levelCode);

} // namespace careatlas::geo
