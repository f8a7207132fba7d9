#pragma once

#include "core/Feedback.h"
#include "core/Result.h"
#include "core/export/CsvExport.h"
#include "core/query/AreaMatrix.h"
#include "geo/export/PageStyle.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace careatlas::geo {

// The statistics matrix (core/query/AreaMatrix.h) as files: an Excel-friendly CSV (UTF-8 with
// BOM by default, or CP932; headers in the matrix's language, category names) and a PDF table
// (header repeated on every page, zero cells hatched, the population's as-of date stated).
struct StatisticsDocument {
    QString title;                            // a default when empty
    QStringList lines;                        // under the title: filter, level, …
    QString language = QStringLiteral("ja");
    QDate date = QDate::currentDate();
    PageSetup page{PaperSize::A4, true, 10.0};
    bool fitPaper = true;                     // A3 instead of A4 when the table has more than 24 number columns
};

QString defaultStatisticsTitle(const QString &language, const QString &levelLabel);

// Both written through a temporary file and renamed; `feedback` (may be null) gets the progress
// and stops the writing (ErrorCode::Cancelled, nothing written).
Result<CsvReport> writeStatisticsCsv(const QString &path, const MatrixText &table, const CsvOptions &options = {},
                                     const Feedback *feedback = nullptr);
Result<int> writeStatisticsPdf(const QString &path, const MatrixText &table, const StatisticsDocument &document,
                               const Feedback *feedback = nullptr);   // pages

} // namespace careatlas::geo
