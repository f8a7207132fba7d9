#pragma once

#include "geo/render/MapRenderer.h"

#include <QImage>

#include <atomic>
#include <mutex>

namespace careatlas::geo {

// Per-layer render caching, as QGIS caches the layers that did not change: the base layer of
// a frame (background raster, area fills and outlines) depends only on the scene, the viewport,
// the level styles and order and the background, so a frame whose filter, selection, search
// circle or decorations changed reuses the last base image and redraws only resources, labels
// and decorations on top of it. Shared by the canvas's render jobs (thread-safe).
class LayerCache
{
public:
    // The base layer of the frame, from the cache when nothing it depends on changed, else
    // drawn (and kept unless cancelled). `fromCache` tells which.
    QImage baseLayer(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                     const std::atomic_bool *cancel, MapRenderer::Stats *stats, bool *fromCache = nullptr);
    // Forgets the cached image (a new scene).
    void clear();
    int hits() const { return m_hits.load(); }
    int misses() const { return m_misses.load(); }

private:
    struct Key {
        const MapScene *scene = nullptr;
        MapViewport viewport;
        QHash<QString, LevelStyle> levelStyles;
        QStringList levelOrder;
        const RasterBackground *background = nullptr;
        const BaseMap *baseMap = nullptr;
        quint64 baseMapGeneration = 0;                // tiles arrived since
        double baseMapOpacity = 1.0;
        bool baseMapGreyscale = false;
        const Choropleth *choropleth = nullptr;       // a new one is made for every change
        const CoverageGaps *coverageGaps = nullptr;   // likewise
        bool operator==(const Key &) const = default;
    };
    mutable std::mutex m_mutex;
    Key m_key;
    QImage m_image;
    MapRenderer::Stats m_stats;
    std::atomic_int m_hits{0};
    std::atomic_int m_misses{0};
};

} // namespace careatlas::geo
