#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace careatlas {

struct CsvRecord;

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

// The rows of a source read one after another, so that an import holds a block of rows at a
// time, never the whole source (docs/reliability.md, "Bounded memory"). The header is read
// when the source is opened; rewind() goes back to the first data row for a second pass.
class RecordSource
{
public:
    virtual ~RecordSource();

    QStringList headers;
    QString encoding;              // textEncodingName for text sources
    bool encodingDetected = false;
    bool hasGeometry = false;      // rows carry their own latitude/longitude
    QList<qint64> metadataLines;   // "#" lines skipped so far (all of them once next() returned false)

    // The next data row (blank lines dropped); false at the end or on an error (error()).
    virtual bool next(SourceRow &row) = 0;
    virtual const std::optional<Error> &error() const = 0;
    // Back before the first data row.
    virtual Status rewind() = 0;
    // How far reading has come, in units of the source's choice (bytes, rows), and in all.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
};

// A table already in memory as a source.
class TableRecordSource : public RecordSource
{
public:
    explicit TableRecordSource(const RecordTable &table);
    bool next(SourceRow &row) override;
    const std::optional<Error> &error() const override { return m_error; }
    Status rewind() override;
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_table.rows.size(); }

private:
    const RecordTable &m_table;
    qsizetype m_next = 0;
    std::optional<Error> m_error;
};

// A CSV text read a piece at a time from a device (a file; a buffer), decoded on the way
// (TextPieceDecoder): what is held is one piece of text and the record being read.
class CsvRecordSource : public RecordSource
{
public:
    // Errors: those of readCsvTable up to the header (an unknown encoding, a text without a
    // header, a syntax error before it). Later errors come from next() with their line.
    static Result<std::unique_ptr<CsvRecordSource>> open(std::unique_ptr<QIODevice> device, TextEncoding encoding);
    // FileNotFound / FileUnreadable for a file that cannot be read, FileUnreadable for one
    // larger than maxCsvFileSize(); the errors of open() name the file.
    static Result<std::unique_ptr<CsvRecordSource>> openFile(const QString &path, TextEncoding encoding);
    ~CsvRecordSource() override;

    bool next(SourceRow &row) override;
    const std::optional<Error> &error() const override { return m_error; }
    Status rewind() override;
    qint64 done() const override;
    qint64 total() const override;

private:
    CsvRecordSource(std::unique_ptr<QIODevice> device, TextEncoding encoding);
    Status start();
    bool nextRecord(CsvRecord &record);

    struct Reading;
    std::unique_ptr<QIODevice> m_device;
    TextEncoding m_encoding;
    std::unique_ptr<Reading> m_reading;
    QString m_path;
    bool m_linkData = false;
    std::optional<Error> m_error;
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
