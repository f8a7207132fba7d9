#include "geo/render/MapViewport.h"

#include <algorithm>

namespace careatlas::geo {

namespace {
constexpr double MetresPerLogicalPixel96Dpi = 0.0254 / 96.0;
constexpr double MinMetresPerPixel = 0.05;      // about 1:190
constexpr double MaxMetresPerPixel = 20000.0;   // the whole of Japan and more
}

MapViewport::MapViewport(const QPointF &centre, double metresPerPixel, const QSize &size, double devicePixelRatio)
    : m_centre(centre), m_metresPerPixel(std::clamp(metresPerPixel, MinMetresPerPixel, MaxMetresPerPixel)), m_size(size),
      m_devicePixelRatio(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
{
}

MapViewport MapViewport::fitting(const QRectF &mapRect, const QSize &size, double devicePixelRatio, int margin)
{
    const double usableWidth = std::max(1, size.width() - 2 * margin);
    const double usableHeight = std::max(1, size.height() - 2 * margin);
    const double width = std::max(mapRect.width(), 1.0), height = std::max(mapRect.height(), 1.0);
    return MapViewport(mapRect.center(), std::max(width / usableWidth, height / usableHeight), size, devicePixelRatio);
}

QPointF MapViewport::toScreen(const QPointF &map) const
{
    return {(map.x() - m_centre.x()) / m_metresPerPixel + m_size.width() / 2.0,
            (m_centre.y() - map.y()) / m_metresPerPixel + m_size.height() / 2.0};
}

QPointF MapViewport::toMap(const QPointF &screen) const
{
    return {m_centre.x() + (screen.x() - m_size.width() / 2.0) * m_metresPerPixel,
            m_centre.y() - (screen.y() - m_size.height() / 2.0) * m_metresPerPixel};
}

QRectF MapViewport::visibleMapRect() const
{
    const double w = m_size.width() * m_metresPerPixel, h = m_size.height() * m_metresPerPixel;
    return {m_centre.x() - w / 2, m_centre.y() - h / 2, w, h};
}

QTransform MapViewport::mapToScreenTransform() const
{
    const double s = 1.0 / m_metresPerPixel;
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * s, m_size.height() / 2.0 + m_centre.y() * s);
}

double MapViewport::scaleDenominator() const { return m_metresPerPixel / MetresPerLogicalPixel96Dpi; }

MapViewport MapViewport::panned(const QPointF &screenDelta) const
{
    MapViewport v = *this;
    v.m_centre = QPointF(m_centre.x() - screenDelta.x() * m_metresPerPixel, m_centre.y() + screenDelta.y() * m_metresPerPixel);
    return v;
}

MapViewport MapViewport::zoomed(double factor, const QPointF &screenAnchor) const
{
    if (factor <= 0)
        return *this;
    const QPointF anchor = toMap(screenAnchor);
    MapViewport v(m_centre, m_metresPerPixel / factor, m_size, m_devicePixelRatio);
    const QPointF moved = v.toMap(screenAnchor);
    v.m_centre += anchor - moved;
    return v;
}

MapViewport MapViewport::resized(const QSize &size, double devicePixelRatio) const
{
    return MapViewport(m_centre, m_metresPerPixel, size, devicePixelRatio);
}

} // namespace careatlas::geo
