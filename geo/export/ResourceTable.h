#pragma once

#include "core/export/ExportData.h"
#include "core/export/ResourceColumns.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace careatlas::geo {

// One line of a printed list: a group heading or a resource row, with its height.
struct TableItem {
    enum class Kind { Group, Row };
    Kind kind = Kind::Row;
    int resource = -1;            // index into ExportData::resources (rows)
    QString groupTitle;           // groups
    int groupCount = 0;
    bool continued = false;       // a group heading repeated at the top of a page
    double height = 0;
};

// A printed table of resources, laid out for one paint device (page pixels): column widths by
// weight over `width`, rows as tall as their wrapped text (at most six lines a cell), a
// repeated column header, shaded rows. Never paints past its rows: pagination keeps rows whole.
class ResourceTable
{
public:
    ResourceTable(const ExportData &data, const QList<ResourceColumn> &columns, double width, QPaintDevice *device);

    double headerHeight() const { return m_headerHeight; }
    double groupHeight() const { return m_groupHeight; }
    double rowHeight(const Resource &resource) const;

    void paintHeader(QPainter &painter, const QPointF &topLeft) const;
    void paintItem(QPainter &painter, const QPointF &topLeft, const TableItem &item, bool shaded) const;

    // The items in order: rows, or a heading before each group's rows (`groupOf` gives a
    // resource's group key; `groupOrder` orders keys, `groupTitle` names them). `rows`
    // selects resources by index (empty: all).
    QList<TableItem> items(const QList<int> &rows = {}) const;
    QList<TableItem> groupedItems(const QList<int> &rows, const std::function<QString(const Resource &)> &groupOf,
                                  const std::function<QString(const QString &key)> &groupTitle,
                                  const std::function<bool(const QString &, const QString &)> &groupOrder) const;

    // Splits items into pages. Page i holds at most `available(i)` pixels below its column
    // header; a row never splits, a heading never ends a page, and a page that starts inside a
    // group repeats its heading marked continued.
    QList<QList<TableItem>> paginate(const QList<TableItem> &items, const std::function<double(int page)> &available) const;

    // Paints one page's items below a header at `topLeft`; returns the height used.
    double paintPage(QPainter &painter, const QPointF &topLeft, const QList<TableItem> &page) const;

private:
    const ExportData &m_data;
    QList<ResourceColumn> m_columns;
    QList<double> m_widths;
    QPaintDevice *m_device;
    QFont m_font;
    QFont m_headerFont;
    QFont m_groupFont;
    double m_headerHeight = 0;
    double m_groupHeight = 0;
    double m_lineHeight = 0;
};

} // namespace careatlas::geo
