#pragma once

#include "core/Result.h"
#include "geo/export/PageStyle.h"

#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace careatlas::geo {

// Writes a PDF of page pixels (PageStyle.h, 96 dpi): `paint` draws every page, calling
// device.newPage() between them. The result is repaired (fixPdfRadicals, so kanji come back
// from the text as stored) and written through a temporary file beside `path`, renamed when
// complete. Fonts are embedded by Qt's PDF engine.
Status writePdf(const QString &path, const PageSetup &page, const QString &title,
                const std::function<Status(QPagedPaintDevice &device, QPainter &painter)> &paint);

// Whether a paged device can take the page painters of this folder (PdfList, Atlas, MapLayout):
// 96 dots per inch, the whole sheet addressable (a QPrinter: setResolution(96), setFullPage(true)).
bool isPagePixelDevice(const QPaintDevice &device);

} // namespace careatlas::geo
