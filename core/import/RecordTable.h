#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace careatlas {

// One row of a source as text, with the line it came from; a vector source adds its point.
struct SourceRow {
    qint64 line = 0;
    QStringList fields;
    std::optional<double> latitude;    // from a point geometry, when the source has one
    std::optional<double> longitude;
};

// A source read into memory: the header and the data rows (blank lines dropped).
struct RecordTable {
    QStringList headers;
    QList<SourceRow> rows;
    QString encoding;              // textEncodingName for text sources
    bool encodingDetected = false;
    bool hasGeometry = false;      // rows carry their own latitude/longitude
    QList<qint64> metadataLines;   // "#" lines skipped (LinkData "#LINK", "#lang", "#data_type", …)
};

// Whether a header row is LinkData's ("#property" in its first cell).
bool isLinkDataHeader(const QString &firstHeader);

// Reads CSV bytes (the first non-blank record that is not a "#" metadata line is the header;
// after a LinkData "#property" header, "#" rows are skipped too). Errors: those of decodeText
// and CsvReader (NotACsv, EncodingUnknown, LineTooLong, with the line), NoUsableColumns for
// a text without a header.
Result<RecordTable> readCsvTable(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);

// The same from a file. FileNotFound / FileUnreadable for a file that cannot be read,
// FileUnreadable for one larger than maxCsvFileSize().
Result<RecordTable> readCsvFile(const QString &path, TextEncoding encoding = TextEncoding::Auto);
qint64 maxCsvFileSize();

} // namespace careatlas
