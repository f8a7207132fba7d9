#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas {

// One area's population as a population table gives it. Ages are counted from the columns the
// table has: an explicit 65歳以上 / 75歳以上 column, else the sum of the age bands (0-4歳 … 100歳以上,
// or single years) from that age on. Missing when the table cannot tell.
struct PopulationFigures {
    std::optional<qint64> total;
    std::optional<qint64> aged65;
    std::optional<qint64> aged75;
};

struct PopulationCsvRow {
    qint64 line = 0;           // 1-based record number in the file
    QString code;              // area code as the table writes it (may be empty)
    QString name;              // area name (may be empty when a code is given)
    PopulationFigures figures;
};

// The layouts recognised (stable names, for reports and --json):
//   "standard"          自治体標準オープンデータセット 地域・年齢別人口 (全国地方公共団体コード, 地域名/町字ID, 総人口, age columns)
//   "resident-register" 住民基本台帳 年齢別人口 lists (a name column, 総数, 5-year or single-year age columns; title lines above)
//   "simple"            a code or name column with total / 65歳以上 / 75歳以上 columns
struct PopulationCsv {
    QString layout;
    QString encoding;          // as decoded (textEncodingName)
    std::optional<QDate> asOf; // from a 調査年月日 column or a title line (令和6年3月末現在)
    QStringList ageColumns;    // the columns the 65+ and 75+ figures were summed from, as written
    QList<PopulationCsvRow> rows;
};

// Reads a population table (UTF-8, UTF-8 with BOM, UTF-16 or CP932; comma or tab). Errors:
// NotACsv, EncodingUnknown, NoUsableColumns (no area column, or neither a total nor age columns;
// detail says what is expected).
Result<PopulationCsv> parsePopulationCsv(const QByteArray &bytes);

// A Japanese date as population tables write it: 2024-03-31, 2024/3/31, 20240331,
// 2024年3月31日, 令和6年3月31日, 令和6年3月末 (the month's last day), R6.3.31. Nullopt otherwise.
std::optional<QDate> parseJapaneseDate(const QString &text);

} // namespace careatlas
