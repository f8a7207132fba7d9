#include "geo/export/MapFrame.h"

#include "geo/export/PageStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace careatlas::geo {

MapViewport frameViewport(const QRectF &frame, const QRectF &extent)
{
    const QSize size(int(std::floor(frame.width())), int(std::floor(frame.height())));
    return MapViewport::fitting(extent, size, 1.0, 18);
}

MapRenderer::Stats paintMapFrame(QPainter &painter, const QRectF &frame, const MapScene &scene, const MapFrameOptions &options,
                                 const std::atomic_bool *cancel, QRectF *visible)
{
    const QRectF extent = options.extent.isEmpty() ? (options.focus ? options.focus->bounds : scene.extent()) : options.extent;
    const MapViewport viewport = frameViewport(frame, extent);
    if (visible)
        *visible = viewport.visibleMapRect();
    painter.save();
    painter.setClipRect(frame);
    painter.translate(frame.topLeft());
    RenderSettings settings = options.settings;
    if (settings.baseMap && settings.baseMapWaitMilliseconds <= 0)
        settings.baseMapWaitMilliseconds = 30000;   // a page waits for its base map's tiles
    MapRenderer::Stats stats = MapRenderer::render(painter, scene, viewport, settings, cancel);
    if (options.focus) {
        const QPainterPath area = viewport.mapToScreenTransform().map(options.focus->path);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28, 220), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(area);
    }
    painter.restore();
    painter.save();
    painter.setPen(QPen(PageColors::Text, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
    return stats;
}

std::shared_ptr<const std::vector<bool>> resourceMaskFor(const MapScene &scene, const QList<Resource> &resources)
{
    auto mask = std::make_shared<std::vector<bool>>(scene.resources.size(), false);
    for (const Resource &r : resources) {
        const auto it = scene.resourceIndex.constFind(r.id);
        if (it != scene.resourceIndex.constEnd() && it.value() >= 0 && it.value() < int(mask->size()))
            (*mask)[it.value()] = true;
    }
    return mask;
}

QList<Resource> resourcesInside(const MapScene &scene, const QList<Resource> &resources, const QRectF &mapRect)
{
    QList<Resource> inside;
    for (const Resource &r : resources) {
        const auto it = scene.resourceIndex.constFind(r.id);
        if (it != scene.resourceIndex.constEnd() && mapRect.contains(scene.resources[it.value()].position))
            inside.push_back(r);
    }
    return inside;
}

const SceneAreaLevel *findSceneLevel(const MapScene &scene, const QString &levelCode)
{
    for (const SceneAreaLevel &level : scene.levels)
        if (level.level.code == levelCode)
            return &level;
    return nullptr;
}

const SceneArea *findSceneArea(const MapScene &scene, const QString &levelCode, const QString &areaCode)
{
    const SceneAreaLevel *level = findSceneLevel(scene, levelCode);
    if (!level)
        return nullptr;
    for (const SceneArea &area : level->areas)
        if (area.code == areaCode)
            return &area;
    return nullptr;
}

} // namespace careatlas::geo
