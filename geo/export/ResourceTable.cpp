#include "geo/export/ResourceTable.h"

#include "core/text/DisplayFormat.h"
#include "geo/export/PageStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <cmath>

namespace careatlas::geo {

namespace {

constexpr double Padding = 3.0;
constexpr int MaxLines = 6;

double columnWeight(ResourceColumn column)
{
    switch (column) {
    case ResourceColumn::Name: return 3.2;
    case ResourceColumn::Address: return 3.4;
    case ResourceColumn::Category: return 2.0;
    case ResourceColumn::Operator: return 2.4;
    case ResourceColumn::Hours: return 2.2;
    case ResourceColumn::Flags: return 2.2;
    case ResourceColumn::Notes: return 3.0;
    case ResourceColumn::Website: return 2.6;
    case ResourceColumn::Phone: case ResourceColumn::Fax: return 1.7;
    case ResourceColumn::Area: return 1.6;
    case ResourceColumn::Distance: return 1.3;
    case ResourceColumn::Kana: return 2.4;
    default: return isNumericResourceColumn(column) ? 1.0 : 1.6;
    }
}

int textFlags(ResourceColumn column)
{
    const int wrap = column == ResourceColumn::Website ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    return wrap | Qt::AlignTop | (isNumericResourceColumn(column) ? Qt::AlignRight : Qt::AlignLeft);
}

} // namespace

ResourceTable::ResourceTable(const ExportData &data, const QList<ResourceColumn> &columns, double width, QPaintDevice *device)
    : m_data(data), m_columns(data.columnsOrDefault(columns, tableResourceColumns())), m_device(device),
      m_font(pageFont(8.5)), m_headerFont(pageFont(8.5, true)), m_groupFont(pageFont(10, true))
{
    double total = 0;
    for (ResourceColumn c : m_columns)
        total += columnWeight(c);
    for (ResourceColumn c : m_columns)
        m_widths.push_back(width * columnWeight(c) / total);
    const QFontMetricsF fm(m_font, m_device);
    m_lineHeight = fm.lineSpacing();
    const QFontMetricsF hm(m_headerFont, m_device);
    double header = hm.height();
    for (int i = 0; i < m_columns.size(); ++i)
        header = std::max(header, hm.boundingRect(QRectF(0, 0, m_widths[i] - 2 * Padding, 1e6), Qt::TextWordWrap,
                                                  resourceColumnHeader(m_columns[i])).height());
    m_headerHeight = std::ceil(header + 2 * Padding + 1);
    m_groupHeight = std::ceil(QFontMetricsF(m_groupFont, m_device).height() + 2 * Padding + 6);
}

double ResourceTable::rowHeight(const Resource &resource) const
{
    const QFontMetricsF fm(m_font, m_device);
    double height = fm.height();
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString text = m_data.printedCell(resource, m_columns[i]);
        if (text.isEmpty())
            continue;
        const double h = fm.boundingRect(QRectF(0, 0, m_widths[i] - 2 * Padding, 1e6), textFlags(m_columns[i]), text).height();
        height = std::max(height, std::min(h, MaxLines * m_lineHeight));
    }
    return std::ceil(height + 2 * Padding);
}

void ResourceTable::paintHeader(QPainter &painter, const QPointF &topLeft) const
{
    double x = topLeft.x();
    const double width = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(PageColors::HeaderFill);
    painter.drawRect(QRectF(topLeft, QSizeF(width, m_headerHeight)));
    painter.setFont(m_headerFont);
    painter.setPen(PageColors::Text);
    for (int i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x + Padding, topLeft.y() + Padding, m_widths[i] - 2 * Padding, m_headerHeight - 2 * Padding);
        painter.drawText(cell, Qt::TextWordWrap | Qt::AlignVCenter | (isNumericResourceColumn(m_columns[i]) ? Qt::AlignRight : Qt::AlignLeft),
                         resourceColumnHeader(m_columns[i]));
        x += m_widths[i];
    }
    painter.setPen(QPen(PageColors::Text, 0.8));
    painter.drawLine(QPointF(topLeft.x(), topLeft.y() + m_headerHeight), QPointF(topLeft.x() + width, topLeft.y() + m_headerHeight));
}

void ResourceTable::paintItem(QPainter &painter, const QPointF &topLeft, const TableItem &item, bool shaded) const
{
    const double width = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    const QRectF box(topLeft, QSizeF(width, item.height));
    if (item.kind == TableItem::Kind::Group) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(PageColors::GroupFill);
        painter.drawRect(box.adjusted(0, 4, 0, 0));
        painter.setFont(m_groupFont);
        painter.setPen(PageColors::Text);
        QString title = formatLabelCount(item.groupTitle, item.groupCount, m_data.language);
        if (item.continued)
            title += QCoreApplication::translate("ResourceTable", " (continued)");
        painter.drawText(box.adjusted(Padding, 4 + Padding, -Padding, -Padding), Qt::AlignLeft | Qt::AlignVCenter, title);
        return;
    }
    const Resource &resource = m_data.resources[item.resource];
    if (shaded) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(PageColors::RowShade);
        painter.drawRect(box);
    }
    painter.setFont(m_font);
    painter.setPen(PageColors::Text);
    double x = topLeft.x();
    for (int i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x + Padding, topLeft.y() + Padding, m_widths[i] - 2 * Padding, item.height - 2 * Padding);
        const QString text = m_data.printedCell(resource, m_columns[i]);
        if (!text.isEmpty()) {
            painter.save();
            painter.setClipRect(cell.adjusted(-1, -1, 1, 1));
            painter.drawText(cell, textFlags(m_columns[i]), text);
            painter.restore();
        }
        x += m_widths[i];
    }
    painter.setPen(QPen(PageColors::Rule, 0.5));
    painter.drawLine(box.bottomLeft(), box.bottomRight());
}

QList<TableItem> ResourceTable::items(const QList<int> &rows) const
{
    QList<TableItem> result;
    auto add = [&](int index) {
        TableItem item;
        item.resource = index;
        item.height = rowHeight(m_data.resources[index]);
        result.push_back(item);
    };
    if (rows.isEmpty()) {
        for (int i = 0; i < m_data.resources.size(); ++i)
            add(i);
    } else {
        for (int i : rows)
            add(i);
    }
    return result;
}

QList<TableItem> ResourceTable::groupedItems(const QList<int> &rows, const std::function<QString(const Resource &)> &groupOf,
                                             const std::function<QString(const QString &)> &groupTitle,
                                             const std::function<bool(const QString &, const QString &)> &groupOrder) const
{
    QList<int> indices = rows;
    if (indices.isEmpty())
        for (int i = 0; i < m_data.resources.size(); ++i)
            indices.push_back(i);
    QList<QString> keys;
    QHash<QString, QList<int>> members;
    for (int i : indices) {
        const QString key = groupOf(m_data.resources[i]);
        if (!members.contains(key))
            keys.push_back(key);
        members[key].push_back(i);
    }
    std::stable_sort(keys.begin(), keys.end(), groupOrder);
    QList<TableItem> result;
    for (const QString &key : keys) {
        TableItem heading;
        heading.kind = TableItem::Kind::Group;
        heading.groupTitle = groupTitle(key);
        heading.groupCount = int(members[key].size());
        heading.height = m_groupHeight;
        result.push_back(heading);
        result += items(members[key]);
    }
    return result;
}

QList<QList<TableItem>> ResourceTable::paginate(const QList<TableItem> &all, const std::function<double(int)> &available) const
{
    QList<QList<TableItem>> pages;
    QList<TableItem> page;
    double used = 0;
    const TableItem *currentGroup = nullptr;
    auto startPage = [&] {
        pages.push_back(page);
        page.clear();
        used = 0;
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const TableItem &item = all[i];
        const double room = available(int(pages.size()));
        double needed = item.height;
        if (item.kind == TableItem::Kind::Group && i + 1 < all.size())
            needed += all[i + 1].height;   // a heading stays with its first row
        if (!page.isEmpty() && used + needed > room) {
            startPage();
            if (item.kind == TableItem::Kind::Row && currentGroup) {
                TableItem heading = *currentGroup;
                heading.continued = true;
                page.push_back(heading);
                used += heading.height;
            }
        }
        if (item.kind == TableItem::Kind::Group)
            currentGroup = &item;
        page.push_back(item);
        used += item.height;
    }
    if (!page.isEmpty() || pages.isEmpty())
        pages.push_back(page);
    return pages;
}

double ResourceTable::paintPage(QPainter &painter, const QPointF &topLeft, const QList<TableItem> &page) const
{
    paintHeader(painter, topLeft);
    double y = topLeft.y() + m_headerHeight;
    int row = 0;
    for (const TableItem &item : page) {
        if (item.kind == TableItem::Kind::Group)
            row = 0;
        paintItem(painter, QPointF(topLeft.x(), y), item, item.kind == TableItem::Kind::Row && (row++ % 2 == 1));
        y += item.height;
    }
    return y - topLeft.y();
}

} // namespace careatlas::geo
