#include "geo/render/LayerCache.h"

#include "geo/basemap/BaseMap.h"

#include <QPainter>

namespace careatlas::geo {

QImage LayerCache::baseLayer(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                             const std::atomic_bool *cancel, MapRenderer::Stats *stats, bool *fromCache)
{
    const Key key{&scene, viewport, settings.levelStyles, settings.levelOrder, settings.background.get(), settings.baseMap.get(),
                  settings.baseMap ? settings.baseMap->generation() : 0, settings.baseMapOpacity, settings.baseMapGreyscale,
                  settings.choropleth.get(), settings.coverageGaps.get()};
    {
        std::lock_guard lock(m_mutex);
        if (!m_image.isNull() && m_key == key) {
            ++m_hits;
            if (stats)
                *stats = m_stats;
            if (fromCache)
                *fromCache = true;
            return m_image;
        }
    }
    ++m_misses;
    if (fromCache)
        *fromCache = false;
    // Drawn outside the lock: a newer job need not wait for an older one.
    QImage image = MapRenderer::blankImage(viewport);
    QPainter painter(&image);
    const MapRenderer::Stats drawn = MapRenderer::renderBase(painter, scene, viewport, settings, cancel);
    painter.end();
    if (stats)
        *stats = drawn;
    if (!drawn.cancelled) {
        std::lock_guard lock(m_mutex);
        m_key = key;
        m_image = image;
        m_stats = drawn;
    }
    return image;
}

void LayerCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_key = Key();
    m_image = QImage();
}

} // namespace careatlas::geo
