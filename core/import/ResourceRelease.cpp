#include "core/import/ResourceRelease.h"

#include "core/store/SqliteStatement.h"


namespace careatlas {

namespace {

const char *const ReleaseTableSql = R"sql(
CREATE TABLE IF NOT EXISTS ca_resource_release (
  resource_id INTEGER PRIMARY KEY REFERENCES resources(fid) ON DELETE CASCADE,
  source_key TEXT NOT NULL, as_of DATE, last_confirmed DATE NOT NULL, retired_at DATE);
CREATE INDEX IF NOT EXISTS ca_resource_release_source ON ca_resource_release (source_key, retired_at);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('ca_resource_release', 'attributes', 'ca_resource_release', 'Source, as-of date, last confirmation and retirement of each imported resource');
)sql";

QString isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

} // namespace

Error ensureReleaseTable(sqlite3 *db) { return execSql(db, ReleaseTableSql); }

bool hasReleaseTable(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ca_resource_release'");
    return s.isValid() && s.next();
}

Result<QHash<qint64, QDate>> retiredDates(sqlite3 *db)
{
    QHash<qint64, QDate> dates;
    if (!hasReleaseTable(db))
        return dates;
    SqliteStatement s(db, "SELECT resource_id, retired_at FROM ca_resource_release WHERE retired_at IS NOT NULL");
    if (!s.isValid())
        return s.prepareError();
    while (s.next())
        dates.insert(s.int64(0), QDate::fromString(s.text(1), Qt::ISODate));
    return dates;
}

Result<QHash<qint64, QDate>> lastConfirmedDates(sqlite3 *db)
{
    QHash<qint64, QDate> dates;
    if (!hasReleaseTable(db))
        return dates;
    SqliteStatement s(db, "SELECT resource_id, last_confirmed FROM ca_resource_release WHERE retired_at IS NULL");
    if (!s.isValid())
        return s.prepareError();
    while (s.next())
        dates.insert(s.int64(0), QDate::fromString(s.text(1), Qt::ISODate));
    return dates;
}

Result<std::optional<ReleaseRecord>> releaseRecord(sqlite3 *db, qint64 resourceId)
{
    if (!hasReleaseTable(db))
        return std::optional<ReleaseRecord>();
    SqliteStatement s(db, "SELECT source_key, as_of, last_confirmed, retired_at FROM ca_resource_release WHERE resource_id = ?");
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, resourceId);
    if (!s.next())
        return std::optional<ReleaseRecord>();
    return std::optional<ReleaseRecord>(ReleaseRecord{s.text(0), QDate::fromString(s.text(1), Qt::ISODate),
                                                      QDate::fromString(s.text(2), Qt::ISODate), QDate::fromString(s.text(3), Qt::ISODate)});
}

Result<QSet<qint64>> currentResourcesOf(sqlite3 *db, const QString &sourceKey)
{
    QSet<qint64> ids;
    if (!hasReleaseTable(db))
        return ids;
    SqliteStatement s(db, "SELECT resource_id FROM ca_resource_release WHERE source_key = ? AND retired_at IS NULL");
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, sourceKey);
    while (s.next())
        ids.insert(s.int64(0));
    return ids;
}

Error confirmResources(sqlite3 *db, const QList<qint64> &ids, const QString &sourceKey, const QDate &asOf, const QDate &today)
{
    SqliteStatement upsert(db, "INSERT INTO ca_resource_release (resource_id, source_key, as_of, last_confirmed, retired_at) "
                               "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(resource_id) DO UPDATE SET source_key = excluded.source_key, "
                               "as_of = excluded.as_of, last_confirmed = excluded.last_confirmed, retired_at = NULL");
    if (!upsert.isValid())
        return upsert.prepareError();
    for (qint64 id : ids) {
        upsert.bind(1, id).bind(2, sourceKey).bind(3, isoDate(asOf)).bind(4, isoDate(today));
        if (!upsert.exec())
            return upsert.lastError();
    }
    return Error(ErrorCode::None);
}

Error retireResources(sqlite3 *db, const QList<qint64> &ids, const QDate &day)
{
    SqliteStatement retire(db, "UPDATE ca_resource_release SET retired_at = ? WHERE resource_id = ?");
    if (!retire.isValid())
        return retire.prepareError();
    for (qint64 id : ids) {
        retire.bind(1, isoDate(day)).bind(2, id);
        if (!retire.exec())
            return retire.lastError();
    }
    return Error(ErrorCode::None);
}

} // namespace careatlas
