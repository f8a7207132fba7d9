#include "geo/render/MapRenderer.h"

#include "core/text/DisplayFormat.h"
#include "geo/basemap/BaseMap.h"
#include "geo/render/LayerCache.h"
#include "geo/render/RasterBackground.h"
#include "geo/render/SymbolPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGeoCoordinate>
#include <QLocale>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

namespace careatlas::geo {

bool drawsClusters(const RenderSettings &settings, const MapViewport &viewport)
{
    return settings.clusters && !settings.resourceNumbers && viewport.metresPerPixel() > 2.5;
}

quint64 clusterCellOf(const QPointF &screen)
{
    return (quint64(quint32(int(std::floor(screen.x() / ClusterCellPixels)) + 100000)) << 32)
           | quint32(int(std::floor(screen.y() / ClusterCellPixels)) + 100000);
}

namespace {

const QColor BeyondColor(0xe4, 0xeb, 0xef);
const QColor LandColor(0xfb, 0xfa, 0xf5);
const QString FontFamily = QStringLiteral("Noto Sans CJK JP");

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Device pixels per logical pixel of the output: the screen's ratio, a PNG export's scale; a
// vector output (PDF, SVG, printer) gets rasters at twice its page pixels (192 dpi), capped
// at 3× (288 dpi) so that a 1200 dpi printer does not need hundreds of tiles.
double outputPixelRatio(const QPainter &painter, const MapViewport &viewport)
{
    double ratio = std::max(viewport.devicePixelRatio(), std::sqrt(std::abs(painter.deviceTransform().determinant())));
    const QPaintEngine *engine = painter.paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    if (type != QPaintEngine::Raster && type != QPaintEngine::OpenGL2 && type != QPaintEngine::OpenGL)
        ratio = std::max(ratio, 2.0);
    return std::clamp(ratio, 0.5, 3.0);
}

// Grey by luminance, alpha kept (premultiplied grey stays premultiplied).
void makeGrey(QImage &image)
{
    image = std::move(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int g = qGray(row[x]);
            row[x] = qRgba(g, g, g, qAlpha(row[x]));
        }
    }
}

QFont mapFont(double pixelSize, bool bold = false)
{
    QFont font(FontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

// Text with a halo, the cartographer's way of keeping it legible over anything: the text in
// the halo's colour at offsets all around, then the text itself. Glyphs come from Qt's glyph
// cache, far cheaper than stroking the text's outline as a path.
void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QFont &font, const QColor &color,
                  const QColor &halo = QColor(255, 255, 255, 230), double haloWidth = 3.0)
{
    painter.setFont(font);
    painter.setPen(halo);
    const double r = haloWidth / 2.0;
    static const QPointF directions[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7071, 0.7071}, {-0.7071, 0.7071}, {0.7071, -0.7071}, {-0.7071, -0.7071}};
    for (const QPointF &d : directions)
        painter.drawText(baseline + d * r, text);
    painter.setPen(color);
    painter.drawText(baseline, text);
}

// What labels must avoid: hard obstacles (placed labels, decorations) are never overlapped;
// clusters and symbols are avoided where another place exists. A grid of buckets keeps the
// tests cheap with thousands of symbols.
class LabelSpace
{
public:
    enum Kind { Hard, Cluster, Symbol };
    struct Limits {
        int symbols;
        int clusters;
    };
    bool isFree(const QRectF &r, Limits limits) const
    {
        int symbols = 0, clusters = 0;
        const int x0 = cell(r.left()), x1 = cell(r.right()), y0 = cell(r.top()), y1 = cell(r.bottom());
        std::vector<int> seen;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                auto it = m_cells.constFind(key(x, y));
                if (it == m_cells.constEnd())
                    continue;
                for (int i : it.value()) {
                    if (!m_boxes[i].intersects(r) || std::find(seen.begin(), seen.end(), i) != seen.end())
                        continue;
                    seen.push_back(i);
                    if (m_kinds[i] == Hard)
                        return false;
                    if ((m_kinds[i] == Cluster ? ++clusters > limits.clusters : ++symbols > limits.symbols))
                        return false;
                }
            }
        return true;
    }
    void take(const QRectF &r, Kind kind = Hard)
    {
        const int index = int(m_boxes.size());
        m_boxes.push_back(r);
        m_kinds.push_back(kind);
        for (int y = cell(r.top()); y <= cell(r.bottom()); ++y)
            for (int x = cell(r.left()); x <= cell(r.right()); ++x)
                m_cells[key(x, y)].push_back(index);
    }

private:
    static int cell(double v) { return int(std::floor(v / 64.0)); }
    static quint64 key(int x, int y) { return (quint64(quint32(x + 100000)) << 32) | quint32(y + 100000); }
    std::vector<QRectF> m_boxes;
    std::vector<Kind> m_kinds;
    QHash<quint64, QList<int>> m_cells;
};

// The distance from a map point to the nearest edge of an area's outline (map metres).
double distanceToOutline(const QPainterPath &path, const QPointF &p)
{
    double best = std::numeric_limits<double>::max();
    QPointF previous;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF current(e.x, e.y);
        if (!e.isMoveTo()) {
            const QPointF d = current - previous;
            const double length2 = d.x() * d.x() + d.y() * d.y();
            double t = length2 > 0 ? ((p.x() - previous.x()) * d.x() + (p.y() - previous.y()) * d.y()) / length2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            const QPointF nearest = previous + t * d;
            best = std::min(best, std::hypot(p.x() - nearest.x(), p.y() - nearest.y()));
        }
        previous = current;
    }
    return best;
}

// Where an area's label may go, best first (screen pixels, the label's centre): its label
// point (centroid, or a point on its surface); the sampled point farthest from the outline
// within the visible part (a pole of inaccessibility, roughly); the label point shifted by
// about the label's size; the other sampled points by their distance from the outline.
std::vector<QPointF> labelCandidates(const SceneArea &area, const MapViewport &viewport, const QRectF &visible, const QSizeF &label)
{
    std::vector<QPointF> candidates;
    const QPointF anchor = viewport.toScreen(area.labelPoint);
    if (visible.contains(area.labelPoint))
        candidates.push_back(anchor);
    const QRectF part = area.bounds.intersected(visible);
    std::vector<std::pair<double, QPointF>> samples;
    if (!part.isEmpty()) {
        constexpr int n = 6;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const QPointF m(part.left() + part.width() * (i + 0.5) / n, part.top() + part.height() * (j + 0.5) / n);
                if (area.path.contains(m))
                    samples.emplace_back(distanceToOutline(area.path, m), viewport.toScreen(m));
            }
        std::sort(samples.begin(), samples.end(), [](const auto &l, const auto &r) { return l.first > r.first; });
    }
    if (!samples.empty())
        candidates.push_back(samples.front().second);
    if (visible.contains(area.labelPoint)) {
        const double dx = label.width() * 0.6, dy = label.height() * 1.1;
        for (const QPointF &shift : {QPointF(0, -dy), QPointF(0, dy), QPointF(dx, 0), QPointF(-dx, 0), QPointF(dx, -dy),
                                     QPointF(-dx, -dy), QPointF(dx, dy), QPointF(-dx, dy)})
            candidates.push_back(anchor + shift);
    }
    for (size_t i = 1; i < samples.size() && i < 12; ++i)
        candidates.push_back(samples[i].second);
    return candidates;
}

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

int clusterCount(const MapScene &scene, const Cluster &cluster)
{
    int count = 0;
    for (int member : cluster.members)
        count += scene.resources[member].weight;
    return count;
}

void drawCluster(QPainter &painter, const MapScene &scene, const Cluster &cluster)
{
    const int count = clusterCount(scene, cluster);
    const double radius = std::min(30.0, 11.0 + 3.6 * std::log2(double(count)));
    // A ring of the category groups' colours around the count.
    QList<QPair<QString, int>> groups;
    for (int member : cluster.members) {
        const int category = scene.resources[member].category;
        const int weight = scene.resources[member].weight;
        const QString group = category >= 0 ? scene.categories[category].groupCode : QString();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == group; });
        if (it == groups.end())
            groups.push_back({group, weight});
        else
            it->second += weight;
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

// The base map's credit line in the bottom right corner (as web maps place it), and above it a
// notice when tiles could not be fetched. Returns the rectangle taken.
QRectF drawAttribution(QPainter &painter, const MapViewport &viewport, const QString &credit, const QString &notice)
{
    QRectF taken;
    const QFont font = mapFont(10);
    const QFontMetricsF fm(font);
    painter.setFont(font);
    double bottom = viewport.size().height();
    auto box = [&](const QString &text, const QColor &fill, const QColor &ink) {
        const double maxWidth = viewport.size().width() * 0.6;
        const QString shown = fm.elidedText(text, Qt::ElideRight, maxWidth);
        const QRectF r(viewport.size().width() - fm.horizontalAdvance(shown) - 10, bottom - fm.height() - 2, fm.horizontalAdvance(shown) + 10, fm.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(r);
        painter.setPen(ink);
        painter.drawText(r, Qt::AlignCenter, shown);
        taken = taken.united(r);
        bottom = r.top() - 2;
    };
    if (!credit.isEmpty())
        box(credit, QColor(255, 255, 255, 215), QColor(0x37, 0x47, 0x4f));
    if (!notice.isEmpty())
        box(notice, QColor(255, 243, 224, 235), QColor(0xbf, 0x36, 0x0c));
    return taken;
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
        width = std::max(width, fm.horizontalAdvance(scene.categories[c].shortLabel(settings.language) + QStringLiteral(" (0000)")));
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
                         formatLabelCount(category.shortLabel(settings.language), shownCounts[shown[i]], settings.language));
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

// The choropleth's legend: the title, a swatch and the limits of each class, and the hatched
// swatch of the areas with none. Its box's top-left corner at `anchor` (`fromTop`), else its
// bottom-left corner; at most `maxWidth` wide (the title wraps). Returns the box.
QRectF drawChoroplethLegend(QPainter &painter, const QPointF &anchor, bool fromTop, double maxWidth, const Choropleth &choropleth, bool paint = true)
{
    const QFont font = mapFont(10.5);
    const QFont titleFont = mapFont(11, true);
    // Measured on the device drawn on (a PDF's metrics differ from the screen's by a pixel or so).
    const QFontMetricsF fm(font, painter.device()), tm(titleFont, painter.device());
    const double row = std::max(16.0, fm.height() + 2);
    QStringList labels;
    const auto &upper = choropleth.breaks.upper;
    const QLocale locale = QLocale::c();
    for (std::size_t c = 0; c < upper.size(); ++c) {
        const double from = c == 0 ? choropleth.breaks.minimum : upper[c - 1];
        const QString a = locale.toString(from, 'f', choropleth.decimals), b = locale.toString(upper[c], 'f', choropleth.decimals);
        // A first class of one value (few areas) reads as that value, not "14 – 14".
        labels << (c > 0 ? QStringLiteral("> %1 – %2").arg(a, b) : a == b ? a : QStringLiteral("%1 – %2").arg(a, b));
    }
    // The hatch's line only when some area has none.
    const bool anyNone = std::any_of(choropleth.values.cbegin(), choropleth.values.cend(), [&](double v) { return choropleth.breaks.classOf(v) < 0; });
    if (anyNone)
        labels << choropleth.noneLabel;
    const double inner = std::max(60.0, maxWidth - 20);
    double width = std::min(inner, std::min(320.0, tm.horizontalAdvance(choropleth.title) + 2));
    for (const QString &l : labels)
        width = std::max(width, std::min(inner, fm.horizontalAdvance(l) + 30));
    const QRectF titleBox = tm.boundingRect(QRectF(0, 0, width, 400), Qt::TextWordWrap, choropleth.title);
    const double height = titleBox.height() + 10 + labels.size() * row + 8;
    const QRectF box(anchor.x(), fromTop ? anchor.y() : anchor.y() - height, width + 20, height);
    if (!paint)
        return box;
    painter.setPen(QPen(QColor(0x90, 0xa4, 0xae), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.setFont(titleFont);
    painter.drawText(QRectF(box.left() + 10, box.top() + 5, width, titleBox.height()), Qt::TextWordWrap, choropleth.title);
    painter.setFont(font);
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF swatch(box.left() + 10, box.top() + titleBox.height() + 10 + i * row + 2, 20, row - 4);
        if (i < int(upper.size())) {
            painter.setPen(QPen(QColor(0x78, 0x90, 0x9c), 0.8));
            painter.setBrush(choropleth.colors[std::min<std::size_t>(i, choropleth.colors.size() - 1)]);
            painter.drawRect(swatch);
        } else {
            painter.setPen(QPen(QColor(0x78, 0x90, 0x9c), 0.8));
            painter.setBrush(QColor(0xf5, 0xf5, 0xf5));
            painter.drawRect(swatch);
            painter.setBrush(QBrush(QColor(0x75, 0x75, 0x75), Qt::BDiagPattern));
            painter.drawRect(swatch);
        }
        painter.setPen(QColor(0x26, 0x32, 0x38));
        painter.drawText(QPointF(swatch.right() + 6, swatch.center().y() + fm.ascent() / 2 - 1), labels[i]);
    }
    return box;
}

// The uncovered parts' fill: grey with dark lines rising to the left, unlike the choropleth's
// hatch of areas with none (the caller lays the hatch in device pixels).
void setGapBrushes(QBrush &fill, QBrush &hatch, bool background)
{
    fill = QBrush(QColor(0x9e, 0x9e, 0x9e, background ? 150 : 170));
    hatch = QBrush(QColor(0x37, 0x47, 0x4f, 200), Qt::FDiagPattern);
}

// The uncovered parts' legend line, placed as drawChoroplethLegend places its box. Returns the box.
QRectF drawCoverageLegend(QPainter &painter, const QPointF &anchor, bool fromTop, double maxWidth, const CoverageGaps &gaps, bool paint = true)
{
    const QFont font = mapFont(10.5);
    const QFontMetricsF fm(font, painter.device());
    const double width = std::min(std::max(60.0, maxWidth - 20), std::min(360.0, fm.horizontalAdvance(gaps.label) + 2) + 30);
    const QRectF textBox = fm.boundingRect(QRectF(0, 0, width - 30, 400), Qt::TextWordWrap, gaps.label);
    const double height = std::max(18.0, textBox.height()) + 10;
    const QRectF box(anchor.x(), fromTop ? anchor.y() : anchor.y() - height, width + 20, height);
    if (!paint)
        return box;
    painter.setPen(QPen(QColor(0x90, 0xa4, 0xae), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    const QRectF swatch(box.left() + 10, box.center().y() - 7, 20, 14);
    QBrush fill, hatch;
    setGapBrushes(fill, hatch, false);
    painter.setPen(QPen(QColor(0x78, 0x90, 0x9c), 0.8));
    painter.setBrush(fill);
    painter.drawRect(swatch);
    painter.setBrush(hatch);
    painter.drawRect(swatch);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.setFont(font);
    painter.drawText(QRectF(swatch.right() + 6, box.top() + 5, width - 26, box.height() - 10), Qt::AlignVCenter | Qt::TextWordWrap, gaps.label);
    return box;
}

// The statistics legends bottom left, above the scale bar (unless a layout draws them beside the
// map). Returns the rectangle they take (`paint` false: only measured, for the labels to avoid).
QRectF frameStatisticsLegends(QPainter &painter, const MapViewport &viewport, const RenderSettings &settings, bool paint)
{
    QRectF taken;
    if (!settings.statisticsLegendsInFrame)
        return taken;
    const double maxWidth = std::max(120.0, viewport.size().width() * 0.45);
    double legendBottom = viewport.size().height() - 56;
    if (settings.choropleth && !settings.choropleth->breaks.upper.empty()) {
        const QRectF box = drawChoroplethLegend(painter, QPointF(10, legendBottom), false, maxWidth, *settings.choropleth, paint);
        taken = taken.united(box);
        legendBottom = box.top() - 6;
    }
    if (settings.coverageGaps && !settings.coverageGaps->label.isEmpty())
        taken = taken.united(drawCoverageLegend(painter, QPointF(10, legendBottom), false, maxWidth, *settings.coverageGaps, paint));
    return taken;
}

} // namespace

double MapRenderer::paintStatisticsLegends(QPainter &painter, const QRectF &column, const RenderSettings &settings, bool paint)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    double y = column.top();
    if (settings.choropleth && !settings.choropleth->breaks.upper.empty())
        y = drawChoroplethLegend(painter, QPointF(column.left(), y), true, column.width(), *settings.choropleth, paint).bottom() + 6;
    if (settings.coverageGaps && !settings.coverageGaps->label.isEmpty())
        y = drawCoverageLegend(painter, QPointF(column.left(), y), true, column.width(), *settings.coverageGaps, paint).bottom() + 6;
    painter.restore();
    return y - column.top();
}

void MapRenderer::paintStatisticsLegendsBeside(QPainter &painter, const QRectF &column, const QRectF &frame, const RenderSettings &settings)
{
    const double needed = paintStatisticsLegends(painter, column, settings, false);
    if (needed <= 0)
        return;
    if (needed <= column.height()) {
        paintStatisticsLegends(painter, column, settings);
        return;
    }
    // No room left in the column: bottom left in the frame, above the scale bar, as on screen.
    const QRectF inFrame(frame.left() + 10, frame.bottom() - 56 - needed, std::max(120.0, frame.width() * 0.45), needed);
    paintStatisticsLegends(painter, inFrame, settings);
}

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

std::vector<int> MapRenderer::levelDrawOrder(const MapScene &scene, const RenderSettings &settings)
{
    const int levelCount = int(scene.levels.size());
    std::vector<int> topFirst;
    std::vector<bool> placed(levelCount, false);
    for (const QString &code : settings.levelOrder)
        for (int l = 0; l < levelCount; ++l)
            if (!placed[l] && scene.levels[l].level.code == code) {
                topFirst.push_back(l);
                placed[l] = true;
            }
    for (int l = 0; l < levelCount; ++l)
        if (!placed[l])
            topFirst.push_back(l);
    return {topFirst.rbegin(), topFirst.rend()};
}

MapRenderer::Stats MapRenderer::render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                                       const RenderSettings &settings, const std::atomic_bool *cancel)
{
    Stats stats = renderBase(painter, scene, viewport, settings, cancel);
    const Stats overlay = renderOverlay(painter, scene, viewport, settings, cancel);
    stats.symbolsDrawn = overlay.symbolsDrawn;
    stats.clustersDrawn = overlay.clustersDrawn;
    stats.labelsDrawn = overlay.labelsDrawn;
    stats.unplacedAreas = overlay.unplacedAreas;
    stats.cancelled = overlay.cancelled || stats.cancelled;
    return stats;
}

MapRenderer::Stats MapRenderer::renderBase(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                                           const RenderSettings &settings, const std::atomic_bool *cancel)
{
    Stats stats;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    painter.fillRect(screen, BeyondColor);
    if ((settings.baseMap || settings.background) && !cancelled(cancel)) {
        // Rasters at the output's resolution: the screen's device pixels, an export's dots.
        const MapViewport output = viewport.resized(viewport.size(), outputPixelRatio(painter, viewport));
        painter.save();
        painter.setOpacity(std::clamp(settings.baseMapOpacity, 0.0, 1.0));
        for (QImage image : {settings.baseMap ? settings.baseMap->render(output, scene.projection, cancel, settings.baseMapWaitMilliseconds).image : QImage(),
                             settings.background ? settings.background->render(output, scene.projection, cancel) : QImage()}) {
            if (image.isNull())
                continue;
            if (settings.baseMapGreyscale)
                makeGrey(image);
            painter.drawImage(screen, image);
        }
        painter.restore();
    }
    const QRectF visible = viewport.visibleMapRect();
    const QTransform toScreen = viewport.mapToScreenTransform();
    // The painter's own transform places the frame on its device (a page of an export).
    const QTransform base = painter.transform();
    const int levelCount = int(scene.levels.size());
    auto styleOf = [&](int l) {
        return settings.levelStyles.value(scene.levels[l].level.code, defaultLevelStyle(l, levelCount));
    };
    const double mpp = viewport.metresPerPixel();
    // Visible and at least a pixel across: smaller polygons are not drawn.
    auto visibleArea = [&](const SceneArea &area) {
        return area.bounds.intersects(visible) && (area.bounds.width() >= mpp || area.bounds.height() >= mpp);
    };
    const double deviceRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    // The coarsest outline whose simplification error stays under half a device pixel (on a
    // HiDPI screen, half a logical pixel would show as a visible kink).
    auto pathOf = [&](const SceneArea &area) -> const QPainterPath & {
        for (int k = 1; k >= 0; --k)
            if (SceneArea::LodTolerance[k] <= 0.5 * mpp / deviceRatio)
                return area.simplified[k];
        return area.path;
    };
    const std::vector<int> order = levelDrawOrder(scene, settings);
    const bool background = settings.background != nullptr || settings.baseMap != nullptr;

    // Fills: the land (the outermost level, unless a background map shows through), then each
    // level's tints in draw order.
    painter.setTransform(toScreen * base);
    painter.setPen(Qt::NoPen);
    if (levelCount > 0 && !background && styleOf(0).visible) {
        painter.setBrush(LandColor);
        for (const SceneArea &area : scene.levels[0].areas)
            if (visibleArea(area))
                painter.drawPath(pathOf(area));
    }
    for (int l : order) {
        if (cancelled(cancel))
            break;
        const LevelStyle style = styleOf(l);
        if (!style.visible || !style.fill)
            continue;
        const auto &areas = scene.levels[l].areas;
        for (int i = 0; i < areas.size(); ++i) {
            if (!visibleArea(areas[i]))
                continue;
            const int parent = areas[i].parentIndex;
            QColor tint = areaTint(l == 1 ? areas[i].codeRank : parent >= 0 && l > 0 ? scene.levels[l - 1].areas[parent].codeRank : 0);
            tint.setAlpha(background ? 110 : (l == 0 ? 255 : 210));
            painter.setBrush(tint);
            painter.drawPath(pathOf(areas[i]));
        }
    }
    // The choropleth over the tints: classed colours, and the areas with none hatched (the hatch
    // in screen pixels, whatever the scale).
    if (const Choropleth *choropleth = settings.choropleth.get(); choropleth && !cancelled(cancel)) {
        for (int l = 0; l < levelCount; ++l) {
            if (scene.levels[l].level.code != choropleth->levelCode)
                continue;
            // The hatch's pattern undoes the map transform, so it is laid in device pixels.
            QBrush hatch(QColor(0x75, 0x75, 0x75), Qt::BDiagPattern);
            hatch.setTransform((toScreen * base).inverted());
            for (const SceneArea &area : scene.levels[l].areas) {
                const auto it = choropleth->values.constFind(area.code);
                if (it == choropleth->values.cend() || !visibleArea(area))
                    continue;
                const int c = choropleth->breaks.classOf(*it);
                if (c >= 0) {
                    QColor colour = choropleth->colors[std::min<std::size_t>(c, choropleth->colors.size() - 1)];
                    colour.setAlpha(background ? 200 : 255);
                    painter.setBrush(colour);
                    painter.drawPath(pathOf(area));
                } else {
                    painter.setBrush(QColor(0xf5, 0xf5, 0xf5, background ? 200 : 255));
                    painter.drawPath(pathOf(area));
                    painter.setBrush(hatch);
                    painter.drawPath(pathOf(area));
                }
            }
        }
    }
    // The parts beyond the coverage distance, grey and hatched, over the fills.
    if (const CoverageGaps *gaps = settings.coverageGaps.get(); gaps && !gaps->path.isEmpty() && !cancelled(cancel)
        && gaps->path.controlPointRect().intersects(visible)) {
        QBrush fill, hatch;
        setGapBrushes(fill, hatch, background);
        hatch.setTransform((toScreen * base).inverted());
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(gaps->path);
        painter.setBrush(hatch);
        painter.drawPath(gaps->path);
    }
    // Outlines in draw order: by default the finest first, so that coarser borders lie on top.
    painter.setBrush(Qt::NoBrush);
    for (int l : order) {
        if (cancelled(cancel))
            break;
        const LevelStyle style = styleOf(l);
        if (!style.visible)
            continue;
        // A cosmetic pen's width is in device pixels: scaled by the device pixel ratio, the
        // outline keeps its logical width on HiDPI screens and in 2× exports.
        QPen pen(style.outline, style.outlineWidth * deviceRatio, style.outlineStyle, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        painter.setPen(pen);
        for (const SceneArea &area : scene.levels[l].areas) {
            if (!visibleArea(area))
                continue;
            painter.drawPath(pathOf(area));
            ++stats.areasDrawn;
        }
    }
    painter.restore();
    stats.cancelled = cancelled(cancel);
    return stats;
}

MapRenderer::Stats MapRenderer::renderOverlay(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                                              const RenderSettings &settings, const std::atomic_bool *cancel)
{
    Stats stats;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QRectF visible = viewport.visibleMapRect();
    const int levelCount = int(scene.levels.size());
    auto styleOf = [&](int l) {
        return settings.levelStyles.value(scene.levels[l].level.code, defaultLevelStyle(l, levelCount));
    };

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
        const bool cluster = drawsClusters(settings, viewport);
        QHash<quint64, int> clusterOfCell;
        std::vector<std::vector<int>> cellMembers;
        std::vector<int> cellCounts;
        for (int index : candidates) {
            if (mask && (index >= int(mask->size()) || !(*mask)[index]))
                continue;
            const int category = scene.resources[index].category;
            if (category >= 0)
                shownCounts[category] += scene.resources[index].weight;
            if (!cluster) {
                individual.push_back(index);
                continue;
            }
            const quint64 key = clusterCellOf(viewport.toScreen(scene.resources[index].position));
            auto it = clusterOfCell.constFind(key);
            if (it == clusterOfCell.constEnd()) {
                it = clusterOfCell.insert(key, int(cellMembers.size()));
                cellMembers.emplace_back();
                cellCounts.push_back(0);
            }
            cellMembers[it.value()].push_back(index);
            cellCounts[it.value()] += scene.resources[index].weight;
        }
        for (size_t c = 0; c < cellMembers.size(); ++c) {
            auto &members = cellMembers[c];
            if (cellCounts[c] >= ClusterMinimum) {
                // The mean of the members' positions (a group counts as many as it stands for).
                QPointF sum;
                for (int m : members)
                    sum += viewport.toScreen(scene.resources[m].position) * scene.resources[m].weight;
                clusters.push_back({sum / double(cellCounts[c]), std::move(members)});
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
                drawSymbol(painter, p, c.shape, symbolColor(c, settings.colourBlindSafe), settings.symbolSize);
            } else {
                drawSymbol(painter, p, SymbolShape::Circle, QColor(0x78, 0x90, 0x9c), settings.symbolSize);
            }
            ++stats.symbolsDrawn;
        }
        // Overlapping clusters the same way whatever the scene's order (a scene read in cluster
        // cells and the whole store's): from the top of the view down.
        std::sort(clusters.begin(), clusters.end(), [](const Cluster &l, const Cluster &r) {
            return std::pair(l.centre.y(), l.centre.x()) < std::pair(r.centre.y(), r.centre.x());
        });
        for (const Cluster &c : clusters) {
            drawCluster(painter, scene, c);
            ++stats.clustersDrawn;
        }
    }

    // Selected resources stand out even inside a cluster: their symbol again, ringed, on top.
    if (settings.showResources && !settings.selection.isEmpty() && !cancelled(cancel)) {
        const auto *mask = settings.resourceMask.get();
        for (qint64 id : settings.selection) {
            const int index = scene.resourceIndex.value(id, -1);
            if (index < 0 || (mask && (index >= int(mask->size()) || !(*mask)[index])))
                continue;
            const SceneResource &r = scene.resources[index];
            const QPointF p = viewport.toScreen(r.position);
            if (!screen.adjusted(-20, -20, 20, 20).contains(p))
                continue;
            const Category *c = r.category >= 0 ? &scene.categories[r.category] : nullptr;
            drawSymbol(painter, p, c ? c->shape : SymbolShape::Circle, c ? symbolColor(*c, settings.colourBlindSafe) : QColor(0x78, 0x90, 0x9c),
                       settings.symbolSize);
            drawSelectionRing(painter, p, settings.symbolSize);
        }
    }

    // Labels. Obstacles first: clusters, the decorations (hard) and symbols (soft).
    LabelSpace space;
    for (const Cluster &c : clusters) {
        const double radius = std::min(30.0, 11.0 + 3.6 * std::log2(double(clusterCount(scene, c))));
        space.take(QRectF(c.centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)), LabelSpace::Cluster);
        // A label may touch a cluster's ring, never its count.
        const double inner = radius * 0.5;
        space.take(QRectF(c.centre - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner)));
    }
    for (int index : individual) {
        const QPointF p = viewport.toScreen(scene.resources[index].position);
        const double half = settings.symbolSize * 0.6;
        space.take(QRectF(p - QPointF(half, half), QSizeF(2 * half, 2 * half)), LabelSpace::Symbol);
    }
    if (settings.northArrow)
        space.take(QRectF(viewport.size().width() - 60, 18, 52, 56));
    if (settings.scaleBar)
        space.take(QRectF(0, viewport.size().height() - 50, 240, 50));
    if (settings.datasetLabel)
        space.take(QRectF(0, 0, 320, 44));
    if (const QRectF legends = frameStatisticsLegends(painter, viewport, settings, false); !legends.isEmpty())
        space.take(legends);
    const QString credit = settings.baseMap ? settings.baseMap->attribution() : QString();
    const QString notice = settings.baseMap ? settings.baseMap->notice() : QString();
    if (!credit.isEmpty() || !notice.isEmpty())
        space.take(QRectF(viewport.size().width() * 0.4, viewport.size().height() - 40, viewport.size().width() * 0.6, 40));
    // Handout numbers beside the symbols, before the area names: each number is placed (beside
    // its symbol where there is room, else over its neighbours), since the list refers to it.
    if (const auto *numbers = settings.resourceNumbers.get(); numbers && !cancelled(cancel)) {
        const QFont font = mapFont(settings.numberPointSize, true);
        const QFontMetricsF fm(font);
        std::vector<std::pair<int, int>> numbered;   // number, scene index
        for (int index : individual)
            if (const auto it = numbers->constFind(scene.resources[index].id); it != numbers->cend())
                numbered.emplace_back(it.value(), index);
        std::sort(numbered.begin(), numbered.end());
        const double gap = settings.symbolSize * 0.55;
        for (const auto &[number, index] : numbered) {
            const QString text = QString::number(number);
            const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
            const QPointF p = viewport.toScreen(scene.resources[index].position);
            const QPointF offsets[] = {{gap, -gap - size.height()}, {gap, -size.height() / 2}, {-gap - size.width(), -gap - size.height()},
                                       {-gap - size.width(), -size.height() / 2}, {-size.width() / 2, gap}, {-size.width() / 2, -gap - size.height()},
                                       {gap, gap}, {-gap - size.width(), gap}};
            std::optional<QRectF> chosen;
            for (const LabelSpace::Limits limits : {LabelSpace::Limits{0, 0}, LabelSpace::Limits{1, 0}, LabelSpace::Limits{3, 1}}) {
                for (const QPointF &o : offsets) {
                    const QRectF box(p + o, size);
                    if (screen.contains(box) && space.isFree(box, limits)) {
                        chosen = box;
                        break;
                    }
                }
                if (chosen)
                    break;
            }
            const QRectF box = chosen ? *chosen : QRectF(p + offsets[0], size);
            drawHaloText(painter, QPointF(box.left() + 2, box.top() + fm.ascent()), text, font, QColor(0x10, 0x10, 0x10),
                         QColor(255, 255, 255, 245), 3.2);
            space.take(box);
            ++stats.labelsDrawn;
        }
    }
    // Area names: levels in draw order, top first (by default the coarser first: they have
    // priority). A finer level whose names would crowd the view (low zoom) leaves the names to
    // the coarser levels.
    std::vector<int> labelOrder = levelDrawOrder(scene, settings);
    std::reverse(labelOrder.begin(), labelOrder.end());
    bool labelledLevel = false;
    const double screenArea = screen.width() * screen.height();
    for (int l : labelOrder) {
        if (cancelled(cancel))
            break;
        const LevelStyle style = styleOf(l);
        // The named level (handouts) is labelled whatever its style says.
        const bool named = !settings.namedLevel.isEmpty() && scene.levels[l].level.code == settings.namedLevel;
        if (!style.visible || (!style.labels && !named))
            continue;
        const QFont font = mapFont(style.labelPointSize, style.labelBold);
        const QFontMetricsF fm(font);
        // Names repeat (20,000 districts have a few hundred distinct names): shape each once.
        QHash<QString, double> widths;
        auto widthOf = [&](const QString &name) {
            auto it = widths.constFind(name);
            if (it == widths.constEnd())
                it = widths.insert(name, fm.horizontalAdvance(name));
            return it.value();
        };
        const QTransform mapToScreen = viewport.mapToScreenTransform();
        std::vector<int> inView;
        double labelSurface = 0;
        for (int i = 0; i < scene.levels[l].areas.size(); ++i) {
            const SceneArea &area = scene.levels[l].areas[i];
            if (area.name.isEmpty() || !area.bounds.intersects(visible))
                continue;
            inView.push_back(i);
            labelSurface += (widthOf(area.name) + 6) * (fm.height() + 4);
        }
        if (labelledLevel && labelSurface > 0.3 * screenArea && !named)
            continue;
        // The first level labelled may cover the rings of clusters (never their counts) where
        // nothing else is free: a map without the names of its main areas is hard to read.
        const bool priority = !labelledLevel;
        labelledLevel = labelledLevel || !inView.empty();
        std::vector<LabelSpace::Limits> passes = {{0, 0}, {2, 0}};
        if (priority)
            passes.push_back({4, 2});
        const QColor color = l + 1 == levelCount ? QColor(0x45, 0x5a, 0x64) : QColor(0x26, 0x32, 0x38);
        for (int i : inView) {
            const SceneArea &area = scene.levels[l].areas[i];
            // An area smaller on screen than its name cannot hold it.
            const QRectF onScreen = mapToScreen.mapRect(area.bounds);
            const double width = widthOf(area.name);
            const QSizeF size(width + 6, fm.height() + 4);
            if (onScreen.width() < size.width() || onScreen.height() < size.height()) {
                if (named && visible.contains(area.labelPoint))
                    stats.unplacedAreas << area.name;
                continue;
            }
            std::optional<QPointF> chosen;
            auto fits = [&](const QPointF &c, const LabelSpace::Limits &limits) {
                const QRectF box(c - QPointF(size.width() / 2, size.height() / 2), size);
                return screen.contains(box) && space.isFree(box, limits) && labelInside(area, viewport, box);
            };
            // The label point first; the other places (dearer to find) only when it is taken.
            const QPointF anchor = viewport.toScreen(area.labelPoint);
            if (visible.contains(area.labelPoint) && fits(anchor, passes.front()))
                chosen = anchor;
            const std::vector<QPointF> candidates = chosen ? std::vector<QPointF>() : labelCandidates(area, viewport, visible, size);
            for (const LabelSpace::Limits &limits : passes) {
                if (chosen)
                    break;
                for (const QPointF &c : candidates) {
                    const QRectF box(c - QPointF(size.width() / 2, size.height() / 2), size);
                    if (screen.contains(box) && space.isFree(box, limits) && labelInside(area, viewport, box)) {
                        chosen = c;
                        break;
                    }
                }
                if (chosen)
                    break;
            }
            if (!chosen) {
                if (named)
                    stats.unplacedAreas << area.name;
                continue;
            }
            const QRectF box(*chosen - QPointF(size.width() / 2, size.height() / 2), size);
            drawHaloText(painter, QPointF(chosen->x() - width / 2, chosen->y() + fm.ascent() - fm.height() / 2), area.name, font, color);
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
            if (!screen.contains(box) || !space.isFree(box, {1, 0}))
                continue;
            drawHaloText(painter, QPointF(box.left() + 2, p.y() + fm.ascent() - fm.height() / 2), r.name, font, QColor(0x21, 0x21, 0x21));
            space.take(box);
            ++placed;
            ++stats.labelsDrawn;
        }
    }

    // Decorations.
    frameStatisticsLegends(painter, viewport, settings, true);
    if (settings.legend)
        drawLegend(painter, scene, viewport, settings, shownCounts);
    if (settings.scaleBar)
        drawScaleBar(painter, scene, viewport);
    if (settings.northArrow)
        drawNorthArrow(painter, scene, viewport);
    if (settings.datasetLabel)
        drawDatasetLabel(painter, scene, settings);
    drawAttribution(painter, viewport, credit, notice);   // always: the provider's terms ask for it
    painter.restore();
    stats.cancelled = cancelled(cancel);
    return stats;
}

QImage MapRenderer::blankImage(const MapViewport &viewport)
{
    const double dpr = viewport.devicePixelRatio();
    QImage image(QSize(int(std::ceil(viewport.size().width() * dpr)), int(std::ceil(viewport.size().height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(BeyondColor);
    return image;
}

QImage MapRenderer::renderImage(const MapScene &scene, const MapViewport &viewport, const RenderSettings &settings,
                                const std::atomic_bool *cancel, Stats *stats, LayerCache *cache)
{
    Stats result;
    QImage image;
    if (cache) {
        image = cache->baseLayer(scene, viewport, settings, cancel, &result, &result.baseFromCache);
    } else {
        image = blankImage(viewport);
        QPainter base(&image);
        result = renderBase(base, scene, viewport, settings, cancel);
    }
    QPainter painter(&image);
    const Stats overlay = renderOverlay(painter, scene, viewport, settings, cancel);
    painter.end();
    result.symbolsDrawn = overlay.symbolsDrawn;
    result.clustersDrawn = overlay.clustersDrawn;
    result.labelsDrawn = overlay.labelsDrawn;
    result.unplacedAreas = overlay.unplacedAreas;
    result.cancelled = result.cancelled || overlay.cancelled;
    if (stats)
        *stats = result;
    return image;
}

} // namespace careatlas::geo
