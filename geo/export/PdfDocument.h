#pragma once

#include "core/Result.h"
#include "geo/export/PageStyle.h"

#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace careatlas::geo {

// Writes a PDF of page pixels (PageStyle.h): `paint` draws every page, calling
// writer.newPage() between them. The result is repaired (fixPdfRadicals, so kanji come back
// from the text as stored) and written through a temporary file beside `path`, renamed when
// complete. Fonts are embedded by Qt's PDF engine.
Status writePdf(const QString &path, const PageSetup &page, const QString &title,
                const std::function<Status(QPdfWriter &writer, QPainter &painter)> &paint);

} // namespace careatlas::geo
