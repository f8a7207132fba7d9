#include "core/import/RecordTable.h"

#include "core/csv/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace careatlas {

namespace {

QString firstCell(const QStringList &fields)
{
    QString cell = fields.isEmpty() ? QString() : fields.constFirst();
    cell.remove(QChar(0xFEFF));
    return cell.trimmed();
}

// LinkData (and Code for Japan) tables name their header row "#property" and put metadata
// rows before it ("#LINK", "#lang,ja", "#attribution_name,高松市", …) and type rows after it
// ("#data_type", "#object_type_…"). A header cell that is only "#" (a row number column) is a
// header, not metadata.
bool isMetadataRecord(const QStringList &fields, bool haveHeader, bool linkData)
{
    const QString cell = firstCell(fields);
    if (cell.size() < 2 || !cell.startsWith(QLatin1Char('#')))
        return false;
    if (!haveHeader)
        return !isLinkDataHeader(cell);
    return linkData;
}

} // namespace

RecordSource::~RecordSource() = default;

TableRecordSource::TableRecordSource(const RecordTable &table) : m_table(table)
{
    headers = table.headers;
    encoding = table.encoding;
    encodingDetected = table.encodingDetected;
    hasGeometry = table.hasGeometry;
    metadataLines = table.metadataLines;
}

bool TableRecordSource::next(SourceRow &row)
{
    if (m_next >= m_table.rows.size())
        return false;
    row = m_table.rows.at(m_next++);
    return true;
}

Status TableRecordSource::rewind()
{
    m_next = 0;
    return {};
}

struct CsvRecordSource::Reading {
    TextPieceDecoder decoder;
    std::optional<CsvReader> reader;
};

CsvRecordSource::CsvRecordSource(std::unique_ptr<QIODevice> device, TextEncoding encoding)
    : m_device(std::move(device)), m_encoding(encoding)
{
}

CsvRecordSource::~CsvRecordSource() = default;

Result<std::unique_ptr<CsvRecordSource>> CsvRecordSource::open(std::unique_ptr<QIODevice> device, TextEncoding encoding)
{
    std::unique_ptr<CsvRecordSource> source(new CsvRecordSource(std::move(device), encoding));
    if (Status started = source->start(); !started)
        return started.error();
    return source;
}

Result<std::unique_ptr<CsvRecordSource>> CsvRecordSource::openFile(const QString &path, TextEncoding encoding)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!info.isFile())
        return Error(ErrorCode::FileUnreadable, QStringLiteral("not a file")).inFile(path);
    if (info.size() > maxCsvFileSize())
        return Error(ErrorCode::FileUnreadable, QStringLiteral("larger than %1 MB").arg(maxCsvFileSize() / (1024 * 1024))).inFile(path);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file->errorString()).inFile(path);
    auto source = open(std::move(file), encoding);
    if (!source) {
        Error error = source.error();
        return error.inFile(path);
    }
    (*source)->m_path = path;
    return source;
}

Status CsvRecordSource::start()
{
    m_reading.reset();
    m_error.reset();
    metadataLines.clear();
    headers.clear();
    auto decoder = TextPieceDecoder::open(*m_device, m_encoding);
    if (!decoder)
        return decoder.error();
    // A second pass reads with the encoding the first one found.
    if (m_encoding == TextEncoding::Auto) {
        encodingDetected = decoder->detected();
        m_encoding = decoder->encoding();
    }
    encoding = textEncodingName(decoder->encoding());
    // The delimiter from the first line, in the first piece.
    QString first;
    decoder->read(first);
    if (decoder->error())
        return *decoder->error();
    const QChar delimiter = guessCsvDelimiter(first);
    Reading *reading = new Reading{std::move(*decoder), std::nullopt};
    m_reading.reset(reading);
    auto pending = std::make_shared<QString>(std::move(first));
    reading->reader.emplace(
        [reading, pending](QString &text) {
            if (!pending->isNull()) {
                text += *pending;
                *pending = QString();
                return true;
            }
            return reading->decoder.read(text);
        },
        CsvReader::Options{delimiter, 4 * 1024 * 1024});
    CsvRecord record;
    while (nextRecord(record)) {
        if (record.isBlank())
            continue;
        if (isMetadataRecord(record.fields, false, false)) {
            metadataLines.append(record.line);
            continue;
        }
        headers = record.fields;
        m_linkData = isLinkDataHeader(record.fields.constFirst());
        return {};
    }
    if (m_error)
        return *m_error;
    return Error(ErrorCode::NoUsableColumns, QStringLiteral("the file is empty"));
}

bool CsvRecordSource::nextRecord(CsvRecord &record)
{
    if (m_error || !m_reading)
        return false;
    record.line = 0;
    const bool read = m_reading->reader->readRecord(record);
    // Bytes that are not text stop the reading where they are, before what the reader made of
    // the text around them.
    if (const auto &decoding = m_reading->decoder.error()) {
        m_error = *decoding;
        if (m_error->line < 0 && record.line > 0)   // the decoder names the line of the byte when it can
            m_error->atLine(record.line);
        if (!m_path.isEmpty())
            m_error->inFile(m_path);
        return false;
    }
    if (!read && m_reading->reader->error())
        m_error = *m_reading->reader->error();
    if (m_error && !m_path.isEmpty())
        m_error->inFile(m_path);
    return read;
}

bool CsvRecordSource::next(SourceRow &row)
{
    CsvRecord record;
    while (nextRecord(record)) {
        if (record.isBlank())
            continue;
        if (isMetadataRecord(record.fields, true, m_linkData)) {
            metadataLines.append(record.line);
            continue;
        }
        row.line = record.line;
        row.fields = std::move(record.fields);
        row.latitude.reset();
        row.longitude.reset();
        return true;
    }
    return false;
}

Status CsvRecordSource::rewind()
{
    return start();
}

qint64 CsvRecordSource::done() const
{
    return m_reading ? m_reading->decoder.bytesRead() : 0;
}

qint64 CsvRecordSource::total() const
{
    return m_device->size();
}

bool isLinkDataHeader(const QString &firstHeader)
{
    QString cell = firstHeader;
    cell.remove(QChar(0xFEFF));
    return cell.trimmed().compare(QLatin1String("#property"), Qt::CaseInsensitive) == 0;
}

qint64 maxCsvFileSize()
{
    return qint64(512) * 1024 * 1024;
}

// Every row of a source, read into memory.
static Result<RecordTable> readAll(RecordSource &source)
{
    RecordTable table;
    SourceRow row;
    while (source.next(row))
        table.rows.append(row);
    if (source.error())
        return *source.error();
    table.headers = source.headers;
    table.encoding = source.encoding;
    table.encodingDetected = source.encodingDetected;
    table.hasGeometry = source.hasGeometry;
    table.metadataLines = source.metadataLines;
    return table;
}

Result<RecordTable> readCsvTable(const QByteArray &bytes, TextEncoding encoding)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto source = CsvRecordSource::open(std::move(buffer), encoding);
    if (!source)
        return source.error();
    return readAll(**source);
}

Result<RecordTable> readCsvFile(const QString &path, TextEncoding encoding)
{
    auto source = CsvRecordSource::openFile(path, encoding);
    if (!source)
        return source.error();
    return readAll(**source);
}

} // namespace careatlas
