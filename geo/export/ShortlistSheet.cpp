#include "geo/export/ShortlistSheet.h"

#include "core/export/CsvExport.h"
#include "core/export/SafeFile.h"
#include "core/import/ResourceRelease.h"
#include "core/store/Store.h"
#include "geo/export/MapFrame.h"
#include "geo/export/PdfDocument.h"
#include "geo/query/Geodesic.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace careatlas::geo {

namespace {


QString orMissing(const QString &text) { return text.trimmed().isEmpty() ? missingValueText() : text; }

// The table of the printed sheet.
enum class SheetColumn { Number, Name, Service, Distance, Phone, Fax, Hours, Status, Note, Check };
struct SheetColumnSpec {
    SheetColumn column;
    double width;   // share of the content width
};
const SheetColumnSpec SheetColumns[] = {
    {SheetColumn::Number, 0.035}, {SheetColumn::Name, 0.19}, {SheetColumn::Service, 0.10}, {SheetColumn::Distance, 0.065},
    {SheetColumn::Phone, 0.125},  {SheetColumn::Fax, 0.125}, {SheetColumn::Hours, 0.115},  {SheetColumn::Status, 0.08},
    {SheetColumn::Note, 0.105},   {SheetColumn::Check, 0.06},
};

// Numbers never lose a digit to the cell's edge: they wrap anywhere when they must.
int cellFlags(SheetColumn column)
{
    const bool number = column == SheetColumn::Phone || column == SheetColumn::Fax;
    return Qt::AlignLeft | Qt::AlignTop | (number ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

QString sheetHeader(SheetColumn column)
{
    switch (column) {
    case SheetColumn::Number: return QCoreApplication::translate("ShortlistSheet", "No.");
    case SheetColumn::Name: return QCoreApplication::translate("ShortlistSheet", "Name");
    case SheetColumn::Service: return QCoreApplication::translate("ShortlistSheet", "Service");
    case SheetColumn::Distance: return QCoreApplication::translate("ShortlistSheet", "Distance");
    case SheetColumn::Phone: return QCoreApplication::translate("ShortlistSheet", "Phone");
    case SheetColumn::Fax: return QCoreApplication::translate("ShortlistSheet", "FAX");
    case SheetColumn::Hours: return QCoreApplication::translate("ShortlistSheet", "Hours");
    case SheetColumn::Status: return QCoreApplication::translate("ShortlistSheet", "Status");
    case SheetColumn::Note: return QCoreApplication::translate("ShortlistSheet", "Note");
    case SheetColumn::Check: return QCoreApplication::translate("ShortlistSheet", "Checked");
    }
    return {};
}

QString entryName(const ShortlistSheet &sheet, const ShortlistEntry &entry)
{
    if (const Resource *r = sheet.resourceOf(entry))
        return r->name;
    return QCoreApplication::translate("ShortlistSheet", "(deleted resource %1)").arg(entry.resourceId);
}

QString entryDistance(const ShortlistSheet &sheet, const ShortlistEntry &entry)
{
    const auto it = sheet.data.distanceOf.constFind(entry.resourceId);
    return it == sheet.data.distanceOf.constEnd() || std::isnan(*it) ? missingValueText() : distanceText(*it);
}

QString sheetCell(const ShortlistSheet &sheet, const ShortlistEntry &entry, SheetColumn column)
{
    const Resource *r = sheet.resourceOf(entry);
    switch (column) {
    case SheetColumn::Number: return QString::number(entry.position);
    case SheetColumn::Name: return entryName(sheet, entry);
    case SheetColumn::Service: return r ? sheet.data.categoryLabel(r->categoryCode) : missingValueText();
    case SheetColumn::Distance: return entryDistance(sheet, entry);
    case SheetColumn::Phone: return r ? orMissing(r->phone) : missingValueText();
    case SheetColumn::Fax: return r ? orMissing(r->fax) : missingValueText();
    case SheetColumn::Hours: {
        if (!r)
            return missingValueText();
        QString text = orMissing(r->hours);
        if (!r->closedDays.trimmed().isEmpty())
            text += QLatin1Char('\n') + QCoreApplication::translate("ShortlistSheet", "Closed: %1").arg(r->closedDays);
        return text;
    }
    case SheetColumn::Status: return shortlistStatusLabel(entry.status);
    case SheetColumn::Note: return entry.note;
    case SheetColumn::Check: return {};
    }
    return {};
}

// The sources of the listed resources with their as-of dates ("出典：… (2026-03-01)").
QString sourcesLine(const ShortlistSheet &sheet)
{
    const QString sources = sheet.data.sourcesSummary();
    return QCoreApplication::translate("ShortlistSheet", "Sources: %1").arg(sources.isEmpty() ? missingValueText() : sources);
}

struct TableLayout {
    QList<double> widths;
    QList<double> rowHeights;
    double headerHeight = 0;
};

constexpr double CellPadding = 3.0;
constexpr int CellFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// Fax legibility: nothing in the table under 8 pt (a fax's standard mode has 100 lines per inch).
QFont cellFont() { return pageFont(9); }
QFont smallFont() { return pageFont(8); }

double rowHeight(QPainter &painter, const ShortlistSheet &sheet, const ShortlistEntry &entry, const QList<double> &widths)
{
    double height = 0;
    int i = 0;
    for (const SheetColumnSpec &spec : SheetColumns) {
        const double w = widths[i++] - 2 * CellPadding;
        painter.setFont(cellFont());
        double h = painter.boundingRect(QRectF(0, 0, w, 1e6), cellFlags(spec.column), sheetCell(sheet, entry, spec.column)).height();
        if (spec.column == SheetColumn::Name) {
            if (const Resource *r = sheet.resourceOf(entry); r && !r->address.isEmpty()) {
                painter.setFont(smallFont());
                h += painter.boundingRect(QRectF(0, 0, w, 1e6), CellFlags, r->address).height();
            }
        }
        height = std::max(height, h);
    }
    return std::max(height + 2 * CellPadding, 26.0);   // room to write by hand
}

void drawRow(QPainter &painter, const ShortlistSheet &sheet, const ShortlistEntry &entry, const TableLayout &layout,
             double left, double top, double height)
{
    painter.setPen(QPen(Qt::black, 0.8));
    double x = left;
    int i = 0;
    for (const SheetColumnSpec &spec : SheetColumns) {
        const double w = layout.widths[i++];
        const QRectF cell(x, top, w, height);
        painter.setPen(QPen(Qt::black, 0.8));
        painter.drawRect(cell);
        const QRectF inner = cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding);
        painter.setFont(spec.column == SheetColumn::Number ? pageFont(9.5, true) : cellFont());
        const QString text = sheetCell(sheet, entry, spec.column);
        const QRectF used = painter.boundingRect(inner, cellFlags(spec.column), text);
        painter.drawText(inner, spec.column == SheetColumn::Number ? int(Qt::AlignHCenter | Qt::AlignTop) : cellFlags(spec.column), text);
        if (spec.column == SheetColumn::Name) {
            if (const Resource *r = sheet.resourceOf(entry); r && !r->address.isEmpty()) {
                painter.setFont(smallFont());
                painter.drawText(inner.adjusted(0, used.height(), 0, 0), CellFlags, r->address);
            }
        }
        x += w;
    }
}

void drawHeaderRow(QPainter &painter, const TableLayout &layout, double left, double top)
{
    double x = left;
    int i = 0;
    painter.setFont(pageFont(8.5, true));
    for (const SheetColumnSpec &spec : SheetColumns) {
        const double w = layout.widths[i++];
        const QRectF cell(x, top, w, layout.headerHeight);
        painter.setPen(QPen(Qt::black, 1.2));
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, sheetHeader(spec.column));
        x += w;
    }
}

// A numbered marker: a white disc with a black ring and a bold number (reads on a fax).
void drawMarker(QPainter &painter, const QPointF &at, const QString &label)
{
    painter.setFont(pageFont(9.5, true));
    const double w = std::max(19.0, painter.fontMetrics().horizontalAdvance(label) + 8.0);
    const QRectF disc(at.x() - w / 2, at.y() - 9.5, w, 19.0);
    painter.setPen(QPen(Qt::black, 1.6));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(disc, 9.5, 9.5);
    painter.setPen(Qt::black);
    painter.drawText(disc, Qt::AlignCenter, label);
}

void drawCentre(QPainter &painter, const QPointF &at)
{
    painter.setPen(QPen(Qt::black, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, 7.0, 7.0);
    painter.setBrush(Qt::black);
    painter.drawEllipse(at, 3.0, 3.0);
}

// The map of the centre and the entries, numbered as in the table.
void drawMap(QPainter &painter, const QRectF &frame, const ShortlistSheet &sheet, const MapScene &scene, const ShortlistPrintOptions &)
{
    QList<QPointF> points;
    std::optional<QPointF> centre;
    if (sheet.list.centre.hasPoint()) {
        centre = scene.projection.forward(*sheet.list.centre.longitude, *sheet.list.centre.latitude);
        points << *centre;
    }
    for (const ShortlistEntry &e : sheet.entries)
        if (const Resource *r = sheet.resourceOf(e); r && r->hasLocation())
            points << scene.projection.forward(*r->longitude, *r->latitude);
    QRectF extent;
    for (const QPointF &p : points)
        extent = extent.isNull() ? QRectF(p, QSizeF(1, 1)) : extent.united(QRectF(p, QSizeF(1, 1)));
    if (extent.isNull())
        extent = scene.extent();
    const double side = std::max({extent.width(), extent.height(), 1200.0});
    const QPointF mid = extent.center();
    // As wide as the frame's proportions ask, with room around the markers.
    const double aspect = frame.width() / frame.height();
    double w = std::max(extent.width(), side / 2) * 1.3, h = std::max(extent.height(), side / 2) * 1.3;
    if (w / h < aspect)
        w = h * aspect;
    else
        h = w / aspect;
    const QRectF mapRect(mid.x() - w / 2, mid.y() - h / 2, w, h);

    MapFrameOptions options;
    options.extent = mapRect;
    options.settings.showResources = false;
    options.settings.datasetLabel = false;
    options.settings.scaleBar = true;
    options.settings.northArrow = true;
    options.settings.language = sheet.data.language;
    // Black on white for a fax: outlines and names only, no tints (a fax dithers grey into dots).
    for (int l = 0; l < scene.levels.size(); ++l) {
        LevelStyle style = defaultLevelStyle(l, int(scene.levels.size()));
        style.fill = false;
        options.settings.levelStyles.insert(scene.levels[l].level.code, style);
    }
    painter.save();
    paintMapFrame(painter, frame, scene, options);
    painter.restore();

    const MapViewport viewport = frameViewport(frame, mapRect);
    painter.save();
    painter.setClipRect(frame);
    painter.setRenderHint(QPainter::Antialiasing);
    if (centre)
        drawCentre(painter, frame.topLeft() + viewport.toScreen(*centre));
    for (const ShortlistEntry &e : sheet.entries)
        if (const Resource *r = sheet.resourceOf(e); r && r->hasLocation())
            drawMarker(painter, frame.topLeft() + viewport.toScreen(scene.projection.forward(*r->longitude, *r->latitude)),
                       QString::number(e.position));
    painter.restore();
    painter.setPen(QPen(Qt::black, 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
}

} // namespace

const Resource *ShortlistSheet::resourceOf(const ShortlistEntry &entry) const
{
    for (const Resource &r : data.resources)
        if (r.id == entry.resourceId)
            return &r;
    return nullptr;
}

QString missingValueText() { return QCoreApplication::translate("ShortlistSheet", "—"); }

QString distanceText(double metres)
{
    if (metres < 1000)
        return QStringLiteral("%1 m").arg(std::llround(metres / 10.0) * 10);
    return QStringLiteral("%1 km").arg(metres / 1000.0, 0, 'f', 1);
}

Result<ShortlistSheet> loadShortlistSheet(const Store &store, qint64 shortlistId, const QString &language)
{
    ShortlistSheet sheet;
    auto list = shortlist(store, shortlistId);
    if (!list)
        return list.error();
    sheet.list = *list;
    auto entries = shortlistEntries(store, shortlistId);
    if (!entries)
        return entries.error();
    sheet.entries = *entries;
    QList<Resource> resources;
    for (const ShortlistEntry &e : sheet.entries) {
        auto r = store.resource(e.resourceId);
        if (r)
            resources << *r;
        else if (r.error().code != ErrorCode::NotFound)
            return r.error();
    }
    auto data = loadExportData(store, resources, {}, language);
    if (!data)
        return data.error();
    sheet.data = std::move(*data);
    sheet.data.title = QCoreApplication::translate("ShortlistSheet", "Referral shortlist");
    if (sheet.list.centre.hasPoint()) {
        for (const Resource &r : sheet.data.resources)
            if (r.hasLocation())
                sheet.data.distanceOf.insert(r.id, geodesicDistance(*sheet.list.centre.latitude, *sheet.list.centre.longitude,
                                                                    *r.latitude, *r.longitude));
    }
    if (auto confirmed = lastConfirmedDates(store.handle()))
        sheet.lastConfirmed = std::move(*confirmed);
    return sheet;
}

QStringList shortlistColumnHeaders()
{
    return {QCoreApplication::translate("ShortlistSheet", "No."), resourceColumnHeader(ResourceColumn::Name), resourceColumnHeader(ResourceColumn::Category),
            QCoreApplication::translate("ShortlistSheet", "Distance (m)"), resourceColumnHeader(ResourceColumn::Phone), resourceColumnHeader(ResourceColumn::Fax),
            resourceColumnHeader(ResourceColumn::Hours), resourceColumnHeader(ResourceColumn::ClosedDays), QCoreApplication::translate("ShortlistSheet", "Status"),
            QCoreApplication::translate("ShortlistSheet", "Status changed"), QCoreApplication::translate("ShortlistSheet", "Note"), resourceColumnHeader(ResourceColumn::OfficialNumber),
            resourceColumnHeader(ResourceColumn::Address), resourceColumnHeader(ResourceColumn::Operator),
            resourceColumnHeader(ResourceColumn::Source), resourceColumnHeader(ResourceColumn::SourceDate)};
}

QList<QStringList> shortlistRows(const ShortlistSheet &sheet)
{
    QList<QStringList> rows;
    for (const ShortlistEntry &e : sheet.entries) {
        const Resource *r = sheet.resourceOf(e);
        auto cell = [&](ResourceColumn c) { return r ? sheet.data.cell(*r, c) : QString(); };
        rows << QStringList{QString::number(e.position), entryName(sheet, e), cell(ResourceColumn::Category), cell(ResourceColumn::Distance),
                            cell(ResourceColumn::Phone), cell(ResourceColumn::Fax), cell(ResourceColumn::Hours), cell(ResourceColumn::ClosedDays),
                            shortlistStatusLabel(e.status), e.changedOn.toString(Qt::ISODate), e.note, cell(ResourceColumn::OfficialNumber),
                            cell(ResourceColumn::Address), cell(ResourceColumn::Operator), cell(ResourceColumn::Source),
                            cell(ResourceColumn::SourceDate)};
    }
    return rows;
}

Status writeShortlistCsv(const ShortlistSheet &sheet, const QString &path)
{
    QStringList lines;
    auto line = [](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        return fields.join(QLatin1Char(','));
    };
    lines << line(shortlistColumnHeaders());
    for (const QStringList &row : shortlistRows(sheet))
        lines << line(row);
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    return writeFileSafely(path, bytes);
}

QString shortlistText(const ShortlistSheet &sheet)
{
    auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (const QString &h : shortlistColumnHeaders())
        header << clean(h);
    lines << header.join(QLatin1Char('\t'));
    for (const QStringList &row : shortlistRows(sheet)) {
        QStringList cells;
        for (const QString &c : row)
            cells << clean(c);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<int> paintShortlistPages(const ShortlistSheet &sheet, const ShortlistPrintOptions &options, MapScenePointer scene,
                                QPagedPaintDevice &device, QPainter &painter, const Feedback &feedback)
{
    const QRectF content = options.page.contentRect();
    const double footHeight = 34;
    const QRectF body = content.adjusted(0, 0, 0, -footHeight);
    painter.setRenderHint(QPainter::TextAntialiasing);

    TableLayout layout;
    for (const SheetColumnSpec &spec : SheetColumns)
        layout.widths << content.width() * spec.width;
    layout.headerHeight = 22;
    for (const ShortlistEntry &e : sheet.entries)
        layout.rowHeights << rowHeight(painter, sheet, e, layout.widths);

    // The first page: the heading block and the map, then the table.
    painter.setFont(pageFont(8.5));
    const double lineHeight = painter.fontMetrics().height() + 3;
    const double headingHeight = 30 + 3 * lineHeight + 6;
    const double mapHeight = (options.map && scene) ? 290.0 : 0.0;
    const double mapNoteHeight = mapHeight > 0 ? lineHeight + 4 : 0.0;

    // Page breaks: rows never split; the table header repeats.
    QList<int> firstRowOfPage{0};
    double y = body.top() + headingHeight + mapHeight + mapNoteHeight + 6 + layout.headerHeight;
    for (int i = 0; i < layout.rowHeights.size(); ++i) {
        if (y + layout.rowHeights[i] > body.bottom() && i > firstRowOfPage.back()) {
            firstRowOfPage << i;
            y = body.top() + lineHeight + 8 + layout.headerHeight;
        }
        y += layout.rowHeights[i];
    }
    const int pages = int(firstRowOfPage.size());
    const QString title = options.title.isEmpty() ? QCoreApplication::translate("ShortlistSheet", "Referral shortlist") : options.title;
    const QString language = sheet.data.language;

    for (int page = 0; page < pages; ++page) {
        if (feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        if (page > 0)
            device.newPage();
        painter.setPen(Qt::black);
        double top = body.top();
        if (page == 0) {
            painter.setFont(pageFont(17, true));
            painter.drawText(QRectF(body.left(), top, body.width(), 30), Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.setFont(pageFont(9.5));
            painter.drawText(QRectF(body.left(), top, body.width(), 30), Qt::AlignRight | Qt::AlignVCenter,
                             printedDate(options.date, language));
            top += 30;
            painter.setFont(pageFont(9.5));
            const QString client = options.clientLabel.trimmed().isEmpty() ? QStringLiteral("　　　　　　　　　　") : options.clientLabel.trimmed();
            const QString prepared = options.preparedBy.trimmed().isEmpty() ? QStringLiteral("　　　　　　　　　　") : options.preparedBy.trimmed();
            painter.drawText(QRectF(body.left(), top, body.width() / 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("ShortlistSheet", "Client: %1").arg(client));
            painter.drawText(QRectF(body.left() + body.width() / 2, top, body.width() / 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("ShortlistSheet", "Prepared by: %1").arg(prepared));
            top += lineHeight;
            QString centre;
            if (!sheet.list.centre.areaName.isEmpty())
                centre = sheet.list.centre.areaName;
            else if (sheet.list.centre.hasPoint())
                centre = QCoreApplication::translate("ShortlistSheet", "around %1, %2").arg(*sheet.list.centre.latitude, 0, 'f', 3).arg(*sheet.list.centre.longitude, 0, 'f', 3);
            else
                centre = missingValueText();
            painter.drawText(QRectF(body.left(), top, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("ShortlistSheet", "Shortlist: %1    Centre: %2    Candidates: %3")
                                 .arg(sheet.list.label, centre).arg(sheet.entries.size()));
            top += lineHeight;
            painter.setFont(pageFont(8));
            painter.drawText(QRectF(body.left(), top, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("ShortlistSheet", "Distances are straight-line distances from the centre. Please confirm vacancies and hours by telephone."));
            top += lineHeight + 6;
            if (mapHeight > 0) {
                drawMap(painter, QRectF(body.left(), top, body.width(), mapHeight), sheet, *scene, options);
                top += mapHeight;
                painter.setPen(Qt::black);
                painter.setFont(pageFont(8));
                painter.drawText(QRectF(body.left(), top + 2, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 QCoreApplication::translate("ShortlistSheet", "The numbers on the map are the numbers (No.) of the table. ◎ marks the centre (to about 100 m)."));
                top += mapNoteHeight;
            }
            top += 6;
        } else {
            painter.setFont(pageFont(9.5, true));
            painter.drawText(QRectF(body.left(), top, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("ShortlistSheet", "%1 (continued)").arg(title));
            top += lineHeight + 8;
        }
        drawHeaderRow(painter, layout, body.left(), top);
        top += layout.headerHeight;
        const int end = page + 1 < pages ? firstRowOfPage[page + 1] : int(sheet.entries.size());
        for (int i = firstRowOfPage[page]; i < end; ++i) {
            drawRow(painter, sheet, sheet.entries[i], layout, body.left(), top, layout.rowHeights[i]);
            top += layout.rowHeights[i];
        }
        if (sheet.entries.isEmpty()) {
            painter.setFont(cellFont());
            painter.drawText(QRectF(body.left(), top + 4, body.width(), lineHeight), Qt::AlignLeft, QCoreApplication::translate("ShortlistSheet", "The shortlist is empty."));
        }
        // The foot: sources with their as-of dates, and the page number.
        painter.setPen(QPen(Qt::black, 0.8));
        const QRectF foot(content.left(), content.bottom() - footHeight + 4, content.width(), footHeight - 4);
        painter.drawLine(foot.topLeft(), foot.topRight());
        painter.setFont(pageFont(7.5));
        painter.drawText(foot.adjusted(0, 3, -50, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sourcesLine(sheet));
        painter.drawText(foot.adjusted(0, 3, 0, 0), Qt::AlignRight | Qt::AlignTop, QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
        feedback.report(page + 1, pages, 0, 100);
    }
    return pages;
}

Result<int> writeShortlistPdf(const ShortlistSheet &sheet, const ShortlistPrintOptions &options, MapScenePointer scene,
                              const QString &path, const Feedback &feedback)
{
    int pages = 0;
    const QString title = options.title.isEmpty() ? QCoreApplication::translate("ShortlistSheet", "Referral shortlist") : options.title;
    Status written = writePdf(path, options.page, title, [&](QPagedPaintDevice &device, QPainter &painter) -> Status {
        auto painted = paintShortlistPages(sheet, options, scene, device, painter, feedback);
        if (!painted)
            return painted.error();
        pages = *painted;
        return {};
    });
    if (!written)
        return written.error();
    return pages;
}

} // namespace careatlas::geo
