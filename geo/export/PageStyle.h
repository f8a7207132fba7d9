#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QDate>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace careatlas::geo {

enum class PaperSize { A4, A3 };

// The paper of a printed export. Page content is laid out in "page pixels" of 1/96 inch (the
// renderer's logical pixel), whatever the output: PDF (written at 96 dpi, vector), SVG, PNG.
struct PageSetup {
    PaperSize paper = PaperSize::A4;
    bool landscape = false;
    double marginMillimetres = 12.0;

    QPageLayout pageLayout() const;
    QSizeF pagePixels() const;        // the whole sheet
    QRectF contentRect() const;       // inside the margins
};

inline constexpr double PagePixelsPerInch = 96.0;
double millimetresToPagePixels(double millimetres);

// The Japanese font of every export (fonts-noto-cjk), sized in points.
QFont pageFont(double pointSize, bool bold = false);

// Colours of printed pages.
namespace PageColors {
inline const QColor Text(0x21, 0x21, 0x21);
inline const QColor Muted(0x60, 0x6b, 0x73);
inline const QColor Rule(0xb0, 0xbe, 0xc5);
inline const QColor HeaderFill(0xe3, 0xea, 0xee);
inline const QColor GroupFill(0xf1, 0xf4, 0xf6);
inline const QColor RowShade(0xfa, 0xfb, 0xfc);
}

// The date as printed ("2026年11月25日" / "25 November 2026").
QString printedDate(const QDate &date, const QString &language);

} // namespace careatlas::geo
