#include "core/import/RecordTable.h"

#include "core/csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace careatlas {

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
    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        if (!haveHeader) {
            table.headers = record.fields;
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
