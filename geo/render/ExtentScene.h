#pragma once

#include "core/Result.h"
#include "geo/render/MapScene.h"
#include "geo/render/MapViewport.h"

#include <QRectF>
#include <QSet>

#include <atomic>
#include <memory>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// Read only what is drawn: a map scene of one part of a store, read by SQL through the store's
// R*Trees and stored outlines (ca_area_outlines) instead of building the scene of the whole
// store (buildSceneFromStore). `render` and the window's first frame use it.

// What every scene of a store shares: the projection (chosen as buildScene chooses it, from the
// middle of the store's areas and located resources — here their R*Tree boxes) and the store's
// whole extent in map metres (what "full extent" fits).
struct StoreFrame {
    MapProjection projection;
    QRectF extent;        // map metres
    QRectF lonLatExtent;  // EPSG:6668, x = longitude
};
Result<StoreFrame> readStoreFrame(const Store &store);

struct ExtentSceneOptions {
    // The scale the scene is drawn at (device pixels: metres per logical pixel / pixel ratio):
    // it picks the outline read — the 400 m or 40 m stored outline where the renderer would draw
    // no finer (SceneArea::LodTolerance), the full outline only below that — and whether the
    // resources' names, addresses and phone numbers are read (street scale, where they are drawn).
    double metresPerPixel = 0;
    // Retired resources left out (what a map without a filter shows: currentResourcesMask).
    bool hideRetired = true;
    // When set: only these resources (a filter's matches).
    std::shared_ptr<const QSet<qint64>> only;
    // The view the scene is drawn in, when it draws crowded resources as clusters
    // (MapRenderer's drawsClusters) and the scale is 5 m per pixel or coarser: the resources of
    // a cluster cell of that view (ClusterCellPixels) holding ClusterMinimum or more are read as
    // one group per category (SceneResource::weight) at their mean position; those of the
    // other cells one by one. The view then draws the same clusters, counts and symbols as a
    // scene of every resource, from a few thousand points instead of 200,000; another view of
    // the same scene groups the groups again (the counts stay, a cluster may move by a cell).
    std::optional<MapViewport> clusterView;
};

// The resources whose R*Tree box meets `mapRect` (map metres of `frame.projection`) and the
// areas of every level whose R*Tree box meets it. The scene's extent() is the store's whole
// extent; unlocatedCount counts the whole store. `cancel` is polled.
Result<MapScenePointer> buildSceneForExtent(const Store &store, const StoreFrame &frame, const QRectF &mapRect,
                                            const ExtentSceneOptions &options, const std::atomic_bool *cancel = nullptr);

// What a view reads: its visible rectangle and a margin of 64 pixels (symbols and clusters
// whose position lies just outside still show), at its scale (device pixels), the resources in
// the view's cluster cells when it draws clusters (`clusters`: RenderSettings::clusters, no
// numbers) at 5 m per pixel or coarser.
QRectF extentToRead(const MapViewport &view);
ExtentSceneOptions extentOptionsFor(const MapViewport &view, bool clusters);
// Whether a scene read by extent draws `view` as a scene read for it would: the view inside
// what was read, the same outlines and resource detail for its scale, and the same cluster
// cells when grouped. Always true for the whole store's scene.
bool extentSceneServes(const MapScene &scene, const MapViewport &view, bool clusters);

// The longitude/latitude box (EPSG:6668) that holds a map rectangle: its edges inverse-projected
// at several points each.
QRectF lonLatBoxOf(const MapProjection &projection, const QRectF &mapRect);

} // namespace careatlas::geo
