#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace careatlas {

// The one way dates, times and counts are written for people, in the interface language
// ("ja" or "en"): on screen, in the titles and footers of exports and in prints. Data files
// (CSV cells, JSON) keep ISO 8601. Times are local time, never UTC.
//   formatDate       2026年12月1日            1 December 2026
//   formatDateTime   2026年12月1日 14:05      1 December 2026 14:05
//   formatAsOf       2026年12月1日時点        as of 1 December 2026
//   formatCellDate   2026/12/01               2026-12-01      (dense table cells)
//   formatCount      1,538                    1,538
//   formatLabelCount 訪問看護（12）           Home-visit nursing (12)
QString formatDate(const QDate &date, const QString &language);
QString formatDateTime(const QDateTime &time, const QString &language);
QString formatAsOf(const QDate &date, const QString &language);
QString formatCellDate(const QDate &date, const QString &language);
QString formatCount(qint64 count, const QString &language);
// A label with its count, as trees, legends and group titles show it:
//   訪問看護ステーション（1,204）      Home-visit nursing (1,204)
QString formatLabelCount(const QString &label, qint64 count, const QString &language);
// The display format of a date field (QDateEdit) that reads as formatDate does: yyyy年M月d日.
QString dateFieldFormat(const QString &language);

} // namespace careatlas
