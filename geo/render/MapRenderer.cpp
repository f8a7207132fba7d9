#include "geo/render/MapRenderer.h"

#include "geo/render/SymbolPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGeoCoordinate>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace careatlas::geo {

namespace {

const QColor BeyondColor(0xe4, 0xeb, 0xef);
const QColor LandColor(0xfb, 0xfa, 0xf5);
const QString FontFamily = QStringLiteral("Noto Sans CJK JP");

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

QFont mapFont(double pixelSize, bool bold = false)
{
    QFont font(FontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

// Text with a halo, the cartographer's way of keeping it legible over anything.
void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QFont &font, const QColor &color,
                  const QColor &halo = QColor(255, 255, 255, 230), double haloWidth = 3.0)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.setPen(QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
}

// Placed labels: a new one is drawn only where it overlaps none of them.
class LabelSpace
{
public:
    bool isFree(const QRectF &r) const
    {
        return std::none_of(m_taken.begin(), m_taken.end(), [&](const QRectF &t) { return t.intersects(r); });
    }
    void take(const QRectF &r) { m_taken.push_back(r); }
private:
    std::vector<QRectF> m_taken;
};

QColor groupColor(const MapScene &scene, const QString &groupCode)
{
    for (const Category &c : scene.categories)
        if (c.groupCode == groupCode)
            return QColor(c.color);
    return QColor(0x60, 0x7d, 0x8b);
}

struct Cluster {
    QPointF centre;
    std::vector<int> members;
};

void drawCluster(QPainter &painter, const MapScene &scene, const Cluster &cluster)
{
    const int count = int(cluster.members.size());
    const double radius = std::min(30.0, 11.0 + 3.6 * std::log2(double(count)));
    // A ring of the category groups' colours around the count.
    QList<QPair<QString, int>> groups;
    for (int member : cluster.members) {
        const int category = scene.resources[member].category;
        const QString group = category >= 0 ? scene.categories[category].groupCode : QString();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == group; });
        if (it == groups.end())
            groups.push_back({group, 1});
        else
            ++it->second;
    }
    std::sort(groups.begin(), groups.end(), [&](const auto &l, const auto &r) {
        auto order = [&](const QString &code) {
            for (int i = 0; i < scene.groups.size(); ++i)
                if (scene.groups[i].code == code)
                    return i;
            return 99;
        };
        return order(l.first) < order(r.first);
    });
    const QRectF box(cluster.centre.x() - radius, cluster.centre.y() - radius, 2 * radius, 2 * radius);
    painter.setPen(QPen(QColor(255, 255, 255, 240), 2.0));
    painter.setBrush(Qt::white);
    painter.drawEllipse(box);
    int start = 90 * 16;
    for (const auto &[group, n] : groups) {
        const int span = -int(std::lround(360.0 * 16.0 * n / count));
        painter.setPen(Qt::NoPen);
        painter.setBrush(groupColor(scene, group));
        painter.drawPie(box.adjusted(1, 1, -1, -1), start, span);
        start += span;
    }
    painter.setBrush(QColor(255, 255, 255, 245));
    painter.drawEllipse(cluster.centre, radius * 0.64, radius * 0.64);
    const QFont font = mapFont(std::max(10.0, radius * 0.62), true);
    painter.setFont(font);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(box, Qt::AlignCenter, QString::number(count));
}

void drawScaleBar(QPainter &painter, const MapScene &scene, const MapViewport &viewport)
{
    const auto [metres, pixels] = MapRenderer::scaleBar(scene, viewport, std::min(160.0, viewport.size().width() / 4.0));
    if (metres <= 0 || pixels <= 0)
        return;
    const QPointF origin(16, viewport.size().height() - 20);
    const QString unit = metres >= 1000 ? QCoreApplication::translate("MapRenderer", "%1 km").arg(metres / 1000.0)
                                        : QCoreApplication::translate("MapRenderer", "%1 m").arg(metres);
    const QFont font = mapFont(11);
    const QFontMetricsF fm(font);
    const QRectF panel(origin.x() - 8, origin.y() - 24, pixels + 16 + fm.horizontalAdvance(unit) + 8, 34);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(panel, 4, 4);
    const double h = 5;
    for (int i = 0; i < 4; ++i) {
        const QRectF segment(origin.x() + pixels * i / 4.0, origin.y() - h, pixels / 4.0, h);
        painter.setPen(QPen(QColor(0x26, 0x32, 0x38), 1));
        painter.setBrush(i % 2 == 0 ? QColor(0x26, 0x32, 0x38) : Qt::white);
        painter.drawRect(segment);
    }
    painter.setFont(font);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(QPointF(origin.x() - 3, origin.y() - h - 4), QStringLiteral("0"));
    painter.drawText(QPointF(origin.x() + pixels + 6, origin.y()), unit);
}

void drawNorthArrow(QPainter &painter, const MapScene &scene, const MapViewport &viewport)
{
    // Grid north and true north differ away from the zone's central meridian: point at true north.
    const QPointF centreMap = viewport.centre();
    const QPointF lonLat = scene.projection.inverse(centreMap);
    const QPointF north = scene.projection.forward(lonLat.x(), lonLat.y() + 0.01);
    const double angle = std::atan2(north.x() - centreMap.x(), north.y() - centreMap.y()) * 180.0 / std::numbers::pi;
    const QPointF c(viewport.size().width() - 34, 44);
    painter.save();
    painter.translate(c);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(QPointF(0, 0), 24, 24);
    painter.rotate(std::isfinite(angle) ? angle : 0.0);
    QPolygonF left, right;
    left << QPointF(0, -17) << QPointF(-8, 9) << QPointF(0, 4);
    right << QPointF(0, -17) << QPointF(8, 9) << QPointF(0, 4);
    painter.setPen(QPen(QColor(0x26, 0x32, 0x38), 1));
    painter.setBrush(QColor(0x26, 0x32, 0x38));
    painter.drawPolygon(left);
    painter.setBrush(Qt::white);
    painter.drawPolygon(right);
    painter.restore();
    painter.setFont(mapFont(11, true));
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(QRectF(c.x() - 12, c.y() + 11, 24, 14), Qt::AlignCenter, QCoreApplication::translate("MapRenderer", "N"));
}

void drawDatasetLabel(QPainter &painter, const MapScene &scene, const RenderSettings &settings)
{
    const QString label = settings.language == QLatin1String("ja") ? scene.datasetLabelJa : scene.datasetLabelEn;
    if (label.isEmpty())
        return;
    const QFont font = mapFont(12, true);
    const QFontMetricsF fm(font);
    const QRectF box(10, 10, fm.horizontalAdvance(label) + 20, fm.height() + 10);
    painter.setPen(QPen(QColor(0xbf, 0x36, 0x0c), 1.2));
    painter.setBrush(QColor(255, 248, 225, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(QColor(0xbf, 0x36, 0x0c));
    painter.drawText(box, Qt::AlignCenter, label);
}

void drawLegend(QPainter &painter, const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                const std::vector<int> &shownCounts)
{
    QList<int> shown;
    for (int c = 0; c < scene.categories.size(); ++c)
        if (c < int(shownCounts.size()) && shownCounts[c] > 0)
            shown.push_back(c);
    if (shown.isEmpty())
        return;
    const QFont font = mapFont(11);
    const QFont titleFont = mapFont(12, true);
    const QFontMetricsF fm(font);
    const double row = std::max(16.0, fm.height() + 2);
    double width = 0;
    for (int c : shown)
        width = std::max(width, fm.horizontalAdvance(scene.categories[c].label(settings.language) + QStringLiteral(" (0000)")));
    const double maxRows = std::max(1.0, std::floor((viewport.size().height() - 140) / row));
    const int columns = int(std::ceil(shown.size() / maxRows));
    const int rows = int(std::ceil(double(shown.size()) / columns));
    const double columnWidth = width + 30;
    const QRectF box(viewport.size().width() - columns * columnWidth - 20, viewport.size().height() - rows * row - 44,
                     columns * columnWidth + 10, rows * row + 34);
    painter.setPen(QPen(QColor(0x90, 0xa4, 0xae), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(titleFont);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(QPointF(box.left() + 10, box.top() + 18), QCoreApplication::translate("MapRenderer", "Legend"));
    painter.setFont(font);
    for (int i = 0; i < shown.size(); ++i) {
        const Category &category = scene.categories[shown[i]];
        const double x = box.left() + 10 + (i / rows) * columnWidth;
        const double y = box.top() + 28 + (i % rows) * row;
        drawSymbol(painter, QPointF(x + 7, y + row / 2), category.shape, QColor(category.color), 10);
        painter.setPen(QColor(0x26, 0x32, 0x38));
        painter.drawText(QPointF(x + 20, y + row / 2 + fm.ascent() / 2 - 1),
                         QStringLiteral("%1 (%2)").arg(category.label(settings.language)).arg(shownCounts[shown[i]]));
    }
}

// Whether a label box (screen) lies inside an area's outline.
bool labelInside(const SceneArea &area, const MapViewport &viewport, const QRectF &box)
{
    for (const QPointF &p : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(), box.center()})
        if (!area.path.contains(viewport.toMap(p)))
            return false;
    return true;
}

} // namespace

LevelStyle defaultLevelStyle(int rank, int levelCount)
{
    LevelStyle style;
    const int fromFinest = levelCount - 1 - rank;
    if (rank == 0) {
        style.outline = QColor(0x26, 0x32, 0x38);
        style.outlineWidth = 2.6;
        style.labels = levelCount == 1;
    } else if (rank == 1 && fromFinest >= 1) {
        style.outline = QColor(0x45, 0x5a, 0x64);
        style.outlineWidth = 2.0;
        style.fill = true;
        style.labels = false;
    } else if (fromFinest >= 1) {
        style.outline = QColor(0x54, 0x6e, 0x7a);
        style.outlineWidth = 1.3;
        style.labelPointSize = 12.5;
        style.labelBold = true;
    } else {
        style.outline = QColor(0x90, 0xa4, 0xae);
        style.outlineWidth = 0.7;
        style.labelPointSize = 10.0;
    }
    if (levelCount == 1)
        style.fill = false;
    return style;
}

QColor MapRenderer::areaTint(int index)
{
    static const QColor palette[] = {QColor(0xdb, 0xe9, 0xf6), QColor(0xe3, 0xf1, 0xdc), QColor(0xfb, 0xe7, 0xcf),
                                     QColor(0xef, 0xe0, 0xf3), QColor(0xf9, 0xdf, 0xe0), QColor(0xdf, 0xf1, 0xef),
                                     QColor(0xf3, 0xef, 0xd6), QColor(0xe2, 0xe4, 0xf4)};
    return palette[std::abs(index) % 8];
}

std::pair<double, double> MapRenderer::scaleBar(const MapScene &scene, const MapViewport &viewport, double maxPixels)
{
    const QPointF centre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    const QPointF a = scene.projection.inverse(viewport.toMap(centre - QPointF(50, 0)));
    const QPointF b = scene.projection.inverse(viewport.toMap(centre + QPointF(50, 0)));
    const double metres = QGeoCoordinate(a.y(), a.x()).distanceTo(QGeoCoordinate(b.y(), b.x()));
    if (!(metres > 0))
        return {0, 0};
    const double groundPerPixel = metres / 100.0;
    const double maxMetres = maxPixels * groundPerPixel;
    double nice = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0}) {
        if (nice * m <= maxMetres) {
            nice *= m;
            break;
        }
    }
    return {nice, nice / groundPerPixel};
}

MapRenderer::Stats MapRenderer::render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                                       const RenderSettings &settings, const std::atomic_bool *cancel)
{
    Stats stats;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    painter.fillRect(screen, BeyondColor);
    const QRectF visible = viewport.visibleMapRect();
    const QTransform toScreen = viewport.mapToScreenTransform();
    // The painter's own transform places the frame on its device (a page of an export).
    const QTransform base = painter.transform();
    const int levelCount = int(scene.levels.size());
    auto styleOf = [&](int l) {
        return settings.levelStyles.value(scene.levels[l].level.code, defaultLevelStyle(l, levelCount));
    };
    auto visibleArea = [&](const SceneArea &area) { return area.bounds.intersects(visible); };

    // Fills, outermost level first: land, then the tints.
    painter.setTransform(toScreen * base);
    painter.setPen(Qt::NoPen);
    for (int l = 0; l < levelCount && !cancelled(cancel); ++l) {
        const LevelStyle style = styleOf(l);
        if (!style.visible)
            continue;
        const auto &areas = scene.levels[l].areas;
        for (int i = 0; i < areas.size(); ++i) {
            if (!visibleArea(areas[i]))
                continue;
            if (l == 0) {
                painter.setBrush(LandColor);
                painter.drawPath(areas[i].path);
            }
            if (style.fill) {
                QColor tint = areaTint(l == 1 ? i : std::max(0, areas[i].parentIndex));
                tint.setAlpha(l == 0 ? 255 : 210);
                painter.setBrush(tint);
                painter.drawPath(areas[i].path);
            }
        }
    }
    // Outlines, finest level first so that coarser borders lie on top.
    painter.setBrush(Qt::NoBrush);
    for (int l = levelCount - 1; l >= 0 && !cancelled(cancel); --l) {
        const LevelStyle style = styleOf(l);
        if (!style.visible)
            continue;
        QPen pen(style.outline, style.outlineWidth, style.outlineStyle, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        painter.setPen(pen);
        for (const SceneArea &area : scene.levels[l].areas) {
            if (!visibleArea(area))
                continue;
            painter.drawPath(area.path);
            ++stats.areasDrawn;
        }
    }
    painter.setTransform(base);

    // The search circle around the filter's centre, under the resources. Its radius is true on
    // the ground: measured geodesically to the east and to the north of the centre.
    if (settings.radiusMetres > 0 && !cancelled(cancel)) {
        const QPointF centre = scene.projection.forward(settings.centreLongitude, settings.centreLatitude);
        const QGeoCoordinate c(settings.centreLatitude, settings.centreLongitude);
        const QGeoCoordinate east = c.atDistanceAndAzimuth(settings.radiusMetres, 90);
        const QGeoCoordinate north = c.atDistanceAndAzimuth(settings.radiusMetres, 0);
        const QPointF e = scene.projection.forward(east.longitude(), east.latitude());
        const QPointF n = scene.projection.forward(north.longitude(), north.latitude());
        const double rx = std::hypot(e.x() - centre.x(), e.y() - centre.y()) / viewport.metresPerPixel();
        const double ry = std::hypot(n.x() - centre.x(), n.y() - centre.y()) / viewport.metresPerPixel();
        const QPointF p = viewport.toScreen(centre);
        painter.setPen(QPen(QColor(0x00, 0x69, 0x5c), 2.0, Qt::DashLine));
        painter.setBrush(QColor(0x00, 0x96, 0x88, 28));
        painter.drawEllipse(p, rx, ry);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0x00, 0x69, 0x5c));
        painter.drawEllipse(p, 6, 6);
    }

    // Resources: symbols, or counted clusters where they crowd.
    std::vector<int> shownCounts(scene.categories.size(), 0);
    std::vector<int> individual;
    std::vector<Cluster> clusters;
    if (settings.showResources && !cancelled(cancel)) {
        const double margin = settings.symbolSize * viewport.metresPerPixel();
        const std::vector<int> candidates = scene.resourcesIn(visible.adjusted(-margin, -margin, margin, margin));
        const auto *mask = settings.resourceMask.get();
        const bool cluster = settings.clusters && viewport.metresPerPixel() > 2.5;
        const double cell = 56.0;
        QHash<quint64, int> clusterOfCell;
        std::vector<std::vector<int>> cellMembers;
        for (int index : candidates) {
            if (mask && (index >= int(mask->size()) || !(*mask)[index]))
                continue;
            const int category = scene.resources[index].category;
            if (category >= 0)
                ++shownCounts[category];
            if (!cluster) {
                individual.push_back(index);
                continue;
            }
            const QPointF p = viewport.toScreen(scene.resources[index].position);
            const quint64 key = (quint64(quint32(int(std::floor(p.x() / cell)) + 100000)) << 32) | quint32(int(std::floor(p.y() / cell)) + 100000);
            auto it = clusterOfCell.constFind(key);
            if (it == clusterOfCell.constEnd()) {
                it = clusterOfCell.insert(key, int(cellMembers.size()));
                cellMembers.emplace_back();
            }
            cellMembers[it.value()].push_back(index);
        }
        for (auto &members : cellMembers) {
            if (members.size() >= 8) {
                QPointF sum;
                for (int m : members)
                    sum += viewport.toScreen(scene.resources[m].position);
                clusters.push_back({sum / double(members.size()), std::move(members)});
            } else {
                individual.insert(individual.end(), members.begin(), members.end());
            }
        }
        // Consultation and medical on top: draw the catalogue's later categories first.
        std::stable_sort(individual.begin(), individual.end(), [&](int l, int r) {
            return scene.resources[l].category > scene.resources[r].category;
        });
        for (int index : individual) {
            const SceneResource &r = scene.resources[index];
            const QPointF p = viewport.toScreen(r.position);
            if (r.category >= 0) {
                const Category &c = scene.categories[r.category];
                drawSymbol(painter, p, c.shape, QColor(c.color), settings.symbolSize);
            } else {
                drawSymbol(painter, p, SymbolShape::Circle, QColor(0x78, 0x90, 0x9c), settings.symbolSize);
            }
            ++stats.symbolsDrawn;
        }
        for (const Cluster &c : clusters) {
            drawCluster(painter, scene, c);
            ++stats.clustersDrawn;
        }
        if (!settings.selection.isEmpty()) {
            for (int index : individual)
                if (settings.selection.contains(scene.resources[index].id))
                    drawSelectionRing(painter, viewport.toScreen(scene.resources[index].position), settings.symbolSize);
        }
    }

    // Labels: coarser levels first (they have priority), then resource names at street zoom.
    LabelSpace space;
    for (const Cluster &c : clusters)
        space.take(QRectF(c.centre - QPointF(12, 12), QSizeF(24, 24)));
    for (int l = 0; l < levelCount && !cancelled(cancel); ++l) {
        const LevelStyle style = styleOf(l);
        if (!style.visible || !style.labels)
            continue;
        const QFont font = mapFont(style.labelPointSize, style.labelBold);
        const QFontMetricsF fm(font);
        const QColor color = l + 1 == levelCount ? QColor(0x45, 0x5a, 0x64) : QColor(0x26, 0x32, 0x38);
        for (const SceneArea &area : scene.levels[l].areas) {
            if (!visible.contains(area.labelPoint) || area.name.isEmpty())
                continue;
            const QPointF anchor = viewport.toScreen(area.labelPoint);
            const double width = fm.horizontalAdvance(area.name);
            const QRectF box(anchor.x() - width / 2 - 3, anchor.y() - fm.height() / 2 - 2, width + 6, fm.height() + 4);
            if (!screen.contains(box) || !space.isFree(box) || !labelInside(area, viewport, box))
                continue;
            drawHaloText(painter, QPointF(anchor.x() - width / 2, anchor.y() + fm.ascent() - fm.height() / 2), area.name, font, color);
            space.take(box);
            ++stats.labelsDrawn;
        }
    }
    if (settings.resourceLabels && viewport.metresPerPixel() <= 2.5 && !cancelled(cancel)) {
        const QFont font = mapFont(10.5);
        const QFontMetricsF fm(font);
        int placed = 0;
        for (auto it = individual.rbegin(); it != individual.rend() && placed < 400; ++it) {
            const SceneResource &r = scene.resources[*it];
            const QPointF p = viewport.toScreen(r.position);
            const double width = fm.horizontalAdvance(r.name);
            const QRectF box(p.x() + settings.symbolSize * 0.7, p.y() - fm.height() / 2, width + 4, fm.height());
            if (!screen.contains(box) || !space.isFree(box))
                continue;
            drawHaloText(painter, QPointF(box.left() + 2, p.y() + fm.ascent() - fm.height() / 2), r.name, font, QColor(0x21, 0x21, 0x21));
            space.take(box);
            ++placed;
            ++stats.labelsDrawn;
        }
    }

    // Decorations.
    if (settings.legend)
        drawLegend(painter, scene, viewport, settings, shownCounts);
    if (settings.scaleBar)
        drawScaleBar(painter, scene, viewport);
    if (settings.northArrow)
        drawNorthArrow(painter, scene, viewport);
    if (settings.datasetLabel)
        drawDatasetLabel(painter, scene, settings);
    painter.restore();
    stats.cancelled = cancelled(cancel);
    return stats;
}

QImage MapRenderer::renderImage(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                                const std::atomic_bool *cancel, Stats *stats)
{
    const double dpr = viewport.devicePixelRatio();
    QImage image(QSize(int(std::ceil(viewport.size().width() * dpr)), int(std::ceil(viewport.size().height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(BeyondColor);
    QPainter painter(&image);
    const Stats result = render(painter, scene, viewport, settings, cancel);
    painter.end();
    if (stats)
        *stats = result;
    return image;
}

} // namespace careatlas::geo
