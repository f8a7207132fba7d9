#pragma once

#include "core/Result.h"
#include "core/export/ExportControl.h"
#include "core/export/ExportData.h"
#include "geo/export/PageStyle.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace careatlas::geo {

enum class ListGrouping { None, Category, Area };

struct PdfListOptions {
    PageSetup page;
    QList<ResourceColumn> columns;      // empty: the table's columns (tableResourceColumns)
    ListGrouping grouping = ListGrouping::None;   // Area needs ExportData::areaLevel
};

struct PdfListReport {
    int pages = 0;
    int rows = 0;
};

// A printed resource list as PDF: the title, the filter in words, the date and the count on the
// first page; a table that breaks across pages with its header repeated and never cuts a row;
// "n / N" at the foot of every page; optional group headings by category or by area. Text is
// real text in Noto Sans CJK JP (embedded) and comes back from pdftotext as stored.
// Written through a temporary file beside `path`. Errors: FileWriteFailed, DiskFull, Cancelled.
Result<PdfListReport> exportPdfList(const ExportData &data, const QString &path, const PdfListOptions &options = {},
                                    const ExportControl &control = {});

// Paints the list onto any paged device of page pixels (isPagePixelDevice: a QPrinter for print
// and print preview with setResolution(96) and setFullPage(true) and the page layout of
// options.page), between QPainter::begin and end.
Result<PdfListReport> paintPdfList(QPagedPaintDevice &device, QPainter &painter, const ExportData &data,
                                   const PdfListOptions &options, const ExportControl &control = {});

// The order and names of groups (shared with the atlas).
QString groupKey(const ExportData &data, const Resource &resource, ListGrouping grouping);
QString groupTitle(const ExportData &data, const QString &key, ListGrouping grouping);
// The foot of a printed page: "n / N" in the middle, `left` (the sources) elided on the left.
void paintPageFoot(QPainter &painter, const PageSetup &page, int number, int total, const QString &left);

bool groupBefore(const ExportData &data, const QString &left, const QString &right, ListGrouping grouping);

} // namespace careatlas::geo
