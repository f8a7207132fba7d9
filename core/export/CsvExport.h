#pragma once

#include "core/Result.h"
#include "core/export/ExportControl.h"
#include "core/export/ExportData.h"
#include "core/export/ResourceColumns.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace careatlas {

enum class CsvEncoding {
    Utf8WithBom,    // the default: Excel opens it without mojibake
    Utf8,
    Cp932,          // Shift_JIS as Windows writes it (windows-31j)
};

// What to do with a character that CP932 cannot hold (𠮷, emoji, ©…).
enum class UnencodableCharacters {
    Fail,           // the default: ErrorCode::EncodingFailed naming the line and the column
    Replace,        // write '?' and count it in the report
};

struct CsvOptions {
    QList<ResourceColumn> columns;          // empty: every column
    CsvEncoding encoding = CsvEncoding::Utf8WithBom;
    UnencodableCharacters unencodable = UnencodableCharacters::Fail;
    bool header = true;
};

struct CsvReport {
    int rows = 0;
    int replacedCharacters = 0;             // with UnencodableCharacters::Replace
    QString firstReplacement;               // "line 12, column 名称: 𠮷 (U+20BB7)"
};

// The CSV text of the resources: RFC 4180 (CRLF line ends; fields with a comma, quote or line
// break quoted, quotes doubled). A cell starting with = + - @ tab or CR gets a leading
// apostrophe so that a spreadsheet never runs it as a formula. In CP932, 〜 ‖ − — ¢ £ ¬ are
// written as the characters Windows maps them to (～ ∥ － ― ￠ ￡ ￢).
Result<QByteArray> csvBytes(const ExportData &data, const CsvOptions &options, CsvReport *report = nullptr,
                            const ExportControl &control = {});

// Rows of text (the first one the header when options.header) as CSV, in the same encodings
// and with the same cell rules as csvBytes: statistics tables and other non-resource tables.
Result<QByteArray> csvTableBytes(const QList<QStringList> &rows, const CsvOptions &options, CsvReport *report = nullptr);

// Writes csvBytes() to `path` through a temporary file beside it (SafeFile.h).
Result<CsvReport> exportCsv(const ExportData &data, const QString &path, const CsvOptions &options = {},
                            const ExportControl &control = {});

// The cell as written: neutralised against formulas, then quoted as RFC 4180 requires.
QString csvField(const QString &value);

} // namespace careatlas
