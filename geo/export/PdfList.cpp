#include "geo/export/PdfList.h"

#include "geo/export/PdfDocument.h"
#include "geo/export/ResourceTable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPagedPaintDevice>

namespace careatlas::geo {

namespace {

int categoryRank(const ExportData &data, const QString &code)
{
    for (int i = 0; i < data.categories.size(); ++i)
        if (data.categories[i].code == code)
            return i;
    return int(data.categories.size());
}

// The first page's heading: title, filter, date and count. Returns its height.
double paintHeading(QPainter &painter, const ExportData &data, const QRectF &content, int rows)
{
    const QFont titleFont = pageFont(16, true);
    const QFont textFont = pageFont(9.5);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF textMetrics(textFont, painter.device());
    double y = content.top();
    painter.setPen(PageColors::Text);
    painter.setFont(titleFont);
    const QRectF titleBox(content.left(), y, content.width(), titleMetrics.height() * 2);
    const QRectF usedTitle = painter.boundingRect(titleBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, data.effectiveTitle());
    painter.drawText(titleBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, data.effectiveTitle());
    y += usedTitle.height() + 4;
    painter.setFont(textFont);
    if (!data.filterDescription.isEmpty()) {
        const QString filter = QCoreApplication::translate("PdfList", "Filter: %1").arg(data.filterDescription);
        const QRectF box(content.left(), y, content.width(), textMetrics.lineSpacing() * 3);
        const QRectF used = painter.boundingRect(box, Qt::TextWordWrap, filter);
        painter.drawText(box, Qt::TextWordWrap, filter);
        y += used.height() + 2;
    }
    painter.setPen(PageColors::Muted);
    const QString date = QCoreApplication::translate("PdfList", "Created %1").arg(printedDate(data.date, data.language));
    const QString count = QCoreApplication::translate("PdfList", "%n resource(s)", nullptr, rows);
    painter.drawText(QRectF(content.left(), y, content.width(), textMetrics.height()), Qt::AlignLeft, date);
    painter.drawText(QRectF(content.left(), y, content.width(), textMetrics.height()), Qt::AlignRight, count);
    y += textMetrics.height() + 8;
    return y - content.top();
}

double headingHeight(QPaintDevice *device, const ExportData &data, const QRectF &content)
{
    // Measured on a throwaway painter-free basis with the same metrics as paintHeading.
    const QFontMetricsF titleMetrics(pageFont(16, true), device);
    const QFontMetricsF textMetrics(pageFont(9.5), device);
    double h = titleMetrics.boundingRect(QRectF(0, 0, content.width(), 1e6), Qt::TextWordWrap, data.effectiveTitle()).height() + 4;
    if (!data.filterDescription.isEmpty())
        h += std::min(textMetrics.lineSpacing() * 3,
                      textMetrics.boundingRect(QRectF(0, 0, content.width(), 1e6), Qt::TextWordWrap,
                                               QCoreApplication::translate("PdfList", "Filter: %1").arg(data.filterDescription)).height()) + 2;
    return h + textMetrics.height() + 8;
}

} // namespace

QString groupKey(const ExportData &data, const Resource &resource, ListGrouping grouping)
{
    switch (grouping) {
    case ListGrouping::Category: return resource.categoryCode;
    case ListGrouping::Area: return data.areaCodeOf.value(resource.id);
    case ListGrouping::None: break;
    }
    return {};
}

QString groupTitle(const ExportData &data, const QString &key, ListGrouping grouping)
{
    if (grouping == ListGrouping::Category)
        return data.categoryLabel(key);
    if (key.isEmpty())
        return QCoreApplication::translate("PdfList", "Outside every area");
    return data.areaNameOf.value(key, key);
}

bool groupBefore(const ExportData &data, const QString &left, const QString &right, ListGrouping grouping)
{
    if (grouping == ListGrouping::Category)
        return categoryRank(data, left) < categoryRank(data, right);
    if (left.isEmpty() != right.isEmpty())
        return right.isEmpty();   // "outside every area" last
    return left < right;
}

// Paints the foot of a page: "n / N" in the middle, the sources on the left.
static QString sourceLine(const QString &sources)
{
    return QCoreApplication::translate("PdfList", "Data sources: %1").arg(sources);
}

void paintPageFoot(QPainter &painter, const PageSetup &page, int number, int total, const QString &left)
{
    const QRectF content = page.contentRect();
    const QFont font = pageFont(8);
    const QFontMetricsF fm(font, painter.device());
    const QRectF foot(content.left(), content.bottom() + 4, content.width(), fm.height());
    painter.setFont(font);
    painter.setPen(PageColors::Muted);
    // The page number on the right, the source line (出典：…) in all the width left of it.
    const QString pageNumber = QStringLiteral("%1 / %2").arg(number).arg(total);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, pageNumber);
    const double room = foot.width() - fm.horizontalAdvance(pageNumber) - 24;
    if (!left.isEmpty())
        painter.drawText(QRectF(foot.left(), foot.top(), room, foot.height()), Qt::AlignLeft | Qt::AlignTop,
                         fm.elidedText(sourceLine(left), Qt::ElideRight, room));
}

Result<PdfListReport> paintPdfList(QPagedPaintDevice &device, QPainter &painter, const ExportData &data, const PdfListOptions &options,
                                   const ExportControl &control)
{
    PdfListReport report;
    const PageSetup &page = options.page;
    const QRectF content = page.contentRect().adjusted(0, 0, 0, -16);   // room for the foot
    ResourceTable table(data, options.columns, content.width(), painter.device());
    QList<TableItem> items;
    if (options.grouping == ListGrouping::None) {
        items = table.items();
    } else {
        const ListGrouping g = options.grouping;
        items = table.groupedItems({}, [&](const Resource &r) { return groupKey(data, r, g); },
                                   [&](const QString &k) { return groupTitle(data, k, g); },
                                   [&](const QString &l, const QString &r) { return groupBefore(data, l, r, g); });
    }
    control.report(10);
    const double heading = headingHeight(painter.device(), data, content);
    const double runningHead = QFontMetricsF(pageFont(8), painter.device()).height() + 6;
    const auto pages = table.paginate(items, [&](int index) {
        return content.height() - table.headerHeight() - (index == 0 ? heading : runningHead);
    });
    report.pages = int(pages.size());
    report.rows = int(data.resources.size());
    for (int p = 0; p < pages.size(); ++p) {
        if (control.cancelled())
            return Error(ErrorCode::Cancelled);
        control.report(p, pages.size(), 10, 95);
        if (p > 0)
            device.newPage();
        double top = content.top();
        if (p == 0) {
            top += paintHeading(painter, data, content, report.rows);
        } else {
            painter.setFont(pageFont(8));
            painter.setPen(PageColors::Muted);
            painter.drawText(QRectF(content.left(), top, content.width(), runningHead), Qt::AlignLeft | Qt::AlignTop,
                             data.effectiveTitle());
            top += runningHead;
        }
        const double used = table.paintPage(painter, QPointF(content.left(), top), pages[p]);
        if (data.resources.isEmpty()) {
            painter.setFont(pageFont(10));
            painter.setPen(PageColors::Muted);
            painter.drawText(QRectF(content.left(), top + used + 8, content.width(), 30), Qt::AlignLeft | Qt::AlignTop,
                             QCoreApplication::translate("PdfList", "No resources match the filter."));
        }
        paintPageFoot(painter, page, p + 1, int(pages.size()), data.sourcesSummary());
    }
    return report;
}

Result<PdfListReport> exportPdfList(const ExportData &data, const QString &path, const PdfListOptions &options,
                                    const ExportControl &control)
{
    Result<PdfListReport> report = Error(ErrorCode::Internal);
    Status written = writePdf(path, options.page, data.effectiveTitle(), [&](QPagedPaintDevice &device, QPainter &painter) -> Status {
        report = paintPdfList(device, painter, data, options, control);
        if (!report)
            return report.error();
        return {};
    });
    if (!written)
        return written.error();
    control.report(100);
    return report;
}

} // namespace careatlas::geo
