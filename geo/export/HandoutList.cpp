#include "geo/export/HandoutList.h"

#include "core/text/DisplayFormat.h"
#include "geo/export/PageStyle.h"
#include "geo/render/SymbolPainter.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace careatlas::geo {

QList<HandoutEntry> handoutEntries(const QList<Resource> &resources, const QList<Category> &categories)
{
    QHash<QString, int> indexOf;
    for (int c = 0; c < categories.size(); ++c)
        indexOf.insert(categories[c].code, c);
    QList<const Resource *> sorted;
    for (const Resource &r : resources)
        if (r.hasLocation())
            sorted << &r;
    QCollator collator{QLocale(QLocale::Japanese)};   // braces: clang reads (QLocale(…)) as a function declaration
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Resource *a, const Resource *b) {
        const int ca = indexOf.value(a->categoryCode, int(categories.size())), cb = indexOf.value(b->categoryCode, int(categories.size()));
        if (ca != cb)
            return ca < cb;
        const QString ka = a->kana.isEmpty() ? a->name : a->kana, kb = b->kana.isEmpty() ? b->name : b->kana;
        return collator.compare(ka, kb) < 0;
    });
    QList<HandoutEntry> entries;
    for (const Resource *r : sorted) {
        QStringList details;
        if (!r->address.isEmpty())
            details << r->address;
        if (!r->phone.isEmpty())
            details << QStringLiteral("☎ ") + r->phone;
        entries.push_back({int(entries.size()) + 1, r->id, indexOf.value(r->categoryCode, -1), r->name, details.join(QStringLiteral("　"))});
    }
    return entries;
}

int paintHandoutList(QPainter &painter, const QRectF &box, const QList<HandoutEntry> &entries, int first, const QList<Category> &categories,
                     const HandoutListStyle &style, int columns, const QStringList &notes)
{
    painter.save();
    const QFont bold = pageFont(style.pointSize, true);
    const QFont small = pageFont(std::max(style.pointSize - 1.5, 7.0));
    const QFontMetricsF bm(bold, painter.device()), sm(small, painter.device());
    columns = std::max(1, columns);
    const double gutter = 10;
    const double columnWidth = (box.width() - gutter * (columns - 1)) / columns;
    const double numberWidth = bm.horizontalAdvance(QStringLiteral("000")) + 4;
    int column = 0;
    double y = box.top();
    auto nextColumn = [&]() {
        if (++column >= columns)
            return false;
        y = box.top();
        return true;
    };
    auto left = [&]() { return box.left() + column * (columnWidth + gutter); };
    // The notes (area names not on the map), wrapped over the first column.
    for (const QString &note : notes) {
        painter.setFont(small);
        painter.setPen(PageColors::Muted);
        const QRectF r = sm.boundingRect(QRectF(0, 0, columnWidth, 1e6), Qt::TextWordWrap, note);
        painter.drawText(QRectF(left(), y, columnWidth, r.height()), Qt::TextWordWrap, note);
        y += r.height() + 4;
    }
    int previousCategory = first > 0 && first <= entries.size() ? entries[first - 1].category : -2;
    int i = first;
    for (; i < entries.size(); ++i) {
        const HandoutEntry &e = entries[i];
        const double textWidth = columnWidth - numberWidth - 2;
        const double nameHeight = bm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, e.name).height();
        const double detailHeight = e.details.isEmpty() ? 0 : sm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, e.details).height();
        const double entryHeight = nameHeight + detailHeight + 3;
        const bool heading = e.category != previousCategory;
        const double headingHeight = heading ? bm.height() + 6 : 0;
        if (y + headingHeight + entryHeight > box.bottom() && y > box.top()) {
            if (!nextColumn())
                break;
        }
        if (heading) {
            // The category: its symbol and name, as on the map.
            int count = 0;
            for (int k = i; k < entries.size() && entries[k].category == e.category; ++k)
                ++count;
            const QString label = e.category >= 0 ? formatLabelCount(categories[e.category].label(style.language), count, style.language)
                                                  : QCoreApplication::translate("LegendPanel", "Other (%1)").arg(count);
            const QPointF symbolAt(left() + style.symbolSize / 2 + 1, y + bm.height() / 2 + 2);
            if (e.category >= 0)
                drawSymbol(painter, symbolAt, categories[e.category].shape, symbolColor(categories[e.category], style.colourBlindSafe), style.symbolSize);
            painter.setFont(bold);
            painter.setPen(PageColors::Text);
            painter.drawText(QRectF(left() + style.symbolSize + 5, y + 2, columnWidth - style.symbolSize - 5, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             bm.elidedText(label, Qt::ElideRight, columnWidth - style.symbolSize - 5));
            painter.setPen(QPen(PageColors::Rule, 0.6));
            painter.drawLine(QPointF(left(), y + bm.height() + 4), QPointF(left() + columnWidth, y + bm.height() + 4));
            y += headingHeight;
            previousCategory = e.category;
        }
        painter.setFont(bold);
        painter.setPen(PageColors::Text);
        painter.drawText(QRectF(left(), y, numberWidth - 4, bm.height()), Qt::AlignRight | Qt::AlignTop, QString::number(e.number));
        painter.drawText(QRectF(left() + numberWidth, y, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.name);
        if (!e.details.isEmpty()) {
            painter.setFont(small);
            painter.setPen(PageColors::Muted);
            painter.drawText(QRectF(left() + numberWidth, y + nameHeight, textWidth, detailHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.details);
        }
        y += entryHeight;
    }
    painter.restore();
    return i;
}

} // namespace careatlas::geo
