#include "core/store/AreaNameIndex.h"

#include "core/store/SqliteStatement.h"

#include <QList>

namespace careatlas::areanames {

QString indexName(const QString &table) { return QStringLiteral("ca_%1_names").arg(table); }

Error addNameIndex(sqlite3 *db, const QString &table)
{
    // The table name comes from ca_area_levels, made from a checked level code (createAreaLayer).
    const QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (code, name, parent_code)").arg(indexName(table), table);
    return execSql(db, sql.toUtf8().constData());
}

Error applyVersion7(sqlite3 *db)
{
    SqliteStatement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ca_area_levels'");
    if (!exists.next())
        return Error(ErrorCode::None);
    SqliteStatement levels(db, "SELECT table_name FROM ca_area_levels");
    QList<QString> tables;
    while (levels.next())
        tables.append(levels.text(0));
    for (const QString &table : tables)
        if (Error error = addNameIndex(db, table); error.code != ErrorCode::None)
            return error;
    return Error(ErrorCode::None);
}

} // namespace careatlas::areanames
