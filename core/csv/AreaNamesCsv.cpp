#include "core/csv/AreaNamesCsv.h"

#include "core/csv/CsvReader.h"
#include "core/csv/TextDecoding.h"

#include <QFile>
#include <QSet>

namespace careatlas {

namespace {

bool isHeader(const QStringList &fields)
{
    static const QStringList codeWords = {QStringLiteral("code"), QStringLiteral("area_code"), QString::fromUtf8("コード"), QString::fromUtf8("区域コード")};
    return !fields.isEmpty() && codeWords.contains(fields.constFirst().trimmed(), Qt::CaseInsensitive);
}

} // namespace

Result<QList<QPair<QString, QString>>> readAreaNamesCsv(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    const auto decoded = decodeText(file.readAll());
    if (!decoded)
        return Error(decoded.error()).inFile(path);
    CsvReader reader(decoded->text, {guessCsvDelimiter(decoded->text)});
    QList<QPair<QString, QString>> names;
    QSet<QString> seen;
    CsvRecord record;
    bool first = true;
    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        if (first && isHeader(record.fields)) {
            first = false;
            continue;
        }
        first = false;
        const QString code = record.fields.value(0).trimmed();
        const QString name = record.fields.value(1).trimmed();
        if (code.isEmpty() || name.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a line needs a code and a name")).inFile(path).atLine(record.line);
        if (seen.contains(code))
            return Error(ErrorCode::InvalidArgument, QStringLiteral("code %1 is given twice").arg(code)).inFile(path).atLine(record.line);
        seen.insert(code);
        names.append({code, name});
    }
    if (reader.error())
        return Error(*reader.error()).inFile(path);
    return names;
}

} // namespace careatlas
