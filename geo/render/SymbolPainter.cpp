#include "geo/render/SymbolPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace careatlas::geo {

QColor symbolColor(const Category &category, bool colourBlindSafe)
{
    if (!colourBlindSafe)
        return QColor(category.color);
    const QString &g = category.groupCode;
    if (g == QLatin1String("consultation"))
        return QColor(0xcc, 0x79, 0xa7);
    if (g == QLatin1String("medical"))
        return QColor(0xd5, 0x5e, 0x00);
    if (g == QLatin1String("care"))
        return QColor(0x00, 0x72, 0xb2);
    if (g == QLatin1String("housing"))
        return QColor(0xe6, 0x9f, 0x00);
    if (g == QLatin1String("community"))
        return QColor(0x00, 0x9e, 0x73);
    return QColor(0x56, 0xb4, 0xe9);
}

namespace {

QPolygonF regular(int corners, double radius, double rotationDegrees, const QPointF &c)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double a = (rotationDegrees + 360.0 * i / corners) * std::numbers::pi / 180.0;
        polygon << c + QPointF(radius * std::cos(a), radius * std::sin(a));
    }
    return polygon;
}

QPainterPath shapePath(SymbolShape shape, const QPointF &c, double size)
{
    const double r = size / 2.0;
    QPainterPath path;
    switch (shape) {
    case SymbolShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case SymbolShape::Square:
        path.addRect(QRectF(c.x() - r * 0.88, c.y() - r * 0.88, r * 1.76, r * 1.76));
        break;
    case SymbolShape::Triangle:
        path.addPolygon(regular(3, r * 1.15, -90, c + QPointF(0, r * 0.15)));
        break;
    case SymbolShape::InvertedTriangle:
        path.addPolygon(regular(3, r * 1.15, 90, c - QPointF(0, r * 0.15)));
        break;
    case SymbolShape::Diamond:
        path.addPolygon(regular(4, r * 1.15, 0, c));
        break;
    case SymbolShape::Hexagon:
        path.addPolygon(regular(6, r * 1.02, 0, c));
        break;
    case SymbolShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0) ? r * 1.25 : r * 0.55;
            const double a = (-90.0 + 36.0 * i) * std::numbers::pi / 180.0;
            star << c + QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        path.addPolygon(star);
        break;
    }
    case SymbolShape::Cross: {
        const double t = r * 0.42;
        path.addRect(QRectF(c.x() - r, c.y() - t, 2 * r, 2 * t));
        path.addRect(QRectF(c.x() - t, c.y() - r, 2 * t, 2 * r));
        path = path.simplified();
        break;
    }
    }
    path.closeSubpath();
    return path;
}

} // namespace

void drawSymbol(QPainter &painter, const QPointF &centre, SymbolShape shape, const QColor &color, double size)
{
    const QPainterPath path = shapePath(shape, centre, size);
    painter.setPen(QPen(QColor(255, 255, 255, 235), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(QPen(color.darker(150), 0.8));
    painter.setBrush(color);
    painter.drawPath(path);
}

void drawSelectionRing(QPainter &painter, const QPointF &centre, double size)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 4.5));
    painter.drawEllipse(centre, size * 0.95, size * 0.95);
    painter.setPen(QPen(QColor(255, 214, 0), 3.0));
    painter.drawEllipse(centre, size * 0.95, size * 0.95);
}

} // namespace careatlas::geo
