#include "geo/export/StatisticsExport.h"

#include "core/export/SafeFile.h"
#include "geo/export/PdfDocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace careatlas::geo {

namespace {


constexpr double RowHeight = 15.0;

bool isZero(const QString &cell) { return cell == QLatin1String("0"); }

} // namespace

QString defaultStatisticsTitle(const QString &language, const QString &levelLabel)
{
    Q_UNUSED(language);
    return QCoreApplication::translate("StatisticsExport", "Resources per area: %1").arg(levelLabel);
}

Result<CsvReport> writeStatisticsCsv(const QString &path, const MatrixText &table, const CsvOptions &options, const Feedback *feedback)
{
    if (feedback && feedback->cancelled())
        return Error(ErrorCode::Cancelled);
    QList<QStringList> rows;
    rows << table.header;
    rows += table.rows;
    if (!table.notes.isEmpty()) {
        rows << QStringList();
        for (const QString &note : table.notes)
            rows << QStringList{note};
    }
    CsvOptions o = options;
    o.header = true;
    CsvReport report;
    auto bytes = csvTableBytes(rows, o, &report);
    if (!bytes)
        return Error(bytes.error()).inFile(path);
    if (feedback && feedback->cancelled())
        return Error(ErrorCode::Cancelled);
    if (feedback)
        feedback->report(50);
    if (Status s = writeFileSafely(path, *bytes); !s)
        return s.error();
    report.rows = int(table.rows.size());
    return report;
}

Result<int> writeStatisticsPdf(const QString &path, const MatrixText &table, const StatisticsDocument &document, const Feedback *feedback)
{
    if (feedback && feedback->cancelled())
        return Error(ErrorCode::Cancelled);
    int pages = 0;
    const QString title = document.title;
    PageSetup sheet = document.page;
    if (document.fitPaper && sheet.paper == PaperSize::A4 && table.header.size() - 3 > 24)
        sheet.paper = PaperSize::A3;
    Status written = writePdf(path, sheet, title, [&](QPagedPaintDevice &device, QPainter &painter) -> Status {
        const QRectF content = sheet.contentRect();
        const QFont titleFont = pageFont(14, true);
        const QFont textFont = pageFont(8.5);
        const QFont headFont = pageFont(7);
        const QFont cellFont = pageFont(7.5);
        const QFontMetricsF headMetrics(headFont, &device);
        const QFontMetricsF cellMetrics(cellFont, &device);
        const int columns = int(table.header.size());
        // Column widths: the area name wide enough for the longest name (within limits), the
        // level and code narrow, numbers equal.
        const int nameColumn = 2;
        double nameWidth = 60;
        for (const QStringList &row : table.rows)
            nameWidth = std::max(nameWidth, cellMetrics.horizontalAdvance(row.value(nameColumn)) + 8);
        nameWidth = std::min(nameWidth, 170.0);
        double levelWidth = 30;
        for (const QStringList &row : table.rows)
            levelWidth = std::max(levelWidth, cellMetrics.horizontalAdvance(row.value(0)) + 8);
        levelWidth = std::min(levelWidth, 90.0);
        double codeWidth = 30;
        for (const QStringList &row : table.rows)
            codeWidth = std::max(codeWidth, cellMetrics.horizontalAdvance(row.value(1)) + 8);
        codeWidth = std::min(codeWidth, 80.0);
        const int numberColumns = columns - 3;
        const double numberWidth = numberColumns > 0 ? std::min(48.0, (content.width() - nameWidth - levelWidth - codeWidth) / numberColumns) : 0;
        std::vector<double> left(columns + 1, content.left());
        for (int c = 0; c < columns; ++c)
            left[c + 1] = left[c] + (c == 0 ? levelWidth : c == 1 ? codeWidth : c == 2 ? nameWidth : numberWidth);
        // Number headers are written upwards, wrapped to the header's height.
        double headHeight = 30;
        for (int c = 3; c < columns; ++c)
            headHeight = std::max(headHeight, headMetrics.boundingRect(QRectF(0, 0, 120, numberWidth * 3), Qt::TextWordWrap, table.header[c]).width() + 8);
        headHeight = std::min(headHeight, 128.0);

        auto paintHeader = [&](double y) {
            painter.fillRect(QRectF(content.left(), y, left[columns] - content.left(), headHeight), PageColors::HeaderFill);
            painter.setPen(PageColors::Text);
            painter.setFont(headFont);
            for (int c = 0; c < columns; ++c) {
                const QRectF cell(left[c], y, left[c + 1] - left[c], headHeight);
                if (c < 3) {
                    painter.drawText(cell.adjusted(3, 2, -3, -3), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, table.header[c]);
                    continue;
                }
                painter.save();
                painter.translate(cell.left(), cell.bottom());
                painter.rotate(-90);
                painter.drawText(QRectF(3, 1, headHeight - 6, cell.width() - 2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                                 table.header[c]);
                painter.restore();
            }
            painter.setPen(QPen(PageColors::Rule, 0.6));
            for (int c = 0; c <= columns; ++c)
                painter.drawLine(QPointF(left[c], y), QPointF(left[c], y + headHeight));
            painter.drawLine(QPointF(content.left(), y), QPointF(left[columns], y));
            painter.drawLine(QPointF(content.left(), y + headHeight), QPointF(left[columns], y + headHeight));
            return y + headHeight;
        };
        auto paintFooter = [&](int page) {
            painter.setFont(textFont);
            painter.setPen(PageColors::Muted);
            const QFontMetricsF m(textFont, &device);
            const QRectF footer(content.left(), content.bottom() - m.height(), content.width(), m.height());
            painter.drawText(footer, Qt::AlignLeft, QCoreApplication::translate("StatisticsExport", "Created %1").arg(printedDate(document.date, document.language)));
            painter.drawText(footer, Qt::AlignRight, QString::number(page));
            return footer.top() - 4;
        };

        // First page heading.
        double y = content.top();
        painter.setPen(PageColors::Text);
        painter.setFont(titleFont);
        const QFontMetricsF titleMetrics(titleFont, &device);
        painter.drawText(QRectF(content.left(), y, content.width(), titleMetrics.height()), Qt::AlignLeft, title);
        y += titleMetrics.height() + 2;
        painter.setFont(textFont);
        const QFontMetricsF textMetrics(textFont, &device);
        for (const QString &line : document.lines + table.notes) {
            const QRectF box(content.left(), y, content.width(), textMetrics.lineSpacing() * 3);
            const QRectF used = painter.boundingRect(box, Qt::TextWordWrap, line);
            painter.drawText(box, Qt::TextWordWrap, line);
            y += used.height() + 1;
        }
        // Legend of the marks.
        {
            const QRectF mark(content.left(), y + 2, 14, 9);
            painter.fillRect(mark, QBrush(QColor(0xd8, 0x1b, 0x60, 0x60), Qt::BDiagPattern));
            painter.setPen(PageColors::Rule);
            painter.drawRect(mark);
            painter.setPen(PageColors::Muted);
            painter.drawText(QRectF(mark.right() + 4, y, content.width(), textMetrics.height()), Qt::AlignLeft,
                             QCoreApplication::translate("StatisticsExport", "0: none in the area"));
            y += textMetrics.height() + 4;
        }
        int page = 1;
        double bottom = paintFooter(page);
        y = paintHeader(y);
        painter.setFont(cellFont);
        for (int r = 0; r < table.rows.size(); ++r) {
            if (feedback && r % 16 == 0) {
                if (feedback->cancelled())
                    return Error(ErrorCode::Cancelled);
                feedback->report(r, table.rows.size(), 0, 95);
            }
            if (y + RowHeight > bottom) {
                device.newPage();
                ++page;
                bottom = paintFooter(page);
                y = paintHeader(content.top());
                painter.setFont(cellFont);
            }
            const QStringList &row = table.rows[r];
            const bool rollUp = r > 0 && row.value(0) != table.rows[0].value(0);
            if (rollUp)
                painter.fillRect(QRectF(content.left(), y, left[columns] - content.left(), RowHeight), PageColors::GroupFill);
            else if (r % 2 == 1)
                painter.fillRect(QRectF(content.left(), y, left[columns] - content.left(), RowHeight), PageColors::RowShade);
            for (int c = 0; c < columns; ++c) {
                const QRectF cell(left[c], y, left[c + 1] - left[c], RowHeight);
                const QString text = row.value(c);
                const bool count = c >= table.firstCountColumn && c < table.firstCountColumn + table.countColumns;
                if (count && isZero(text))
                    painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), QBrush(QColor(0xd8, 0x1b, 0x60, 0x60), Qt::BDiagPattern));
                painter.setPen(count && isZero(text) ? PageColors::Muted : PageColors::Text);
                const Qt::Alignment align = c < 3 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
                painter.drawText(cell.adjusted(3, 0, -3, 0), align, cellMetrics.elidedText(text, Qt::ElideRight, cell.width() - 6));
            }
            painter.setPen(QPen(PageColors::Rule, 0.4));
            painter.drawLine(QPointF(content.left(), y + RowHeight), QPointF(left[columns], y + RowHeight));
            for (int c = 0; c <= columns; ++c)
                painter.drawLine(QPointF(left[c], y), QPointF(left[c], y + RowHeight));
            y += RowHeight;
        }
        pages = page;
        return {};
    });
    if (!written)
        return written.error();
    return pages;
}

} // namespace careatlas::geo
