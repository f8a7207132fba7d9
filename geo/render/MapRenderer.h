#pragma once

#include "geo/render/MapScene.h"
#include "geo/render/MapViewport.h"
#include "geo/render/RenderSettings.h"

#include <QImage>
#include <QRectF>

#include <atomic>

class QPainter;

namespace careatlas::geo {

class LayerCache;

// Crowded resources are drawn as counted clusters (RenderSettings::clusters) coarser than
// 2.5 m per pixel: the resources in one cell of ClusterCellPixels logical pixels of the view
// form one cluster when they are at least ClusterMinimum (fewer stay symbols).
constexpr double ClusterCellPixels = 64.0;   // room between clusters for the area names
constexpr int ClusterMinimum = 16;            // colours and shapes are what users read
bool drawsClusters(const RenderSettings &settings, const MapViewport &viewport);
// The cluster cell of a point of the screen (logical pixels).
quint64 clusterCellOf(const QPointF &screen);

// Draws a scene through a viewport onto any QPainter device (screen image, PNG, PDF, SVG,
// printer): areas, resources (symbols or counted clusters), labels that never overlap, scale
// bar, north arrow, legend. Headless and thread-safe: render jobs call it off the UI thread.
class MapRenderer
{
public:
    struct Stats {
        int areasDrawn = 0;
        int symbolsDrawn = 0;
        int clustersDrawn = 0;
        int labelsDrawn = 0;
        bool cancelled = false;
        bool baseFromCache = false;   // the base layer came from a LayerCache
        QStringList unplacedAreas;    // names of RenderSettings::namedLevel in view that found no room
    };

    // Paints the whole frame: the rectangle (0, 0, viewport.size()) of the painter's current
    // coordinates (translate/scale the painter to place it on a page; clip it to the frame).
    static Stats render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                        const RenderSettings &settings, const std::atomic_bool *cancel = nullptr);
    // The two layers of a frame. Base: the colour beyond the areas, the background raster,
    // area fills and outlines (what depends on the viewport and the level styles only).
    // Overlay: the search circle, resources, labels and decorations (what a filter or a
    // selection changes).
    static Stats renderBase(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                            const RenderSettings &settings, const std::atomic_bool *cancel = nullptr);
    static Stats renderOverlay(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                               const RenderSettings &settings, const std::atomic_bool *cancel = nullptr);

    // A frame as an image of viewport.size() × devicePixelRatio device pixels. With a cache,
    // the base layer is reused when it did not change.
    static QImage renderImage(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                              const std::atomic_bool *cancel = nullptr, Stats *stats = nullptr, LayerCache *cache = nullptr);
    // An image for a frame of the viewport (device pixels, its device pixel ratio), filled with
    // the colour beyond the areas.
    static QImage blankImage(const MapViewport &viewport);

    // The level indices in draw order, bottom first (RenderSettings::levelOrder, then by rank).
    static std::vector<int> levelDrawOrder(const MapScene &scene, const RenderSettings &settings);

    // The length in metres of a round scale bar (1, 2 or 5 × 10^n) at most `maxPixels` long at the
    // viewport's centre, measured geodesically (Qt Positioning), and its length in pixels.
    static std::pair<double, double> scaleBar(const MapScene &scene, const MapViewport &viewport, double maxPixels);

    // The choropleth's and the uncovered parts' legends, one under the other from the top of
    // `column` (a layout's side column, when RenderSettings::statisticsLegendsInFrame is false);
    // at most its width. Returns the height used (0: neither layer); `paint` false only measures.
    static double paintStatisticsLegends(QPainter &painter, const QRectF &column, const RenderSettings &settings, bool paint = true);
    // In `column` when they fit its height, else bottom left in `frame` (page coordinates).
    static void paintStatisticsLegendsBeside(QPainter &painter, const QRectF &column, const QRectF &frame, const RenderSettings &settings);

    // The colour of an area's tint (by the index of its parent, or its own index at the top).
    static QColor areaTint(int index);
};

} // namespace careatlas::geo
