#include "core/import/ColumnMap.h"

#include "core/import/HeaderNormalizer.h"

namespace careatlas {

Result<ColumnMap> ColumnMap::fromHeaders(const QStringList &headers, const QHash<ImportField, QString> &userMapping)
{
    ColumnMap map;
    map.m_headers = headers;
    for (auto it = userMapping.constBegin(); it != userMapping.constEnd(); ++it) {
        const QString wanted = normalizeHeader(it.value());
        int found = -1;
        for (int i = 0; i < headers.size() && found < 0; ++i) {
            if (normalizeHeader(headers.at(i)) == wanted)
                found = i;
        }
        if (found < 0)
            return Error(ErrorCode::FieldNotFound, it.value()).inField(importFieldName(it.key()));
        map.m_columns.insert(it.key(), found);
    }
    QList<int> taken = map.m_columns.values();
    for (int i = 0; i < headers.size(); ++i) {
        if (taken.contains(i))
            continue;
        const auto field = importFieldForHeader(headers.at(i));
        // The first column of a field wins; a user's mapping wins over every alias.
        if (field && !map.m_columns.contains(*field))
            map.m_columns.insert(*field, i);
    }
    return map;
}

QString ColumnMap::header(ImportField field) const
{
    const int index = column(field);
    if (index < 0)
        return QString();
    QString header = m_headers.at(index);
    header.remove(QChar(0xFEFF));
    return header.trimmed();
}

QString ColumnMap::value(const QStringList &row, ImportField field) const
{
    const int index = column(field);
    if (index < 0 || index >= row.size())
        return QString();
    return row.at(index).trimmed();
}

QStringList ColumnMap::unusedHeaders() const
{
    QStringList unused;
    const QList<int> used = m_columns.values();
    for (int i = 0; i < m_headers.size(); ++i) {
        QString header = m_headers.at(i);
        header.remove(QChar(0xFEFF));
        if (!used.contains(i) && !header.trimmed().isEmpty())
            unused.append(header.trimmed());
    }
    return unused;
}

QList<int> ColumnMap::unusedColumns() const
{
    QList<int> unused;
    const QList<int> used = m_columns.values();
    for (int i = 0; i < m_headers.size(); ++i) {
        if (!used.contains(i))
            unused.append(i);
    }
    return unused;
}

QStringList ColumnMap::headerKeys() const
{
    QStringList keys;
    for (const QString &header : m_headers)
        keys.append(headerKey(header));
    return keys;
}

} // namespace careatlas
