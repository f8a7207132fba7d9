#include "geo/export/LegendPanel.h"

#include "core/text/DisplayFormat.h"
#include "geo/export/PageStyle.h"
#include "geo/render/SymbolPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace careatlas::geo {

void paintLegendPanel(QPainter &painter, const QRectF &box, const MapScene &scene, const QList<Resource> &resources,
                      const QString &language)
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
    painter.setPen(QPen(PageColors::Rule, 0.8));
    painter.setBrush(Qt::white);
    painter.drawRect(box);
    const QFont titleFont = pageFont(9.5, true);
    const double titleHeight = QFontMetricsF(titleFont, painter.device()).height() + 8;
    painter.setFont(titleFont);
    painter.setPen(PageColors::Text);
    painter.drawText(box.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("LegendPanel", "Legend"));
    const QRectF inner = box.adjusted(8, titleHeight, -8, -6);
    const int entries = int(shown.size()) + (uncategorised > 0 ? 1 : 0);
    if (entries == 0) {
        painter.setFont(pageFont(8));
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("LegendPanel", "No resources shown."));
        painter.restore();
        return;
    }
    // The largest font (8.5 pt down to 6 pt) and fewest columns that fit.
    double pointSize = 8.5;
    int columns = 1;
    double row = 0;
    for (;; pointSize -= 0.5) {
        row = QFontMetricsF(pageFont(pointSize), painter.device()).height() + 3;
        const int rows = std::max(1, int(std::floor(inner.height() / row)));
        columns = int(std::ceil(double(entries) / rows));
        if (columns == 1 || pointSize <= 6.0)
            break;
    }
    const int rowsPerColumn = int(std::ceil(double(entries) / columns));
    const double columnWidth = inner.width() / columns;
    const QFont font = pageFont(pointSize);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);
    for (int e = 0; e < entries; ++e) {
        const double x = inner.left() + (e / rowsPerColumn) * columnWidth;
        const double y = inner.top() + (e % rowsPerColumn) * row;
        QString label;
        if (e < shown.size()) {
            const Category &c = scene.categories[shown[e].first];
            drawSymbol(painter, QPointF(x + 6, y + row / 2), c.shape, QColor(c.color), std::min(10.0, row - 2));
            label = formatLabelCount(c.label(language), shown[e].second, language);
        } else {
            drawSymbol(painter, QPointF(x + 6, y + row / 2), SymbolShape::Circle, QColor(0x78, 0x90, 0x9c), std::min(10.0, row - 2));
            label = QCoreApplication::translate("LegendPanel", "Other (%1)").arg(uncategorised);
        }
        painter.setPen(PageColors::Text);
        painter.drawText(QRectF(x + 15, y, columnWidth - 17, row), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(label, Qt::ElideRight, columnWidth - 17));
    }
    painter.restore();
}

} // namespace careatlas::geo
