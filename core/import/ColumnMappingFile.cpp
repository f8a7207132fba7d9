#include "core/import/ColumnMappingFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace careatlas {

Result<ColumnMapping> readColumnMapping(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!document.isObject())
        return Error(ErrorCode::InvalidArgument, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                             : QStringLiteral("not a JSON object"))
            .inFile(path);
    ColumnMapping mapping;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = importFieldFromName(it.key());
        if (!field)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown field %1").arg(it.key())).inFile(path).inField(it.key());
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the header of %1 is not text").arg(it.key())).inFile(path).inField(it.key());
        mapping.insert(*field, it.value().toString());
    }
    return mapping;
}

Status writeColumnMapping(const QString &path, const ColumnMapping &mapping)
{
    QJsonObject object;
    for (ImportField field : allImportFields()) {
        if (mapping.contains(field))
            object.insert(importFieldName(field), mapping.value(field));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(path);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(path);
    return {};
}

} // namespace careatlas
