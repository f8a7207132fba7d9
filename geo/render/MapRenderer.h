#pragma once

#include "geo/render/MapScene.h"
#include "geo/render/MapViewport.h"
#include "geo/render/RenderSettings.h"

#include <QImage>

#include <atomic>

class QPainter;

namespace careatlas::geo {

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
    };

    // Paints the whole frame: the rectangle (0, 0, viewport.size()) of the painter's current
    // coordinates (translate/scale the painter to place it on a page; clip it to the frame).
    static Stats render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                        const RenderSettings &settings, const std::atomic_bool *cancel = nullptr);

    // A frame as an image of viewport.size() × devicePixelRatio device pixels.
    static QImage renderImage(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                              const std::atomic_bool *cancel = nullptr, Stats *stats = nullptr);

    // The length in metres of a round scale bar (1, 2 or 5 × 10^n) at most `maxPixels` long at the
    // viewport's centre, measured geodesically (Qt Positioning), and its length in pixels.
    static std::pair<double, double> scaleBar(const MapScene &scene, const MapViewport &viewport, double maxPixels);

    // The colour of an area's tint (by the index of its parent, or its own index at the top).
    static QColor areaTint(int index);
};

} // namespace careatlas::geo
