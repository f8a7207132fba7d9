#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

namespace careatlas {

// Releases and freshness: which source each imported resource came from, the source's as-of
// date, when an import last confirmed it, and — when a later release of the same source, read
// as the whole list (--complete-source), no longer has it — the date it left. Retired
// resources are kept (never deleted) and hidden from the map and lists (ResourceSnapshot).
//
// Table ca_resource_release (resource_id, source_key, as_of, last_confirmed, retired_at), made
// by ensureReleaseTable in the import's transaction when first needed: a self-contained step
// of the schema that needs no schema version of its own.
Error ensureReleaseTable(sqlite3 *db);

struct ReleaseRecord {
    QString sourceKey;
    QDate asOf;
    QDate lastConfirmed;
    QDate retiredAt;   // null: current
};

// Whether the table exists (a store no import has written to since it came has none).
bool hasReleaseTable(sqlite3 *db);
// Every retired resource: id → the day it left its source's list.
Result<QHash<qint64, QDate>> retiredDates(sqlite3 *db);
// The day an import last confirmed each resource that has a release record.
Result<QHash<qint64, QDate>> lastConfirmedDates(sqlite3 *db);
// The release record of one resource, if any.
Result<std::optional<ReleaseRecord>> releaseRecord(sqlite3 *db, qint64 resourceId);
// Ids of the current (not retired) resources of a source.
Result<QSet<qint64>> currentResourcesOf(sqlite3 *db, const QString &sourceKey);
// Marks resources as confirmed by an import today (and not retired), with the source's date.
Error confirmResources(sqlite3 *db, const QList<qint64> &ids, const QString &sourceKey, const QDate &asOf, const QDate &today);
// Marks resources as having left their source on `day`.
Error retireResources(sqlite3 *db, const QList<qint64> &ids, const QDate &day);

} // namespace careatlas
