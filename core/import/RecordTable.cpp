#include "core/import/RecordTable.h"

#include "core/csv/CsvReader.h"

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

Result<RecordTable> readCsvTable(const QByteArray &bytes, TextEncoding encoding)
{
    auto decoded = decodeText(bytes, encoding);
    if (!decoded)
        return decoded.error();
    RecordTable table;
    table.encoding = textEncodingName(decoded->encoding);
    table.encodingDetected = decoded->detected;

    const QString &text = decoded->text;
    CsvReader reader(text, CsvReader::Options{guessCsvDelimiter(text), 4 * 1024 * 1024});
    CsvRecord record;
    bool haveHeader = false;
    bool linkData = false;
    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        if (isMetadataRecord(record.fields, haveHeader, linkData)) {
            table.metadataLines.append(record.line);
            continue;
        }
        if (!haveHeader) {
            table.headers = record.fields;
            linkData = isLinkDataHeader(record.fields.constFirst());
            haveHeader = true;
            continue;
        }
        table.rows.append(SourceRow{record.line, record.fields, std::nullopt, std::nullopt});
    }
    if (reader.error())
        return *reader.error();
    if (!haveHeader)
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("the file is empty"));
    return table;
}

Result<RecordTable> readCsvFile(const QString &path, TextEncoding encoding)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!info.isFile())
        return Error(ErrorCode::FileUnreadable, QStringLiteral("not a file")).inFile(path);
    if (info.size() > maxCsvFileSize())
        return Error(ErrorCode::FileUnreadable, QStringLiteral("larger than %1 MB").arg(maxCsvFileSize() / (1024 * 1024))).inFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    const QByteArray bytes = file.readAll();
    auto table = readCsvTable(bytes, encoding);
    if (!table) {
        Error error = table.error();
        return error.inFile(path);
    }
    return table;
}

} // namespace careatlas
