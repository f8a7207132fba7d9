#pragma once

#include "core/Error.h"

#include <QStringList>
#include <QStringView>

#include <functional>
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
//
// The text is either given whole (it must outlive the reader) or pulled a piece at a time
// from a Refill function, so that a large file is never held whole: the reader keeps only the
// text from the start of the record it reads (at most maxRecordLength characters more than
// one piece). Both read the same records from the same text, however it is cut.
class CsvReader
{
public:
    struct Options {
        QChar delimiter = QLatin1Char(',');
        qsizetype maxRecordLength = 4 * 1024 * 1024;
    };
    // Appends the next piece of text to `text`; false at the end of the text (or on an error
    // of the source, which the caller keeps).
    using Refill = std::function<bool(QString &text)>;

    explicit CsvReader(QStringView text);
    CsvReader(QStringView text, Options options);
    CsvReader(Refill refill, Options options);

    // Reads the next record; false at the end of the text or on an error (see error()).
    bool readRecord(CsvRecord &record);
    const std::optional<Error> &error() const { return m_error; }

    // Characters consumed so far and (for a text given whole) in all, for progress.
    qsizetype position() const { return m_consumed + m_position; }
    qsizetype size() const { return m_consumed + m_text.size(); }

private:
    enum class Parsed { Record, NeedMore, Failed };
    Parsed parseRecord(CsvRecord &record);
    bool refill();
    bool fail(ErrorCode code, const QString &detail, qint64 line);

    QStringView m_text;
    Options m_options;
    Refill m_refill;
    QString m_buffer;            // the text read from m_refill and not yet consumed
    bool m_final = true;         // m_text ends where the text ends
    qsizetype m_consumed = 0;    // characters dropped from the front of m_buffer
    qsizetype m_position = 0;
    qint64 m_line = 1;
    std::optional<Error> m_error;
};

// The delimiter of a CSV text by its first line: a tab when the line has tabs and no commas,
// a comma otherwise.
QChar guessCsvDelimiter(QStringView text);

} // namespace careatlas
