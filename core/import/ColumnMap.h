#pragma once

#include "core/Result.h"
#include "core/import/ImportField.h"

#include <QHash>
#include <QStringList>

namespace careatlas {

// Which column of a file holds which field, found by header name (aliases), optionally
// overridden by a mapping the user set (field → header name as written in the file).
class ColumnMap
{
public:
    // Errors: FieldNotFound when a user mapping names a header the file does not have.
    static Result<ColumnMap> fromHeaders(const QStringList &headers, const QHash<ImportField, QString> &userMapping = {});

    // Sets a field's column (a layout's own meaning of a header, a confirmed proposal).
    void assign(ImportField field, int column) { m_columns.insert(field, column); }
    // Columns no field uses, by index.
    QList<int> unusedColumns() const;

    bool has(ImportField field) const { return m_columns.contains(field); }
    int column(ImportField field) const { return m_columns.value(field, -1); }
    // The header of a field's column as written in the file, trimmed (for reports).
    QString header(ImportField field) const;
    // The value of a field in a row, trimmed; empty when the column is absent or the row short.
    QString value(const QStringList &row, ImportField field) const;

    const QStringList &headers() const { return m_headers; }
    // Headers that no field uses (ignored columns, listed in the report).
    QStringList unusedHeaders() const;
    // Normalised keys of every header (for format detection).
    QStringList headerKeys() const;

private:
    QStringList m_headers;
    QHash<ImportField, int> m_columns;
};

} // namespace careatlas
