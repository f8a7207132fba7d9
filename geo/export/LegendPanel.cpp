#include "geo/export/LegendPanel.h"

#include "core/text/DisplayFormat.h"
#include "geo/export/PageStyle.h"
#include "geo/render/SymbolPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <vector>

namespace careatlas::geo {

double paintLegendPanel(QPainter &painter, const QRectF &box, const MapScene &scene, const QList<Resource> &resources,
                        const QString &language, const LegendStyle &style)
{
    QList<int> counts(scene.categories.size(), 0);
    int uncategorised = 0;
    for (const Resource &r : resources) {
        const int index = scene.categoryIndex.value(r.categoryCode, -1);
        if (index >= 0 && r.hasLocation())
            ++counts[index];
        else if (r.hasLocation())
            ++uncategorised;
    }
    QList<QPair<int, int>> shown;   // category index, count
    for (int i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            shown.push_back({i, counts[i]});

    painter.save();
    const QFont titleFont = pageFont(9.5, true);
    const double titleHeight = QFontMetricsF(titleFont, painter.device()).height() + 8;
    // The frame and the title; the frame as tall as its entries need (a legend of one category
    // is a small box, not a column of white), at most `box`.
    auto frame = [&](double contentBottom) {
        const QRectF used(box.left(), box.top(), box.width(), std::min(box.height(), contentBottom + 6 - box.top()));
        painter.setPen(QPen(PageColors::Rule, 0.8));
        painter.setBrush(Qt::white);
        painter.drawRect(used);
        painter.setFont(titleFont);
        painter.setPen(PageColors::Text);
        painter.drawText(box.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("LegendPanel", "Legend"));
        return used.height();
    };
    const QRectF inner = box.adjusted(8, titleHeight, -8, -6);
    const int entries = int(shown.size()) + (uncategorised > 0 ? 1 : 0);
    if (entries == 0) {
        const QFont font = pageFont(8);
        const double height = frame(inner.top() + QFontMetricsF(font, painter.device()).height() + 2);
        painter.setFont(font);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("LegendPanel", "No resources shown."));
        painter.restore();
        return height;
    }
    // Each entry's label, wrapped (never cut) to its column; the largest font (8.5 pt down to
    // 6 pt) and the fewest columns (up to 3) that fit the box.
    QStringList labels;
    for (int e = 0; e < entries; ++e) {
        if (e < shown.size()) {
            const Category &c = scene.categories[shown[e].first];
            labels << formatLabelCount(c.shortLabel(language), shown[e].second, language);
        } else {
            labels << QCoreApplication::translate("LegendPanel", "Other (%1)").arg(uncategorised);
        }
    }
    auto layout = [&](double pointSize, int columns, std::vector<QRectF> &cells) {
        cells.clear();
        const QFontMetricsF fm(pageFont(pointSize), painter.device());
        const double columnWidth = inner.width() / columns;
        const double textWidth = std::max(10.0, columnWidth - style.symbolSize - 7);
        const double minimum = fm.height() + 3;
        int column = 0;
        double y = inner.top();
        for (const QString &label : labels) {
            const double h = std::max(minimum, fm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, label).height() + 3);
            if (y + h > inner.bottom() && y > inner.top()) {
                if (++column >= columns)
                    return false;
                y = inner.top();
            }
            cells.emplace_back(inner.left() + column * columnWidth, y, columnWidth, h);
            y += h;
        }
        return true;
    };
    std::vector<QRectF> cells;
    double pointSize = style.pointSize;
    bool fits = false;
    for (; pointSize >= 6.0 && !fits; pointSize -= 0.5)
        for (int columns = 1; columns <= 3 && !fits; ++columns)
            fits = layout(pointSize, columns, cells);
    if (fits)
        pointSize += 0.5;
    else {
        pointSize = 6.0;
        for (int columns = 4; columns <= 8 && !layout(pointSize, columns, cells); ++columns) {
        }
    }
    double contentBottom = inner.top();
    for (const QRectF &cell : cells)
        contentBottom = std::max(contentBottom, cell.bottom());
    const double height = frame(contentBottom);
    const QFont font = pageFont(pointSize);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);
    const double symbolSize = std::min(style.symbolSize, fm.height() + 1);
    for (int e = 0; e < entries && e < int(cells.size()); ++e) {
        const QRectF &cell = cells[e];
        const QPointF symbolAt(cell.left() + style.symbolSize / 2 + 1, cell.top() + (fm.height() + 3) / 2);
        if (e < shown.size()) {
            const Category &c = scene.categories[shown[e].first];
            drawSymbol(painter, symbolAt, c.shape, symbolColor(c, style.colourBlindSafe), symbolSize);
        } else {
            drawSymbol(painter, symbolAt, SymbolShape::Circle, QColor(0x78, 0x90, 0x9c), symbolSize);
        }
        painter.setPen(PageColors::Text);
        painter.drawText(QRectF(cell.left() + style.symbolSize + 5, cell.top() + 1.5, cell.width() - style.symbolSize - 7, cell.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         labels[e]);
    }
    painter.restore();
    return height;
}

} // namespace careatlas::geo
