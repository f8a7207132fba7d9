#include "geo/export/PageStyle.h"

#include "core/text/DisplayFormat.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>

namespace careatlas::geo {

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

double millimetresToPagePixels(double millimetres)
{
    return millimetres / 25.4 * PagePixelsPerInch;
}

QSizeF PageSetup::pagePixels() const
{
    const QSizeF mm = QPageSize(paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF portrait(millimetresToPagePixels(mm.width()), millimetresToPagePixels(mm.height()));
    return landscape ? portrait.transposed() : portrait;
}

QRectF PageSetup::contentRect() const
{
    const double m = millimetresToPagePixels(marginMillimetres);
    return QRectF(QPointF(0, 0), pagePixels()).adjusted(m, m, -m, -m);
}

QFont pageFont(double pointSize, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // HarfBuzz gives digits after Latin letters ("Created 2026", "A8") substitute glyphs that
    // have no code point in the font's cmap, so Qt's PDF writer cannot map them back to text and
    // pdftotext drops them. Japanese and Latin need no shaping: skip it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString printedDate(const QDate &date, const QString &language)
{
    return formatDate(date, language);
}

} // namespace careatlas::geo
