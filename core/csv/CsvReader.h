#pragma once

#include "core/Error.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace careatlas {

// One record of a CSV text: its fields and the 1-based line it starts on.
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
    // A record with a single empty field: an empty line.
    bool isBlank() const { return fields.size() == 1 && fields.constFirst().isEmpty(); }
};

// An RFC 4180 reader over decoded text: fields separated by the delimiter, records by CRLF, LF
// or CR; a field in double quotes may hold delimiters, line breaks and doubled quotes (""). A
// quote inside an unquoted field is kept as it is. Syntax errors stop the reader with an Error
// (NotACsv) that names the line: text after a closing quote, a quote left open at the end.
// A record longer than maxRecordLength characters stops it with LineTooLong.
// The text must outlive the reader.
class CsvReader
{
public:
    struct Options {
        QChar delimiter = QLatin1Char(',');
        qsizetype maxRecordLength = 4 * 1024 * 1024;
    };

    explicit CsvReader(QStringView text);
    CsvReader(QStringView text, Options options);

    // Reads the next record; false at the end of the text or on an error (see error()).
    bool readRecord(CsvRecord &record);
    const std::optional<Error> &error() const { return m_error; }

    // Characters consumed so far and in all, for progress.
    qsizetype position() const { return m_position; }
    qsizetype size() const { return m_text.size(); }

private:
    bool fail(ErrorCode code, const QString &detail, qint64 line);

    QStringView m_text;
    Options m_options;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    std::optional<Error> m_error;
};

// The delimiter of a CSV text by its first line: a tab when the line has tabs and no commas,
// a comma otherwise.
QChar guessCsvDelimiter(QStringView text);

} // namespace careatlas
