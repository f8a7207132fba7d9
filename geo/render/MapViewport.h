#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace careatlas::geo {

// What part of the map a frame shows: a centre in map metres, metres per logical pixel and a
// size in logical pixels (device pixels = logical × devicePixelRatio). Map y points north,
// screen y points down.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QPointF &centre, double metresPerPixel, const QSize &size, double devicePixelRatio = 1.0);

    // The viewport that shows `mapRect` whole in `size`, with a margin in pixels on each side.
    static MapViewport fitting(const QRectF &mapRect, const QSize &size, double devicePixelRatio = 1.0, int margin = 24);

    QPointF centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    QSize size() const { return m_size; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    bool isValid() const { return m_metresPerPixel > 0 && !m_size.isEmpty(); }

    QPointF toScreen(const QPointF &map) const;
    QPointF toMap(const QPointF &screen) const;
    QRectF visibleMapRect() const;
    QTransform mapToScreenTransform() const;
    // The scale as 1:N for a screen of 96 logical pixels per inch.
    double scaleDenominator() const;

    MapViewport panned(const QPointF &screenDelta) const;
    // Zoomed by `factor` (> 1 zooms in) keeping the map point under `screenAnchor` in place.
    MapViewport zoomed(double factor, const QPointF &screenAnchor) const;
    MapViewport resized(const QSize &size, double devicePixelRatio) const;

    bool operator==(const MapViewport &) const = default;

private:
    QPointF m_centre;
    double m_metresPerPixel = 0;
    QSize m_size;
    double m_devicePixelRatio = 1.0;
};

} // namespace careatlas::geo
