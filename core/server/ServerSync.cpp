#include "core/server/ServerSync.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerStore.h"
#include "core/store/GpkgGeometry.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace careatlas {

namespace {

bool isOk(const Error &error) { return error.code == ErrorCode::None; }
Status statusOf(Error error) { return isOk(error) ? Status() : Status(std::move(error)); }

// The copy's own tables and the triggers that record edits (ServerSync.h). The base is the row
// before its first edit since the last sync, as JSON (the point as the GeoPackage blob in hex).
const char *const OfflineSql = R"sql(
CREATE TABLE IF NOT EXISTS ca_sync_rows (
  fid INTEGER PRIMARY KEY, server_id INTEGER NOT NULL, uuid TEXT NOT NULL UNIQUE, version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ca_sync_log (fid INTEGER PRIMARY KEY, op TEXT NOT NULL, edits INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ca_sync_base (fid INTEGER PRIMARY KEY, row TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ca_sync_conflicts (
  fid INTEGER PRIMARY KEY, base TEXT, mine TEXT NOT NULL, theirs TEXT, fields TEXT NOT NULL,
  deleted INTEGER NOT NULL, recorded_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ca_sync_pending (fid INTEGER PRIMARY KEY, edits INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ca_sync_applying (busy INTEGER);

CREATE TRIGGER IF NOT EXISTS ca_sync_insert AFTER INSERT ON resources
WHEN NOT EXISTS (SELECT 1 FROM ca_sync_applying)
BEGIN
  INSERT INTO ca_sync_log (fid, op, edits) VALUES (NEW.fid, 'insert', 1)
    ON CONFLICT (fid) DO UPDATE SET edits = edits + 1;
END;
CREATE TRIGGER IF NOT EXISTS ca_sync_base_update BEFORE UPDATE ON resources
WHEN NOT EXISTS (SELECT 1 FROM ca_sync_applying)
BEGIN
  %KEEP_BASE%
END;
CREATE TRIGGER IF NOT EXISTS ca_sync_update AFTER UPDATE ON resources
WHEN NOT EXISTS (SELECT 1 FROM ca_sync_applying)
BEGIN
  INSERT INTO ca_sync_log (fid, op, edits) VALUES (NEW.fid, 'update', 1)
    ON CONFLICT (fid) DO UPDATE SET edits = edits + 1;
END;
CREATE TRIGGER IF NOT EXISTS ca_sync_base_delete BEFORE DELETE ON resources
WHEN NOT EXISTS (SELECT 1 FROM ca_sync_applying)
BEGIN
  %KEEP_BASE%
END;
CREATE TRIGGER IF NOT EXISTS ca_sync_delete AFTER DELETE ON resources
WHEN NOT EXISTS (SELECT 1 FROM ca_sync_applying)
BEGIN
  INSERT INTO ca_sync_log (fid, op, edits) VALUES (OLD.fid, 'delete', 1)
    ON CONFLICT (fid) DO UPDATE SET op = 'delete', edits = edits + 1;
END;
)sql";

// The row before its first edit since the last sync (both base triggers).
const char *const KeepBaseSql = R"sql(INSERT OR IGNORE INTO ca_sync_base (fid, row) VALUES (OLD.fid, json_object(
    'geom', hex(OLD.geom), 'category', OLD.category, 'name', OLD.name, 'kana', OLD.kana, 'operator', OLD.operator,
    'official_number', OLD.official_number, 'source', OLD.source, 'source_date', OLD.source_date,
    'postal_code', OLD.postal_code, 'address', OLD.address, 'phone', OLD.phone, 'fax', OLD.fax, 'website', OLD.website,
    'hours', OLD.hours, 'closed_days', OLD.closed_days, 'capacity', OLD.capacity, 'vacancies', OLD.vacancies,
    'vacancies_date', OLD.vacancies_date, 'service_area', OLD.service_area, 'notes', OLD.notes, 'flags', OLD.flags,
    'updated_at', OLD.updated_at));)sql";

const QString PendingBatchKey = QStringLiteral("sync_pending_batch");
const QString ServerKey = QStringLiteral("replica_of");
const QString ChangeSeqKey = QStringLiteral("replica_change_seq");

// ---- a resource as JSON (conflicts kept in the copy, batch results kept on the server) ----

QJsonValue textValue(const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); }
QJsonValue dateValue(const QDate &date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue intValue(const std::optional<int> &value) { return value ? QJsonValue(*value) : QJsonValue(); }
QString jsonText(const QJsonValue &value) { return value.isString() ? value.toString() : QString(); }
std::optional<int> jsonInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString() && !value.toString().isEmpty())
        return value.toString().toInt();
    return std::nullopt;
}

QJsonObject resourceJson(const Resource &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("category"), r.categoryCode},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("kana"), textValue(r.kana)},
                  {QStringLiteral("operator"), textValue(r.operatorName)},
                  {QStringLiteral("official_number"), textValue(r.officialNumber)},
                  {QStringLiteral("source"), textValue(r.source)},
                  {QStringLiteral("source_date"), dateValue(r.sourceDate)},
                  {QStringLiteral("postal_code"), textValue(r.postalCode)},
                  {QStringLiteral("address"), textValue(r.address)},
                  {QStringLiteral("phone"), textValue(r.phone)},
                  {QStringLiteral("fax"), textValue(r.fax)},
                  {QStringLiteral("website"), textValue(r.website)},
                  {QStringLiteral("hours"), textValue(r.hours)},
                  {QStringLiteral("closed_days"), textValue(r.closedDays)},
                  {QStringLiteral("capacity"), intValue(r.capacity)},
                  {QStringLiteral("vacancies"), intValue(r.vacancies)},
                  {QStringLiteral("vacancies_date"), dateValue(r.vacanciesDate)},
                  {QStringLiteral("service_area"), textValue(r.serviceArea)},
                  {QStringLiteral("notes"), textValue(r.notes)},
                  {QStringLiteral("flags"), r.flags.isEmpty() ? QJsonValue() : QJsonValue(r.flags.join(QLatin1Char(';')))},
                  {QStringLiteral("updated_at"), r.updatedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("version"), r.version}};
    if (r.hasLocation()) {
        o.insert(QStringLiteral("longitude"), *r.longitude);
        o.insert(QStringLiteral("latitude"), *r.latitude);
    }
    return o;
}

// Reads resourceJson's objects and the base rows of the triggers (the point as a hex blob).
Resource resourceFromJson(const QJsonObject &o)
{
    Resource r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    if (o.contains(QStringLiteral("longitude")) && o.contains(QStringLiteral("latitude"))) {
        r.longitude = o.value(QStringLiteral("longitude")).toDouble();
        r.latitude = o.value(QStringLiteral("latitude")).toDouble();
    } else if (const QString hex = jsonText(o.value(QStringLiteral("geom"))); !hex.isEmpty()) {
        if (const auto decoded = gpkg::decode(QByteArray::fromHex(hex.toLatin1())); decoded && !decoded->empty) {
            if (const auto point = gpkg::wkbPoint(decoded->wkb)) {
                r.longitude = point->first;
                r.latitude = point->second;
            }
        }
    }
    r.categoryCode = jsonText(o.value(QStringLiteral("category")));
    r.name = jsonText(o.value(QStringLiteral("name")));
    r.kana = jsonText(o.value(QStringLiteral("kana")));
    r.operatorName = jsonText(o.value(QStringLiteral("operator")));
    r.officialNumber = jsonText(o.value(QStringLiteral("official_number")));
    r.source = jsonText(o.value(QStringLiteral("source")));
    r.sourceDate = QDate::fromString(jsonText(o.value(QStringLiteral("source_date"))), Qt::ISODate);
    r.postalCode = jsonText(o.value(QStringLiteral("postal_code")));
    r.address = jsonText(o.value(QStringLiteral("address")));
    r.phone = jsonText(o.value(QStringLiteral("phone")));
    r.fax = jsonText(o.value(QStringLiteral("fax")));
    r.website = jsonText(o.value(QStringLiteral("website")));
    r.hours = jsonText(o.value(QStringLiteral("hours")));
    r.closedDays = jsonText(o.value(QStringLiteral("closed_days")));
    r.capacity = jsonInt(o.value(QStringLiteral("capacity")));
    r.vacancies = jsonInt(o.value(QStringLiteral("vacancies")));
    r.vacanciesDate = QDate::fromString(jsonText(o.value(QStringLiteral("vacancies_date"))), Qt::ISODate);
    r.serviceArea = jsonText(o.value(QStringLiteral("service_area")));
    r.notes = jsonText(o.value(QStringLiteral("notes")));
    if (const QString flags = jsonText(o.value(QStringLiteral("flags"))); !flags.isEmpty())
        r.flags = flags.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    r.updatedAt = QDateTime::fromString(jsonText(o.value(QStringLiteral("updated_at"))), Qt::ISODateWithMs);
    r.version = o.value(QStringLiteral("version")).toInteger();
    return r;
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

// ---- the copy's side ----

// Writes of the sync itself are not edits: ca_sync_applying holds a row while they run, in the
// same transaction (a crash leaves it empty again).
struct Applying {
    sqlite3 *db;
    Error start() { return execSql(db, "INSERT INTO ca_sync_applying (busy) VALUES (1)"); }
    Error finish() { return execSql(db, "DELETE FROM ca_sync_applying"); }
};

struct RowLink {
    qint64 serverId = 0;
    QString uuid;
    qint64 version = 0;
};

// The copy's rows by server UUID: (local fid, the server version the copy holds).
Result<QHash<QString, QPair<qint64, qint64>>> localIdsByUuid(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT uuid, fid, version FROM ca_sync_rows");
    if (!s.isValid())
        return s.prepareError();
    QHash<QString, QPair<qint64, qint64>> ids;
    while (s.next())
        ids.insert(s.text(0), {s.int64(1), s.int64(2)});
    if (Error e = s.lastError(); !isOk(e))
        return e;
    return ids;
}

Result<QHash<qint64, int>> loggedEdits(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT fid, edits FROM ca_sync_log");
    if (!s.isValid())
        return s.prepareError();
    QHash<qint64, int> edits;
    while (s.next())
        edits.insert(s.int64(0), int(s.int64(1)));
    if (Error e = s.lastError(); !isOk(e))
        return e;
    return edits;
}

Result<QSet<qint64>> conflictIds(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT fid FROM ca_sync_conflicts");
    if (!s.isValid())
        return s.prepareError();
    QSet<qint64> ids;
    while (s.next())
        ids.insert(s.int64(0));
    if (Error e = s.lastError(); !isOk(e))
        return e;
    return ids;
}

Error setLink(sqlite3 *db, qint64 fid, const RowLink &link)
{
    SqliteStatement s(db, "INSERT INTO ca_sync_rows (fid, server_id, uuid, version) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (fid) DO UPDATE SET server_id = excluded.server_id, uuid = excluded.uuid, version = excluded.version");
    s.bind(1, fid).bind(2, link.serverId).bind(3, link.uuid).bind(4, link.version);
    return s.exec() ? Error(ErrorCode::None) : s.lastError();
}

Error execWithId(sqlite3 *db, const char *sql, qint64 fid)
{
    SqliteStatement s(db, sql);
    s.bind(1, fid);
    return s.exec() ? Error(ErrorCode::None) : s.lastError();
}

// The server's areas of these rows written to the copy's rows (server id → local fid).
Status copyAreas(ServerStore &server, Store &copy, const QHash<qint64, qint64> &localByServerId)
{
    if (localByServerId.isEmpty())
        return {};
    auto areas = server.areasOfResources(localByServerId.keys());
    if (!areas)
        return areas.error();
    QHash<qint64, QHash<QString, QString>> byResource;
    for (const auto &area : *areas)
        byResource[area.resourceId].insert(area.levelCode, area.areaCode);
    for (auto it = localByServerId.cbegin(); it != localByServerId.cend(); ++it) {
        if (Status set = copy.setResourceAreas(it.value(), byResource.value(it.key())); !set)
            return set;
    }
    return {};
}

// The area levels whose areas changed on the server since the change number (new, renamed,
// reshaped, re-coded or deleted areas; deletions leave tombstones without their level, so any
// deleted area counts as a change of every level): each brought whole into the copy —
// replaceAreas keeps the layer's R*Tree, outlines and name index in step — and the level's
// resource assignments computed again on the server by PostGIS (a point on a shared boundary
// goes to the area with the lowest code) for the rows the server holds; rows added here and
// not yet sent keep theirs. In the pull's transactions (one snapshot, one SQLite transaction).
Status pullAreas(ServerStore &server, Store &copy, qint64 since, SyncReport &report)
{
    PgConnection &connection = server.connection();
    // Changed areas name their level; a deleted one's level is in its audit row (every level
    // when the audit no longer holds it).
    auto changed = connection.exec("SELECT DISTINCT level_code FROM careatlas.areas WHERE change_seq > $1 UNION ALL "
                                   "SELECT (SELECT a.old_row->>'level_code' FROM careatlas.audit a WHERE a.row_uuid = t.uuid "
                                   "AND a.action = 'delete' ORDER BY a.id DESC LIMIT 1) FROM careatlas.tombstones t "
                                   "WHERE t.table_name = 'areas' AND t.change_seq > $1",
                                   {PgParam::number(since)});
    if (!changed)
        return changed.error();
    if (changed->rows() == 0)
        return {};
    QSet<QString> levelCodes;
    bool everyLevel = false;
    for (int row = 0; row < changed->rows(); ++row) {
        if (changed->isNull(row, 0))
            everyLevel = true;
        else
            levelCodes.insert(changed->text(row, 0));
    }
    auto levels = server.areaLevels();
    if (!levels)
        return levels.error();
    sqlite3 *db = copy.handle();
    // Server id → the copy's fid, and the copy's rows the server does not hold yet.
    QHash<qint64, qint64> localByServerId;
    {
        SqliteStatement s(db, "SELECT server_id, fid FROM ca_sync_rows");
        if (!s.isValid())
            return s.prepareError();
        while (s.next())
            localByServerId.insert(s.int64(0), s.int64(1));
        if (Error e = s.lastError(); !isOk(e))
            return e;
    }
    QSet<qint64> linked;
    for (qint64 fid : std::as_const(localByServerId))
        linked.insert(fid);
    for (const AreaLevel &level : *levels) {
        if (!everyLevel && !levelCodes.contains(level.code))
            continue;
        if (Status ensured = copy.ensureAreaLevel(level); !ensured)
            return ensured;
        auto areas = server.areas(level.code);
        if (!areas)
            return areas.error();
        if (Status replaced = copy.replaceAreas(level.code, *areas); !replaced)
            return replaced;
        auto within = connection.exec("SELECT DISTINCT ON (r.id) r.id, a.code FROM careatlas.resources r "
                                      "JOIN careatlas.areas a ON a.level_code = $1 AND ST_Intersects(a.geom, r.geom) ORDER BY r.id, a.code",
                                      {PgParam::text(level.code)});
        if (!within)
            return within.error();
        QList<QPair<qint64, QString>> assignments;
        assignments.reserve(within->rows());
        for (int row = 0; row < within->rows(); ++row) {
            if (const qint64 fid = localByServerId.value(within->number(row, 0)); fid > 0)
                assignments.append({fid, within->text(row, 1)});
        }
        auto kept = copy.resourceAreas(level.code);
        if (!kept)
            return kept.error();
        const QSet<QString> codes = [&] {
            QSet<QString> all;
            for (const AreaRecord &area : *areas)
                all.insert(area.code);
            return all;
        }();
        for (const auto &[fid, code] : *kept) {
            if (!linked.contains(fid) && codes.contains(code))
                assignments.append({fid, code});
        }
        if (Status assigned = copy.replaceResourceAreas(level.code, assignments); !assigned)
            return assigned;
        ++report.pulledAreaLevels;
    }
    return {};
}

// Pull: the server's changes since the copy's change number, on the rows not edited here.
Status pull(ServerStore &server, Store &copy, qint64 since, SyncReport &report)
{
    PgConnection &connection = server.connection();
    if (Status begun = connection.execScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return begun;
    struct Ending {
        PgConnection &connection;
        ~Ending() { (void)connection.execScript("ROLLBACK"); }
    } ending{connection};
    auto last = server.lastChangeSeq();
    if (!last)
        return last.error();
    auto changed = server.resourcesChangedSince(since);
    if (!changed)
        return changed.error();
    auto deleted = server.resourcesDeletedSince(since);
    if (!deleted)
        return deleted.error();

    sqlite3 *db = copy.handle();
    Store::Transaction transaction(copy);
    Applying applying{db};
    if (Error e = applying.start(); !isOk(e))
        return e;
    auto local = localIdsByUuid(db);
    if (!local)
        return local.error();
    auto edits = loggedEdits(db);
    if (!edits)
        return edits.error();
    auto conflicts = conflictIds(db);
    if (!conflicts)
        return conflicts.error();
    QHash<qint64, qint64> placed;   // server id → local fid, rows whose areas to copy
    for (const ServerStore::ChangedResource &row : *changed) {
        Resource resource = row.resource;
        const qint64 serverId = resource.id;
        const auto [fid, held] = local->value(row.uuid, {0, 0});
        if (fid > 0) {
            // Edited here (or in conflict): the push merges it with this row. A version the
            // copy holds already (its own edit, sent by the last push) changes nothing.
            if (edits->contains(fid) || conflicts->contains(fid) || held >= row.resource.version)
                continue;
            resource.id = fid;
            if (Status updated = copy.updateResource(resource); !updated)
                return updated;
            if (Error e = setLink(db, fid, {serverId, row.uuid, row.resource.version}); !isOk(e))
                return e;
            placed.insert(serverId, fid);
        } else {
            resource.id = 0;
            auto id = copy.insertResource(resource);
            if (!id)
                return id.error();
            if (Error e = setLink(db, *id, {serverId, row.uuid, row.resource.version}); !isOk(e))
                return e;
            local->insert(row.uuid, {*id, row.resource.version});
            placed.insert(serverId, *id);
        }
        ++report.pulled;
    }
    if (Status areas = copyAreas(server, copy, placed); !areas)
        return areas;
    for (const auto &[uuid, seq] : *deleted) {
        const qint64 fid = local->value(uuid, {0, 0}).first;
        if (fid <= 0 || edits->contains(fid) || conflicts->contains(fid))
            continue;   // unknown here, or edited here: the push records the deletion as a conflict
        if (Status gone = copy.deleteResource(fid); !gone && gone.error().code != ErrorCode::NotFound)
            return gone;
        if (Error e = execWithId(db, "DELETE FROM ca_sync_rows WHERE fid = ?", fid); !isOk(e))
            return e;
        ++report.pulledDeleted;
    }
    if (Status areas = pullAreas(server, copy, since, report); !areas)
        return areas;
    report.changeSeq = *last;
    if (Status noted = copy.setMetaValue(ChangeSeqKey, QString::number(*last)); !noted)
        return noted;
    if (Error e = applying.finish(); !isOk(e))
        return e;
    return transaction.commit();
}

// ---- push ----

struct PushItem {
    qint64 fid = 0;
    QString op;
    int edits = 0;
    std::optional<RowLink> link;
    Resource base;   // the server's row as the copy had it (update, delete)
    Resource mine;   // the copy's row now (insert, update)
};

Result<QList<PushItem>> loadItems(Store &copy, const QList<qint64> &only, int limit, const QSet<qint64> &skip)
{
    sqlite3 *db = copy.handle();
    SqliteStatement s(db, "SELECT l.fid, l.op, l.edits, r.server_id, r.uuid, r.version, b.row FROM ca_sync_log l "
                          "LEFT JOIN ca_sync_rows r ON r.fid = l.fid LEFT JOIN ca_sync_base b ON b.fid = l.fid ORDER BY l.fid");
    if (!s.isValid())
        return s.prepareError();
    const QSet<qint64> wanted(only.cbegin(), only.cend());
    QList<PushItem> items;
    QList<qint64> ids;
    while (s.next() && items.size() < limit) {
        PushItem item;
        item.fid = s.int64(0);
        if (skip.contains(item.fid) || (!wanted.isEmpty() && !wanted.contains(item.fid)))
            continue;
        item.op = s.text(1);
        item.edits = int(s.int64(2));
        if (!s.isNull(3))
            item.link = RowLink{s.int64(3), s.text(4), s.int64(5)};
        if (item.link) {
            item.base = s.isNull(6) ? Resource() : resourceFromJson(parseObject(s.text(6)));
            item.base.id = item.link->serverId;
            item.base.version = item.link->version;
        }
        items.append(std::move(item));
        ids.append(items.constLast().fid);
    }
    if (Error e = s.lastError(); !isOk(e))
        return e;
    QHash<qint64, Resource> rows;
    if (!ids.isEmpty()) {
        QStringList texts;
        for (qint64 id : ids)
            texts.append(QString::number(id));
        auto read = copy.resourcesWhere("fid IN (SELECT value FROM json_each(?))", {QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']')},
                                        ids.size());
        if (!read)
            return read.error();
        for (const Resource &r : *read)
            rows.insert(r.id, r);
    }
    for (PushItem &item : items) {
        if (item.op == QLatin1String("delete"))
            continue;
        item.mine = rows.value(item.fid);
        if (item.mine.id == 0)
            item.op = QStringLiteral("delete");   // deleted after the log was read
        if (item.link)
            item.mine.id = item.link->serverId;
        else
            item.mine.id = 0;
        if (item.op == QLatin1String("update") && !item.link)
            item.op = QStringLiteral("insert");
        if (item.op == QLatin1String("insert") && item.link)
            item.op = QStringLiteral("update");
    }
    return items;
}

bool vacancyChanged(const Resource &a, const Resource &b)
{
    return !sameField(a, b, ResourceField::Vacancies) || !sameField(a, b, ResourceField::VacanciesDate);
}

// Newest wins for vacancy figures: when both sides changed them, the newer vacancies date is
// kept without a conflict, and an older figure of mine goes to the server's history (the
// statement returned, run in the batch's transaction).
std::optional<PgStatement> settleVacancies(const QString &uuid, Resource &base, Resource &mine, const Resource &theirs, bool *mineLost)
{
    *mineLost = false;
    if (!vacancyChanged(base, mine) || !vacancyChanged(base, theirs))
        return std::nullopt;
    const bool mineNewer = mine.vacanciesDate.isValid() && (!theirs.vacanciesDate.isValid() || mine.vacanciesDate > theirs.vacanciesDate);
    if (mineNewer) {
        copyField(base, theirs, ResourceField::Vacancies);
        copyField(base, theirs, ResourceField::VacanciesDate);
        return std::nullopt;
    }
    PgStatement kept{"INSERT INTO careatlas.vacancy_history (resource_uuid, vacancies, vacancies_date, kept) "
                     "VALUES ($1::uuid, $2::integer, $3::date, false)",
                     {PgParam::text(uuid), mine.vacancies ? PgParam::number(*mine.vacancies) : PgParam::null(),
                      mine.vacanciesDate.isValid() ? PgParam::text(mine.vacanciesDate.toString(Qt::ISODate)) : PgParam::null()}};
    copyField(mine, theirs, ResourceField::Vacancies);
    copyField(mine, theirs, ResourceField::VacanciesDate);
    *mineLost = true;
    return kept;
}

Result<QPair<QString, qint64>> uuidAndVersion(PgConnection &connection, qint64 id)
{
    auto row = connection.exec("SELECT uuid, version FROM careatlas.resources WHERE id = $1", {PgParam::number(id)});
    if (!row)
        return row.error();
    if (row->rows() == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id));
    return QPair<QString, qint64>{row->text(0, 0), row->number(0, 1)};
}

bool itemRefusal(ErrorCode code)
{
    return code == ErrorCode::OtherCentreArea || code == ErrorCode::ServerRefused || code == ErrorCode::InvalidArgument;
}

// One edit on the server inside the batch's transaction: what happened, as JSON.
Result<QJsonObject> pushItem(ServerStore &server, PgTransaction &transaction, PushItem item)
{
    PgConnection &connection = server.connection();
    QJsonObject result{{QStringLiteral("fid"), item.fid}, {QStringLiteral("edits"), item.edits}};
    auto outcome = [&result](const char *what) { result.insert(QStringLiteral("outcome"), QLatin1String(what)); };
    if (item.op == QLatin1String("insert")) {
        auto id = server.insertResource(transaction, item.mine);
        if (!id)
            return id.error();
        auto stored = server.resource(*id);
        if (!stored)
            return stored.error();
        auto identity = uuidAndVersion(connection, *id);
        if (!identity)
            return identity.error();
        outcome("inserted");
        result.insert(QStringLiteral("server_id"), *id);
        result.insert(QStringLiteral("uuid"), identity->first);
        result.insert(QStringLiteral("row"), resourceJson(*stored));
        return result;
    }
    if (item.op == QLatin1String("delete")) {
        Status deleted = server.deleteResource(transaction, item.link->serverId, item.link->version);
        if (!deleted && deleted.error().code == ErrorCode::EditConflict) {
            auto theirs = server.resource(item.link->serverId);
            if (!theirs)
                return theirs.error();
            outcome("restored");
            result.insert(QStringLiteral("row"), resourceJson(*theirs));
            return result;
        }
        if (!deleted && deleted.error().code != ErrorCode::NotFound)
            return deleted.error();
        outcome("deleted");
        return result;
    }
    // update
    bool mineLost = false;
    if (vacancyChanged(item.base, item.mine)) {
        auto theirs = server.resource(item.link->serverId);
        if (theirs) {
            if (const auto kept = settleVacancies(item.link->uuid, item.base, item.mine, *theirs, &mineLost)) {
                if (auto done = connection.exec(kept->sql, kept->params); !done)
                    return done.error();
            }
        } else if (theirs.error().code != ErrorCode::NotFound) {
            return theirs.error();
        }
    }
    auto saved = server.saveResourceChanges(transaction, item.base, item.mine);
    if (!saved) {
        if (saved.error().code != ErrorCode::EditConflict || !saved.error().conflict)
            return saved.error();
        const ResourceConflict &conflict = *saved.error().conflict;
        QJsonArray fields;
        for (ResourceField field : conflict.fields)
            fields.append(resourceFieldName(field));
        outcome("conflict");
        result.insert(QStringLiteral("fields"), fields);
        result.insert(QStringLiteral("deleted"), conflict.deleted);
        if (!conflict.deleted)
            result.insert(QStringLiteral("theirs"), resourceJson(conflict.theirs));
        return result;
    }
    outcome("saved");
    result.insert(QStringLiteral("merged"), saved->merged);
    result.insert(QStringLiteral("vacancy_lost"), mineLost);
    result.insert(QStringLiteral("row"), resourceJson(saved->resource));
    return result;
}

// The batch's edits with a few round trips instead of several per edit: the rows locked at
// once, each planned here exactly as pushItem does (the same outcomes), the writes sent in
// pipelines. Nothing (std::nullopt) when an edit needs pushItem's own handling (a write the
// server refused, an invalid row): the caller rolls back to its savepoint and goes edit by edit.
Result<std::optional<QJsonArray>> pushAtOnce(ServerStore &server, PgTransaction &transaction, QList<PushItem> items)
{
    using Write = ServerStore::Write;
    QList<qint64> ids;
    QList<Resource> points;   // where each insert and update would write
    for (const PushItem &item : items) {
        if (item.op == QLatin1String("insert"))
            points.append(item.mine);
        else if (item.link) {
            ids.append(item.link->serverId);
            if (item.op == QLatin1String("update"))
                points.append(item.mine);
        } else {
            return std::optional<QJsonArray>();
        }
    }
    auto locked = server.lockResources(transaction, ids);
    if (!locked)
        return locked.error();
    auto may = server.mayWriteAtEach(points);
    if (!may)
        return may.error();

    enum class Then { Done, Inserted, Saved, Deleted };
    struct Planned {
        QJsonObject result;
        Then then = Then::Done;
        qsizetype write = -1;
    };
    QList<Planned> planned;
    QList<Write> writes;
    qsizetype point = 0;
    for (PushItem &item : items) {
        Planned p;
        p.result = QJsonObject{{QStringLiteral("fid"), item.fid}, {QStringLiteral("edits"), item.edits}};
        auto outcome = [&p](const char *what) { p.result.insert(QStringLiteral("outcome"), QLatin1String(what)); };
        auto refuse = [&p](ErrorCode code) {
            p.result.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
            p.result.insert(QStringLiteral("code"), errorCodeName(code));
        };
        if (item.op == QLatin1String("insert")) {
            const bool mayWrite = (*may)[point++];
            if (Error invalid = validateResource(item.mine); !isOk(invalid)) {
                if (!itemRefusal(invalid.code))
                    return std::optional<QJsonArray>();
                refuse(invalid.code);
            } else if (!mayWrite) {
                refuse(ErrorCode::OtherCentreArea);
            } else {
                p.then = Then::Inserted;
                p.write = writes.size();
                writes.append({Write::Insert, item.mine, {}, 0, 0, {}, {}});
            }
        } else if (item.op == QLatin1String("delete")) {
            const qint64 id = item.link->serverId;
            if (locked->otherCentre.contains(id)) {
                refuse(ErrorCode::OtherCentreArea);
            } else if (!locked->rows.contains(id)) {
                outcome("deleted");   // gone already
            } else if (const Resource &theirs = locked->rows[id]; theirs.version != item.link->version) {
                outcome("restored");
                p.result.insert(QStringLiteral("row"), resourceJson(theirs));
            } else {
                p.then = Then::Deleted;
                p.write = writes.size();
                writes.append({Write::Delete, {}, {}, id, 0, {}, {}});
            }
        } else {
            const bool mayWrite = (*may)[point++];
            const qint64 id = item.link->serverId;
            if (item.base.id <= 0 || item.mine.id != item.base.id)
                return std::optional<QJsonArray>();
            if (locked->otherCentre.contains(id)) {
                refuse(ErrorCode::OtherCentreArea);
                planned.append(std::move(p));
                continue;
            }
            const Resource *theirs = locked->rows.contains(id) ? &locked->rows[id] : nullptr;
            bool mineLost = false;
            std::optional<PgStatement> history;
            if (theirs && vacancyChanged(item.base, item.mine))
                history = settleVacancies(item.link->uuid, item.base, item.mine, *theirs, &mineLost);
            ResourceSavePlan plan = planResourceSave(item.base, item.mine, theirs);
            if (!plan.conflict && !plan.write.isEmpty()) {
                if (Error invalid = validateResource(plan.resource); !isOk(invalid)) {
                    if (!itemRefusal(invalid.code))
                        return std::optional<QJsonArray>();
                    refuse(invalid.code);
                    planned.append(std::move(p));
                    continue;
                }
                if (plan.write.contains(ResourceField::Location)) {
                    // The point checked is mine; a plan moving the row elsewhere goes edit by edit.
                    if (plan.resource.longitude != item.mine.longitude || plan.resource.latitude != item.mine.latitude)
                        return std::optional<QJsonArray>();
                    if (!mayWrite) {
                        refuse(ErrorCode::OtherCentreArea);
                        planned.append(std::move(p));
                        continue;
                    }
                }
            }
            if (history) {
                QList<QByteArray> params;
                for (const PgParam &param : history->params)
                    params.append(param.value ? *param.value : QByteArray());
                writes.append({Write::Statement, {}, {}, 0, 0, history->sql, params});
            }
            if (plan.conflict) {
                const ResourceConflict &conflict = *plan.conflict;
                QJsonArray fields;
                for (ResourceField field : conflict.fields)
                    fields.append(resourceFieldName(field));
                outcome("conflict");
                p.result.insert(QStringLiteral("fields"), fields);
                p.result.insert(QStringLiteral("deleted"), conflict.deleted);
                if (!conflict.deleted)
                    p.result.insert(QStringLiteral("theirs"), resourceJson(conflict.theirs));
            } else {
                outcome("saved");
                p.result.insert(QStringLiteral("merged"), plan.merged);
                p.result.insert(QStringLiteral("vacancy_lost"), mineLost);
                if (plan.write.isEmpty()) {
                    p.result.insert(QStringLiteral("row"), resourceJson(plan.resource));
                } else {
                    p.then = Then::Saved;
                    p.write = writes.size();
                    writes.append({Write::Update, plan.resource, plan.write, id, theirs->version, {}, {}});
                }
            }
        }
        planned.append(std::move(p));
    }

    auto written = server.write(transaction, writes);
    if (!written) {
        if (written.error().code == ErrorCode::NetworkFailed)
            return written.error();
        return std::optional<QJsonArray>();
    }
    QJsonArray results;
    for (Planned &p : planned) {
        if (p.then != Then::Done) {
            const ServerStore::Written &w = (*written)[p.write];
            if (p.then == Then::Deleted) {
                p.result.insert(QStringLiteral("outcome"), QStringLiteral("deleted"));
            } else {
                if (w.affected != 1)
                    return std::optional<QJsonArray>();   // not at the version locked: cannot be
                if (p.then == Then::Inserted) {
                    p.result.insert(QStringLiteral("outcome"), QStringLiteral("inserted"));
                    p.result.insert(QStringLiteral("server_id"), w.resource.id);
                    p.result.insert(QStringLiteral("uuid"), w.uuid);
                }
                p.result.insert(QStringLiteral("row"), resourceJson(w.resource));
            }
        }
        results.append(p.result);
    }
    return std::optional<QJsonArray>(results);
}

// The batch on the server, once: its id goes in first; an id already there means the batch was
// applied before (the answer was lost) and its stored result is returned instead.
Result<QJsonArray> sendBatch(ServerStore &server, const QString &batchId, const QList<PushItem> &items, const SyncOptions &options)
{
    PgConnection &connection = server.connection();
    PgTransaction transaction(connection);
    if (!transaction.begun())
        return transaction.begun().error();
    auto claimed = connection.exec("INSERT INTO careatlas.sync_batches (batch_id) VALUES ($1::uuid) ON CONFLICT DO NOTHING RETURNING batch_id",
                                   {PgParam::text(batchId)});
    if (!claimed)
        return claimed.error();
    if (claimed->rows() == 0) {
        auto stored = connection.exec("SELECT result FROM careatlas.sync_batches WHERE batch_id = $1::uuid", {PgParam::text(batchId)});
        if (!stored)
            return stored.error();
        if (stored->rows() == 0)
            return Error(ErrorCode::ServerFailed, QStringLiteral("batch %1 vanished").arg(batchId));
        return QJsonDocument::fromJson(stored->text(0, 0).toUtf8()).array();
    }
    if (Status saved = connection.execScript("SAVEPOINT batch"); !saved)
        return saved.error();
    auto atOnce = pushAtOnce(server, transaction, items);
    if (!atOnce)
        return atOnce.error();
    QJsonArray results;
    if (*atOnce) {
        results = **atOnce;
    } else if (Status back = connection.execScript("ROLLBACK TO SAVEPOINT batch"); !back) {
        return back.error();
    }
    for (const PushItem &item : *atOnce ? QList<PushItem>() : items) {
        if (Status saved = connection.execScript("SAVEPOINT item"); !saved)
            return saved.error();
        auto result = pushItem(server, transaction, item);
        if (!result) {
            if (!itemRefusal(result.error().code))
                return result.error();
            if (Status back = connection.execScript("ROLLBACK TO SAVEPOINT item"); !back)
                return back.error();
            result = QJsonObject{{QStringLiteral("fid"), item.fid},
                                 {QStringLiteral("edits"), item.edits},
                                 {QStringLiteral("outcome"), QStringLiteral("refused")},
                                 {QStringLiteral("code"), errorCodeName(result.error().code)}};
        } else if (Status released = connection.execScript("RELEASE SAVEPOINT item"); !released) {
            return released.error();
        }
        results.append(*result);
    }
    auto noted = connection.exec("UPDATE careatlas.sync_batches SET result = $2::jsonb WHERE batch_id = $1::uuid",
                                 {PgParam::text(batchId), PgParam::text(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)))});
    if (!noted)
        return noted.error();
    if (options.beforeCommit)
        options.beforeCommit(connection);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (options.afterCommit && !options.afterCommit())
        return Error(ErrorCode::NetworkFailed, QStringLiteral("connection lost after the batch was sent (test)"));
    return results;
}

// The batch's answer written to the copy, in one transaction with the end of the pending batch.
Status applyResults(Store &copy, const QJsonArray &results, SyncReport &report)
{
    sqlite3 *db = copy.handle();
    Store::Transaction transaction(copy);
    Applying applying{db};
    if (Error e = applying.start(); !isOk(e))
        return e;
    auto edits = loggedEdits(db);
    if (!edits)
        return edits.error();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const qint64 fid = result.value(QStringLiteral("fid")).toInteger();
        const QString outcome = result.value(QStringLiteral("outcome")).toString();
        // Edited again here since the batch was made: keep the newer local row, on the new base.
        const bool editedSince = edits->value(fid, -1) != result.value(QStringLiteral("edits")).toInt();
        auto finishRow = [&](const Resource &stored, const QString &uuid) -> Status {
            if (Error e = setLink(db, fid, {stored.id, uuid, stored.version}); !isOk(e))
                return e;
            if (editedSince) {
                SqliteStatement base(db, "INSERT INTO ca_sync_base (fid, row) VALUES (?, ?) ON CONFLICT (fid) DO UPDATE SET row = excluded.row");
                base.bind(1, fid).bind(2, compact(resourceJson(stored)));
                return base.exec() ? Status() : Status(base.lastError());
            }
            Resource local = stored;
            local.id = fid;
            if (Status updated = copy.updateResource(local); !updated)
                return updated;
            if (Error e = execWithId(db, "DELETE FROM ca_sync_base WHERE fid = ?", fid); !isOk(e))
                return e;
            if (Error e = execWithId(db, "DELETE FROM ca_sync_log WHERE fid = ?", fid); !isOk(e))
                return e;
            return {};
        };
        if (outcome == QLatin1String("inserted") || outcome == QLatin1String("saved")) {
            const Resource stored = resourceFromJson(result.value(QStringLiteral("row")).toObject());
            QString uuid = result.value(QStringLiteral("uuid")).toString();
            if (uuid.isEmpty()) {
                SqliteStatement s(db, "SELECT uuid FROM ca_sync_rows WHERE fid = ?");
                s.bind(1, fid);
                if (s.next())
                    uuid = s.text(0);
            }
            if (Status done = finishRow(stored, uuid); !done)
                return done;
            ++report.pushed;
            if (result.value(QStringLiteral("merged")).toBool())
                ++report.merged;
            if (result.value(QStringLiteral("vacancy_lost")).toBool())
                ++report.vacancyKeptTheirs;
        } else if (outcome == QLatin1String("deleted")) {
            for (const char *sql : {"DELETE FROM ca_sync_rows WHERE fid = ?", "DELETE FROM ca_sync_base WHERE fid = ?", "DELETE FROM ca_sync_log WHERE fid = ?"}) {
                if (Error e = execWithId(db, sql, fid); !isOk(e))
                    return e;
            }
            ++report.pushedDeleted;
        } else if (outcome == QLatin1String("restored")) {
            // My deletion lost to their change: their row comes back (under a new local id).
            Resource theirs = resourceFromJson(result.value(QStringLiteral("row")).toObject());
            SqliteStatement s(db, "SELECT uuid FROM ca_sync_rows WHERE fid = ?");
            s.bind(1, fid);
            const QString uuid = s.next() ? s.text(0) : QString();
            for (const char *sql : {"DELETE FROM ca_sync_rows WHERE fid = ?", "DELETE FROM ca_sync_base WHERE fid = ?", "DELETE FROM ca_sync_log WHERE fid = ?"}) {
                if (Error e = execWithId(db, sql, fid); !isOk(e))
                    return e;
            }
            const qint64 serverId = theirs.id;
            theirs.id = 0;
            auto id = copy.insertResource(theirs);
            if (!id)
                return id.error();
            if (Error e = setLink(db, *id, {serverId, uuid, theirs.version}); !isOk(e))
                return e;
            ++report.restored;
        } else if (outcome == QLatin1String("conflict")) {
            SqliteStatement base(db, "SELECT row FROM ca_sync_base WHERE fid = ?");
            base.bind(1, fid);
            const QString baseRow = base.next() ? base.text(0) : QString();
            auto mine = copy.resource(fid);
            if (!mine)
                return mine.error();
            QStringList fields;
            for (const QJsonValue &field : result.value(QStringLiteral("fields")).toArray())
                fields.append(field.toString());
            SqliteStatement kept(db, "INSERT INTO ca_sync_conflicts (fid, base, mine, theirs, fields, deleted, recorded_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
                                     "ON CONFLICT (fid) DO UPDATE SET base = excluded.base, mine = excluded.mine, theirs = excluded.theirs, "
                                     "fields = excluded.fields, deleted = excluded.deleted, recorded_at = excluded.recorded_at");
            kept.bind(1, fid)
                .bind(2, baseRow)
                .bind(3, compact(resourceJson(*mine)))
                .bind(4, result.contains(QStringLiteral("theirs")) ? compact(result.value(QStringLiteral("theirs")).toObject()) : QString())
                .bind(5, fields.join(QLatin1Char(',')))
                .bind(6, qint64(result.value(QStringLiteral("deleted")).toBool() ? 1 : 0));
            if (!kept.exec())
                return kept.lastError();
            ++report.conflicts;
        } else {
            ++report.refused;
        }
    }
    if (Error e = execSql(db, "DELETE FROM ca_sync_pending"); !isOk(e))
        return e;
    if (Status cleared = copy.setMetaValue(PendingBatchKey, QStringLiteral("")); !cleared)
        return cleared;
    if (Error e = applying.finish(); !isOk(e))
        return e;
    return transaction.commit();
}

// Records the batch about to be sent (its id and rows) before anything goes to the server.
Status notePending(Store &copy, const QString &batchId, const QList<PushItem> &items)
{
    sqlite3 *db = copy.handle();
    Store::Transaction transaction(copy);
    if (Error e = execSql(db, "DELETE FROM ca_sync_pending"); !isOk(e))
        return e;
    SqliteStatement s(db, "INSERT INTO ca_sync_pending (fid, edits) VALUES (?, ?)");
    for (const PushItem &item : items) {
        s.bind(1, item.fid).bind(2, qint64(item.edits));
        if (!s.exec())
            return s.lastError();
    }
    if (Status noted = copy.setMetaValue(PendingBatchKey, batchId); !noted)
        return noted;
    return transaction.commit();
}

Result<QList<qint64>> pendingIds(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT fid FROM ca_sync_pending ORDER BY fid");
    if (!s.isValid())
        return s.prepareError();
    QList<qint64> ids;
    while (s.next())
        ids.append(s.int64(0));
    if (Error e = s.lastError(); !isOk(e))
        return e;
    return ids;
}

// Local inserts deleted again before any sync: nothing to send, the log entry goes.
Status dropLocalOnly(Store &copy)
{
    return statusOf(execSql(copy.handle(), "DELETE FROM ca_sync_log WHERE op = 'delete' AND fid NOT IN (SELECT fid FROM ca_sync_rows)"));
}

Result<qint64> countRows(sqlite3 *db, const char *sql)
{
    SqliteStatement s(db, sql);
    if (!s.isValid())
        return s.prepareError();
    if (!s.next())
        return s.lastError();
    return s.int64(0);
}

// onlyPending: just the batch a sync sent before without hearing the answer (a dropped
// connection, a crash), so that its rows are the server's before the pull reads them.
Status push(ServerStore &server, Store &copy, const SyncOptions &options, SyncReport &report, bool onlyPending = false)
{
    sqlite3 *db = copy.handle();
    if (Status dropped = dropLocalOnly(copy); !dropped)
        return dropped;
    auto total = countRows(db, "SELECT count(*) FROM ca_sync_log WHERE fid NOT IN (SELECT fid FROM ca_sync_conflicts)");
    if (!total)
        return total.error();
    qint64 done = 0;
    QSet<qint64> sent;   // refused edits stay in the log; one try per sync
    for (;;) {
        auto pendingBatch = copy.metaValue(PendingBatchKey);
        if (!pendingBatch)
            return pendingBatch.error();
        QString batchId = *pendingBatch;
        QList<qint64> only;
        if (!batchId.isEmpty()) {
            auto ids = pendingIds(db);
            if (!ids)
                return ids.error();
            only = *ids;
        }
        auto conflicts = conflictIds(db);
        if (!conflicts)
            return conflicts.error();
        QSet<qint64> skip = *conflicts;
        skip.unite(sent);
        auto items = loadItems(copy, only, options.batchSize, skip);
        if (!items)
            return items.error();
        if (batchId.isEmpty()) {
            if (items->isEmpty() || onlyPending)
                return {};
            batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (Status noted = notePending(copy, batchId, *items); !noted)
                return noted;
        }
        if (options.feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        auto results = sendBatch(server, batchId, *items, options);
        if (!results)
            return results.error();
        if (Status applied = applyResults(copy, *results, report); !applied)
            return applied;
        ++report.batches;
        for (const PushItem &item : *items)
            sent.insert(item.fid);
        for (const QJsonValue &value : *results)
            sent.insert(value.toObject().value(QStringLiteral("fid")).toInteger());
        done += items->size();
        options.feedback.report(done, std::max<qint64>(*total, done), 30, 100);
    }
}

QList<ResourceField> fieldsNamed(const QString &names)
{
    QList<ResourceField> fields;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (ResourceField field : allResourceFields()) {
            if (resourceFieldName(field) == name)
                fields.append(field);
        }
    }
    return fields;
}

} // namespace

Status prepareOfflineCopy(Store &copy, const QList<ReplicaRow> &rows)
{
    sqlite3 *db = copy.handle();
    Store::Transaction transaction(copy);
    const QByteArray sql = QByteArray(OfflineSql).replace("%KEEP_BASE%", KeepBaseSql);
    if (Error e = execSql(db, sql.constData()); !isOk(e))
        return e;
    for (const ReplicaRow &row : rows) {
        if (Error e = setLink(db, row.localId, {row.serverId, row.uuid, row.version}); !isOk(e))
            return e;
    }
    return transaction.commit();
}

bool isOfflineCopy(const Store &store)
{
    SqliteStatement s(store.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ca_sync_log'");
    return s.isValid() && s.next();
}

Result<SyncReport> syncOfflineCopy(Store &copy, const QString &connectionString, const SyncOptions &options)
{
    if (!isOfflineCopy(copy))
        return Error(ErrorCode::NotOfflineCopy).inFile(copy.path());
    auto recorded = copy.metaValue(ServerKey);
    if (!recorded)
        return recorded.error();
    const QString target = connectionString.isEmpty() ? *recorded : connectionString;
    if (target.isEmpty())
        return Error(ErrorCode::NotOfflineCopy).inFile(copy.path());
    auto since = copy.metaValue(ChangeSeqKey);
    if (!since)
        return since.error();

    SyncReport report;
    report.server = PgConnection::displayName(target);
    options.feedback.report(0);
    auto server = ServerStore::open(target);
    if (!server)
        return server.error();
    // A server published before offline copies synced has no sync_batches yet.
    auto version = serverSchemaVersion((*server)->connection());
    if (!version)
        return version.error();
    if (*version < 2)
        return Error(ErrorCode::ServerFailed, QStringLiteral("server schema version %1: run careatlas-cli publish --schema-only as the administrator")
                                                  .arg(*version))
            .inFile(report.server);
    if (Status finished = push(**server, copy, options, report, true); !finished)
        return finished.error();
    if (Status pulled = pull(**server, copy, since->toLongLong(), report); !pulled)
        return pulled.error();
    options.feedback.report(30);
    if (Status pushed = push(**server, copy, options, report); !pushed)
        return pushed.error();
    auto open = countRows(copy.handle(), "SELECT count(*) FROM ca_sync_conflicts");
    if (!open)
        return open.error();
    report.openConflicts = *open;
    options.feedback.report(100);
    return report;
}

Result<QList<SyncConflict>> syncConflicts(Store &copy)
{
    QList<SyncConflict> conflicts;
    if (!isOfflineCopy(copy))
        return conflicts;
    SqliteStatement s(copy.handle(), "SELECT c.fid, c.base, c.mine, c.theirs, c.fields, c.deleted, c.recorded_at, r.version, r.server_id "
                                     "FROM ca_sync_conflicts c LEFT JOIN ca_sync_rows r ON r.fid = c.fid ORDER BY c.recorded_at, c.fid");
    if (!s.isValid())
        return s.prepareError();
    while (s.next()) {
        SyncConflict c;
        c.resourceId = s.int64(0);
        c.conflict.base = resourceFromJson(parseObject(s.text(1)));
        c.conflict.base.id = c.resourceId;
        c.conflict.base.version = s.int64(7);
        c.conflict.mine = resourceFromJson(parseObject(s.text(2)));
        c.conflict.mine.id = c.resourceId;
        c.conflict.deleted = s.int64(5) != 0;
        if (!c.conflict.deleted) {
            c.conflict.theirs = resourceFromJson(parseObject(s.text(3)));
            c.conflict.theirs.id = c.resourceId;
        }
        c.conflict.fields = fieldsNamed(s.text(4));
        c.recordedAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
        conflicts.append(std::move(c));
    }
    if (Error e = s.lastError(); !isOk(e))
        return e;
    return conflicts;
}

Status resolveSyncConflict(Store &copy, qint64 resourceId, const Resource &resolved, bool keep)
{
    auto all = syncConflicts(copy);
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [resourceId](const SyncConflict &c) { return c.resourceId == resourceId; });
    if (found == all->cend())
        return Error(ErrorCode::NotFound, QStringLiteral("conflict of resource %1").arg(resourceId));
    sqlite3 *db = copy.handle();
    Store::Transaction transaction(copy);
    if (found->conflict.deleted) {
        // Deleted on the server: mine kept becomes a new resource there, or goes.
        for (const char *sql : {"DELETE FROM ca_sync_rows WHERE fid = ?", "DELETE FROM ca_sync_base WHERE fid = ?"}) {
            if (Error e = execWithId(db, sql, resourceId); !isOk(e))
                return e;
        }
        if (keep) {
            Resource mine = resolved;
            mine.id = resourceId;
            if (Status updated = copy.updateResource(mine); !updated)
                return updated;
            SqliteStatement log(db, "INSERT INTO ca_sync_log (fid, op, edits) VALUES (?, 'insert', 1) ON CONFLICT (fid) DO UPDATE SET op = 'insert'");
            log.bind(1, resourceId);
            if (!log.exec())
                return log.lastError();
        } else {
            Applying applying{db};
            if (Error e = applying.start(); !isOk(e))
                return e;
            if (Status gone = copy.deleteResource(resourceId); !gone)
                return gone;
            if (Error e = execWithId(db, "DELETE FROM ca_sync_log WHERE fid = ?", resourceId); !isOk(e))
                return e;
            if (Error e = applying.finish(); !isOk(e))
                return e;
        }
    } else {
        // Their row becomes the base (at their version); the choice is a local edit on it.
        const Resource &theirs = found->conflict.theirs;
        SqliteStatement base(db, "INSERT INTO ca_sync_base (fid, row) VALUES (?, ?) ON CONFLICT (fid) DO UPDATE SET row = excluded.row");
        base.bind(1, resourceId).bind(2, compact(resourceJson(theirs)));
        if (!base.exec())
            return base.lastError();
        SqliteStatement link(db, "UPDATE ca_sync_rows SET version = ? WHERE fid = ?");
        link.bind(1, theirs.version).bind(2, resourceId);
        if (!link.exec())
            return link.lastError();
        Resource chosen = resolved;
        chosen.id = resourceId;
        if (Status updated = copy.updateResource(chosen); !updated)
            return updated;
    }
    if (Error e = execWithId(db, "DELETE FROM ca_sync_conflicts WHERE fid = ?", resourceId); !isOk(e))
        return e;
    return transaction.commit();
}

Result<SyncPending> syncPending(Store &copy)
{
    SyncPending pending;
    if (!isOfflineCopy(copy))
        return pending;
    auto edits = countRows(copy.handle(), "SELECT count(*) FROM ca_sync_log");
    if (!edits)
        return edits.error();
    auto conflicts = countRows(copy.handle(), "SELECT count(*) FROM ca_sync_conflicts");
    if (!conflicts)
        return conflicts.error();
    pending.edits = *edits;
    pending.conflicts = *conflicts;
    return pending;
}

} // namespace careatlas
