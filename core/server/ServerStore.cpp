#include "core/server/ServerStore.h"

#include "core/ResourceChange.h"
#include "core/server/PgConnection.h"
#include "core/server/ServerSchema.h"

namespace careatlas {

namespace {

const QByteArray ResourceSelect =
    "SELECT id, ST_X(geom), ST_Y(geom), category, name, kana, operator, official_number, source, source_date, "
    "postal_code, address, phone, fax, website, hours, closed_days, capacity, vacancies, vacancies_date, "
    "service_area, notes, flags, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), version "
    "FROM careatlas.resources";

std::optional<int> optionalInt(const PgResult &rows, int row, int column)
{
    if (rows.isNull(row, column))
        return std::nullopt;
    return int(rows.number(row, column));
}

Resource readResource(const PgResult &rows, int row)
{
    Resource r;
    r.id = rows.number(row, 0);
    r.longitude = rows.real(row, 1);
    r.latitude = rows.real(row, 2);
    r.categoryCode = rows.text(row, 3);
    r.name = rows.text(row, 4);
    r.kana = rows.text(row, 5);
    r.operatorName = rows.text(row, 6);
    r.officialNumber = rows.text(row, 7);
    r.source = rows.text(row, 8);
    r.sourceDate = QDate::fromString(rows.text(row, 9), Qt::ISODate);
    r.postalCode = rows.text(row, 10);
    r.address = rows.text(row, 11);
    r.phone = rows.text(row, 12);
    r.fax = rows.text(row, 13);
    r.website = rows.text(row, 14);
    r.hours = rows.text(row, 15);
    r.closedDays = rows.text(row, 16);
    r.capacity = optionalInt(rows, row, 17);
    r.vacancies = optionalInt(rows, row, 18);
    r.vacanciesDate = QDate::fromString(rows.text(row, 19), Qt::ISODate);
    r.serviceArea = rows.text(row, 20);
    r.notes = rows.text(row, 21);
    const QString flags = rows.text(row, 22);
    if (!flags.isEmpty())
        r.flags = flags.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    r.updatedAt = QDateTime::fromString(rows.text(row, 23), Qt::ISODateWithMs);
    r.version = rows.number(row, 24);
    return r;
}

PgParam dateParam(const QDate &date) { return date.isValid() ? PgParam::text(date.toString(Qt::ISODate)) : PgParam::null(); }
PgParam intParam(const std::optional<int> &value) { return value ? PgParam::number(*value) : PgParam::null(); }
PgParam realParam(const std::optional<double> &value) { return value ? PgParam::real(*value) : PgParam::null(); }

// The value of one field as SQL with $n parameters appended to `params` (the columns are
// resourceFieldName(field), as in the GeoPackage).
QByteArray fieldValue(const Resource &r, ResourceField field, PgParams &params)
{
    auto next = [&params](PgParam param) -> QByteArray {
        params.append(std::move(param));
        return QByteArray("$") + QByteArray::number(params.size());
    };
    switch (field) {
    case ResourceField::Location: {
        const bool placed = r.hasLocation();
        const QByteArray x = next(placed ? realParam(r.longitude) : PgParam::null());
        const QByteArray y = next(placed ? realParam(r.latitude) : PgParam::null());
        return "ST_SetSRID(ST_MakePoint(" + x + "::float8, " + y + "::float8), 6668)";
    }
    case ResourceField::Category: return next(PgParam::text(r.categoryCode));
    case ResourceField::Name: return next(PgParam::text(r.name));
    case ResourceField::Kana: return next(PgParam::text(r.kana));
    case ResourceField::Operator: return next(PgParam::text(r.operatorName));
    case ResourceField::OfficialNumber: return next(PgParam::text(r.officialNumber));
    case ResourceField::Source: return next(PgParam::text(r.source));
    case ResourceField::SourceDate: return next(dateParam(r.sourceDate)) + "::date";
    case ResourceField::PostalCode: return next(PgParam::text(r.postalCode));
    case ResourceField::Address: return next(PgParam::text(r.address));
    case ResourceField::Phone: return next(PgParam::text(r.phone));
    case ResourceField::Fax: return next(PgParam::text(r.fax));
    case ResourceField::Website: return next(PgParam::text(r.website));
    case ResourceField::Hours: return next(PgParam::text(r.hours));
    case ResourceField::ClosedDays: return next(PgParam::text(r.closedDays));
    case ResourceField::Capacity: return next(intParam(r.capacity)) + "::integer";
    case ResourceField::Vacancies: return next(intParam(r.vacancies)) + "::integer";
    case ResourceField::VacanciesDate: return next(dateParam(r.vacanciesDate)) + "::date";
    case ResourceField::ServiceArea: return next(PgParam::text(r.serviceArea));
    case ResourceField::Notes: return next(PgParam::text(r.notes));
    case ResourceField::Flags: return next(r.flags.isEmpty() ? PgParam::null() : PgParam::text(r.flags.join(QLatin1Char(';'))));
    }
    return "NULL";
}

// INSERT of every field, returning `returning`.
PgStatement insertStatement(const Resource &resource, const QByteArray &returning)
{
    QByteArray columns;
    QByteArray values;
    PgParams params;
    for (ResourceField field : allResourceFields()) {
        columns += (columns.isEmpty() ? "" : ", ") + resourceFieldName(field).toLatin1();
        values += (values.isEmpty() ? "" : ", ") + fieldValue(resource, field, params);
    }
    return {"INSERT INTO careatlas.resources (" + columns + ") VALUES (" + values + ") RETURNING " + returning, params};
}

// UPDATE of only these fields, only at this version (returning `returning` when not empty).
PgStatement updateStatement(const Resource &resource, const QList<ResourceField> &fields, qint64 id, qint64 version, const QByteArray &returning)
{
    QByteArray sql = "UPDATE careatlas.resources SET ";
    PgParams params;
    for (qsizetype i = 0; i < fields.size(); ++i)
        sql += (i ? ", " : "") + resourceFieldName(fields[i]).toLatin1() + " = " + fieldValue(resource, fields[i], params);
    params.append(PgParam::number(id));
    params.append(PgParam::number(version));
    sql += " WHERE id = $" + QByteArray::number(params.size() - 1) + " AND version = $" + QByteArray::number(params.size());
    if (!returning.isEmpty())
        sql += " RETURNING " + returning;
    return {sql, params};
}

// ResourceSelect's columns and the UUID, for RETURNING (readResource reads them).
QByteArray returnedColumns()
{
    QByteArray columns = ResourceSelect.mid(int(qstrlen("SELECT ")));
    columns.chop(int(qstrlen(" FROM careatlas.resources")));
    return columns + ", uuid";
}

QByteArray idArray(const QList<qint64> &ids)
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < ids.size(); ++i)
        text += (i ? "," : "") + QByteArray::number(ids[i]);
    return text + "}";
}

Error otherCentre(qint64 id)
{
    return Error(ErrorCode::OtherCentreArea, id > 0 ? QStringLiteral("resource %1").arg(id) : QString());
}

// Whether the signed-in role may write a resource at this place (the policies' own test).
Result<bool> mayWriteAt(PgConnection &connection, const Resource &r)
{
    PgParams params;
    const QByteArray point = fieldValue(r, ResourceField::Location, params);
    auto may = connection.exec("SELECT careatlas.may_write(" + point + ")", params);
    if (!may)
        return may.error();
    return may->text(0, 0) == QLatin1String("t");
}

} // namespace

ServerStore::ServerStore(std::unique_ptr<PgConnection> connection) : m_connection(std::move(connection)) {}
ServerStore::~ServerStore() = default;

PgConnection &ServerStore::connection() { return *m_connection; }

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &connectionString)
{
    auto connection = PgConnection::connect(connectionString);
    if (!connection)
        return connection.error();
    auto version = serverSchemaVersion(**connection);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("no CareAtlas schema; publish a store first")).inFile(PgConnection::displayName(connectionString));
    if (*version > ServerSchemaVersion)
        return Error(ErrorCode::StoreTooNew, QStringLiteral("server schema version %1").arg(*version)).inFile(PgConnection::displayName(connectionString));
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*connection)));
}

Result<Resource> ServerStore::resource(qint64 id)
{
    auto rows = m_connection->exec(ResourceSelect + " WHERE id = $1", {PgParam::number(id)});
    if (!rows)
        return rows.error();
    if (rows->rows() == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id));
    return readResource(*rows, 0);
}

Result<QList<Resource>> ServerStore::resources()
{
    auto rows = m_connection->exec(ResourceSelect + " ORDER BY id");
    if (!rows)
        return rows.error();
    QList<Resource> resources;
    resources.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row)
        resources.append(readResource(*rows, row));
    return resources;
}

Result<qint64> ServerStore::resourceCount()
{
    auto rows = m_connection->exec("SELECT count(*) FROM careatlas.resources");
    if (!rows)
        return rows.error();
    return rows->number(0, 0);
}

Result<QList<AreaLevel>> ServerStore::areaLevels()
{
    auto rows = m_connection->exec("SELECT code, label_ja, label_en, rank FROM careatlas.area_levels ORDER BY rank, code");
    if (!rows)
        return rows.error();
    QList<AreaLevel> levels;
    for (int row = 0; row < rows->rows(); ++row)
        levels.append({rows->text(row, 0), rows->text(row, 1), rows->text(row, 2), int(rows->number(row, 3))});
    return levels;
}

Result<QList<AreaRecord>> ServerStore::areas(const QString &levelCode)
{
    auto rows = m_connection->exec("SELECT id, code, name, parent_code, ST_AsBinary(geom) FROM careatlas.areas "
                                   "WHERE level_code = $1 ORDER BY code", {PgParam::text(levelCode)});
    if (!rows)
        return rows.error();
    QList<AreaRecord> areas;
    for (int row = 0; row < rows->rows(); ++row) {
        AreaRecord area;
        area.id = rows->number(row, 0);
        area.levelCode = levelCode;
        area.code = rows->text(row, 1);
        area.name = rows->text(row, 2);
        area.parentCode = rows->text(row, 3);
        // bytea in text form: \x followed by hex digits
        const QString hex = rows->text(row, 4);
        if (hex.startsWith(QLatin1String("\\x")))
            area.wkb = QByteArray::fromHex(hex.mid(2).toLatin1());
        areas.append(std::move(area));
    }
    return areas;
}

Result<QList<QPair<qint64, QString>>> ServerStore::resourceAreas(const QString &levelCode)
{
    auto rows = m_connection->exec("SELECT resource_id, area_code FROM careatlas.resource_areas WHERE level_code = $1 ORDER BY resource_id",
                                   {PgParam::text(levelCode)});
    if (!rows)
        return rows.error();
    QList<QPair<qint64, QString>> pairs;
    pairs.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row)
        pairs.append({rows->number(row, 0), rows->text(row, 1)});
    return pairs;
}

Result<qint64> ServerStore::insertResource(const Resource &resource)
{
    PgTransaction transaction(*m_connection);
    if (!transaction.begun())
        return transaction.begun().error();
    auto id = insertResource(transaction, resource);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> ServerStore::insertResource(PgTransaction &, const Resource &resource)
{
    if (Error invalid = validateResource(resource); invalid.code != ErrorCode::None)
        return invalid;
    auto may = mayWriteAt(*m_connection, resource);
    if (!may)
        return may.error();
    if (!*may)
        return otherCentre(0);
    const PgStatement insert = insertStatement(resource, "id");
    auto inserted = m_connection->exec(insert.sql, insert.params);
    if (!inserted)
        return inserted.error();
    return inserted->number(0, 0);
}

Result<ServerStore::Saved> ServerStore::saveResourceChanges(const Resource &base, const Resource &edited)
{
    PgTransaction transaction(*m_connection);
    if (!transaction.begun())
        return transaction.begun().error();
    auto saved = saveResourceChanges(transaction, base, edited);
    if (!saved)
        return saved;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<ServerStore::Saved> ServerStore::saveResourceChanges(PgTransaction &, const Resource &base, const Resource &edited)
{
    if (base.id <= 0 || edited.id != base.id)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an edit of a stored resource needs its id"));
    // The row as stored now, locked for this short transaction. FOR UPDATE sees only the rows
    // this sign-in may change (the update policy): a row it cannot see but that exists is in
    // another centre's area.
    auto locked = m_connection->exec(ResourceSelect + " WHERE id = $1 FOR UPDATE", {PgParam::number(base.id)});
    if (!locked)
        return locked.error();
    std::optional<Resource> theirs;
    if (locked->rows() == 1) {
        theirs = readResource(*locked, 0);
    } else {
        auto exists = m_connection->exec("SELECT 1 FROM careatlas.resources WHERE id = $1", {PgParam::number(base.id)});
        if (!exists)
            return exists.error();
        if (exists->rows() == 1)
            return otherCentre(base.id);
    }
    ResourceSavePlan plan = planResourceSave(base, edited, theirs ? &*theirs : nullptr);
    if (plan.conflict)
        return editConflictError(std::move(*plan.conflict));
    Saved saved{std::move(plan.resource), plan.merged};
    if (plan.write.isEmpty())
        return saved;
    if (Error invalid = validateResource(saved.resource); invalid.code != ErrorCode::None)
        return invalid;
    if (plan.write.contains(ResourceField::Location)) {
        auto may = mayWriteAt(*m_connection, saved.resource);
        if (!may)
            return may.error();
        if (!*may)
            return otherCentre(base.id);
    }
    // Only the changed columns, only at the version read; the trigger raises the version and
    // stamps the time, the change number and who.
    const PgStatement update = updateStatement(saved.resource, plan.write, base.id, theirs->version, {});
    auto updated = m_connection->exec(update.sql, update.params);
    if (!updated)
        return updated.error();
    if (updated->affectedRows() != 1)
        return editConflictError({base, edited, *theirs, changedFields(base, edited), false});
    auto stored = m_connection->exec(ResourceSelect + " WHERE id = $1", {PgParam::number(base.id)});
    if (!stored)
        return stored.error();
    saved.resource = readResource(*stored, 0);
    return saved;
}

Status ServerStore::deleteResource(qint64 id, std::optional<qint64> expectedVersion)
{
    PgTransaction transaction(*m_connection);
    if (!transaction.begun())
        return transaction.begun();
    if (Status deleted = deleteResource(transaction, id, expectedVersion); !deleted)
        return deleted;
    return transaction.commit();
}

Status ServerStore::deleteResource(PgTransaction &, qint64 id, std::optional<qint64> expectedVersion)
{
    auto locked = m_connection->exec(ResourceSelect + " WHERE id = $1 FOR UPDATE", {PgParam::number(id)});
    if (!locked)
        return locked.error();
    if (locked->rows() == 0) {
        auto exists = m_connection->exec("SELECT 1 FROM careatlas.resources WHERE id = $1", {PgParam::number(id)});
        if (!exists)
            return exists.error();
        if (exists->rows() == 1)
            return otherCentre(id);
        return Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id));
    }
    const Resource theirs = readResource(*locked, 0);
    if (expectedVersion && theirs.version != *expectedVersion)
        return editConflictError({theirs, Resource(), theirs, changedFields(Resource(), theirs), false});
    auto deleted = m_connection->exec("DELETE FROM careatlas.resources WHERE id = $1", {PgParam::number(id)});
    if (!deleted)
        return deleted.error();
    return {};
}

Result<QList<ServerStore::ChangedResource>> ServerStore::resourcesChangedSince(qint64 changeSeq)
{
    // ResourceSelect's columns, then the UUID and the change number.
    QByteArray sql = ResourceSelect;
    sql.replace(" FROM careatlas.resources", ", uuid, change_seq FROM careatlas.resources");
    auto rows = m_connection->exec(sql + " WHERE change_seq > $1 ORDER BY change_seq", {PgParam::number(changeSeq)});
    if (!rows)
        return rows.error();
    QList<ChangedResource> changed;
    changed.reserve(rows->rows());
    const int uuidColumn = rows->columns() - 2;
    for (int row = 0; row < rows->rows(); ++row)
        changed.append({readResource(*rows, row), rows->text(row, uuidColumn), rows->number(row, uuidColumn + 1)});
    return changed;
}

Result<QList<QPair<QString, qint64>>> ServerStore::resourcesDeletedSince(qint64 changeSeq)
{
    auto rows = m_connection->exec("SELECT uuid, change_seq FROM careatlas.tombstones WHERE table_name = 'resources' AND change_seq > $1 "
                                   "ORDER BY change_seq", {PgParam::number(changeSeq)});
    if (!rows)
        return rows.error();
    QList<QPair<QString, qint64>> deleted;
    for (int row = 0; row < rows->rows(); ++row)
        deleted.append({rows->text(row, 0), rows->number(row, 1)});
    return deleted;
}

Result<qint64> ServerStore::lastChangeSeq()
{
    auto seq = m_connection->exec("SELECT greatest((SELECT max(change_seq) FROM careatlas.resources), "
                                  "(SELECT max(change_seq) FROM careatlas.areas), (SELECT max(change_seq) FROM careatlas.tombstones), 0)");
    if (!seq)
        return seq.error();
    return seq->number(0, 0);
}

Result<QList<ServerStore::ResourceArea>> ServerStore::areasOfResources(const QList<qint64> &ids)
{
    QList<ResourceArea> areas;
    if (ids.isEmpty())
        return areas;
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    auto rows = m_connection->exec("SELECT resource_id, level_code, area_code FROM careatlas.resource_areas WHERE resource_id = ANY($1::bigint[]) "
                                   "ORDER BY resource_id, level_code",
                                   {PgParam::text(QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}'))});
    if (!rows)
        return rows.error();
    for (int row = 0; row < rows->rows(); ++row)
        areas.append({rows->number(row, 0), rows->text(row, 1), rows->text(row, 2)});
    return areas;
}

Result<ServerStore::LockedRows> ServerStore::lockResources(PgTransaction &, const QList<qint64> &ids)
{
    LockedRows locked;
    if (ids.isEmpty())
        return locked;
    const PgParams array{PgParam{idArray(ids), false}};
    // FOR UPDATE sees only the rows this sign-in may change (as in saveResourceChanges).
    auto results = m_connection->pipeline({{ResourceSelect + " WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", array},
                                           {"SELECT id FROM careatlas.resources WHERE id = ANY($1::bigint[])", array}});
    if (!results)
        return results.error();
    const PgResult &rows = (*results)[0];
    for (int row = 0; row < rows.rows(); ++row) {
        Resource r = readResource(rows, row);
        locked.rows.insert(r.id, r);
    }
    const PgResult &existing = (*results)[1];
    for (int row = 0; row < existing.rows(); ++row) {
        const qint64 id = existing.number(row, 0);
        if (!locked.rows.contains(id))
            locked.otherCentre.insert(id);
    }
    return locked;
}

Result<QList<bool>> ServerStore::mayWriteAtEach(const QList<Resource> &resources)
{
    QList<bool> may;
    if (resources.isEmpty())
        return may;
    QByteArray xs = "{";
    QByteArray ys = "{";
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const Resource &r = resources[i];
        const bool placed = r.hasLocation();
        xs += (i ? "," : "") + (placed ? QByteArray::number(*r.longitude, 'g', 17) : QByteArray("NULL"));
        ys += (i ? "," : "") + (placed ? QByteArray::number(*r.latitude, 'g', 17) : QByteArray("NULL"));
    }
    auto rows = m_connection->exec("SELECT careatlas.may_write(ST_SetSRID(ST_MakePoint(p.x, p.y), 6668)) "
                                   "FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(x, y, n) ORDER BY p.n",
                                   {PgParam{xs + "}", false}, PgParam{ys + "}", false}});
    if (!rows)
        return rows.error();
    for (int row = 0; row < rows->rows(); ++row)
        may.append(rows->text(row, 0) == QLatin1String("t"));
    if (may.size() != resources.size())
        return Error(ErrorCode::ServerFailed, QStringLiteral("may_write: %1 answers for %2 points").arg(may.size()).arg(resources.size()));
    return may;
}

namespace {

// One element of a PostgreSQL array literal (text form): quoted, or NULL.
QByteArray arrayElement(const std::optional<QByteArray> &value)
{
    if (!value)
        return "NULL";
    QByteArray quoted = *value;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

// The element type of each parameter fieldValue gives for a field.
QList<QByteArray> fieldParamTypes(ResourceField field)
{
    switch (field) {
    case ResourceField::Location: return {"float8", "float8"};
    case ResourceField::SourceDate:
    case ResourceField::VacanciesDate: return {"date"};
    case ResourceField::Capacity:
    case ResourceField::Vacancies: return {"integer"};
    default: return {"text"};
    }
}

// One UPDATE for every row whose changed fields are these, the values as arrays (unnest):
// planned once, and the policies' function planned once, instead of once per row.
PgStatement groupUpdate(const QList<ResourceField> &fields, const QList<const ServerStore::Write *> &rows, const QByteArray &returning)
{
    QList<QList<std::optional<QByteArray>>> columns;   // per parameter column, the rows' values
    QList<QByteArray> types{"bigint", "bigint"};
    columns.resize(2);
    for (ResourceField field : fields)
        types += fieldParamTypes(field);
    columns.resize(types.size());
    for (const ServerStore::Write *row : rows) {
        columns[0].append(QByteArray::number(row->id));
        columns[1].append(QByteArray::number(row->version));
        PgParams params;
        for (ResourceField field : fields)
            (void)fieldValue(row->resource, field, params);
        for (qsizetype i = 0; i < params.size(); ++i)
            columns[2 + i].append(params[i].value);
    }
    PgParams params;
    QByteArray unnest;
    QByteArray names = "v_id, v_version";
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QByteArray array = "{";
        for (qsizetype r = 0; r < columns[c].size(); ++r)
            array += (r ? "," : "") + arrayElement(columns[c][r]);
        params.append(PgParam{array + "}", false});
        unnest += (c ? ", $" : "$") + QByteArray::number(c + 1) + "::" + types[c] + "[]";
        if (c >= 2)
            names += ", c" + QByteArray::number(c);
    }
    QByteArray set;
    qsizetype c = 2;
    for (ResourceField field : fields) {
        set += (set.isEmpty() ? "" : ", ") + resourceFieldName(field).toLatin1() + " = ";
        if (field == ResourceField::Location) {
            set += "ST_SetSRID(ST_MakePoint(v.c" + QByteArray::number(c) + ", v.c" + QByteArray::number(c + 1) + "), 6668)";
            c += 2;
        } else {
            set += "v.c" + QByteArray::number(c++);
        }
    }
    return {"UPDATE careatlas.resources SET " + set + " FROM unnest(" + unnest + ") AS v(" + names + ") "
            "WHERE id = v.v_id AND version = v.v_version RETURNING " + returning,
            params};
}

} // namespace

Result<QList<ServerStore::Written>> ServerStore::write(PgTransaction &, const QList<Write> &writes)
{
    static const QByteArray returning = returnedColumns();
    // Updates of the same fields go in one statement each, deletions in one; the rest (inserts,
    // other statements) one statement each, in order. All sent in pipelines of a few dozen
    // statements a round trip (their answers stay well inside the socket's buffer).
    QList<PgStatement> statements;
    QList<QList<qsizetype>> covers;   // the writes each statement does
    QHash<QString, qsizetype> updateGroup;
    QList<QList<ResourceField>> groupFields;
    QList<QList<const Write *>> groupRows;
    QList<QList<qsizetype>> groupIndexes;
    QList<qint64> deletions;
    QList<qsizetype> deletionIndexes;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const Write &w = writes[i];
        switch (w.kind) {
        case Write::Insert:
            statements.append(insertStatement(w.resource, returning));
            covers.append(QList<qsizetype>{i});
            break;
        case Write::Update: {
            QStringList names;
            for (ResourceField field : w.fields)
                names.append(resourceFieldName(field));
            const QString key = names.join(QLatin1Char(','));
            auto group = updateGroup.constFind(key);
            if (group == updateGroup.constEnd()) {
                group = updateGroup.insert(key, groupFields.size());
                groupFields.append(w.fields);
                groupRows.append(QList<const Write *>());
                groupIndexes.append(QList<qsizetype>());
            }
            groupRows[*group].append(&w);
            groupIndexes[*group].append(i);
            break;
        }
        case Write::Delete:
            deletions.append(w.id);
            deletionIndexes.append(i);
            break;
        case Write::Statement: {
            PgParams params;
            for (const QByteArray &param : w.params)
                params.append(param.isNull() ? PgParam::null() : PgParam{param, false});
            statements.append({w.sql, params});
            covers.append(QList<qsizetype>{i});
            break;
        }
        }
    }
    for (qsizetype g = 0; g < groupFields.size(); ++g) {
        statements.append(groupUpdate(groupFields[g], groupRows[g], returning));
        covers.append(groupIndexes[g]);
    }
    if (!deletions.isEmpty()) {
        statements.append({"DELETE FROM careatlas.resources WHERE id = ANY($1::bigint[]) RETURNING id", {PgParam{idArray(deletions), false}}});
        covers.append(deletionIndexes);
    }

    QList<Written> written(writes.size());
    constexpr qsizetype Chunk = 64;
    for (qsizetype at = 0; at < statements.size(); at += Chunk) {
        auto results = m_connection->pipeline(statements.mid(at, Chunk));
        if (!results)
            return results.error();
        for (qsizetype k = 0; k < results->size(); ++k) {
            const PgResult &result = (*results)[k];
            const QList<qsizetype> &indexes = covers[at + k];
            const Write::Kind kind = writes[indexes.first()].kind;
            if (kind == Write::Statement) {
                written[indexes.first()].affected = result.affectedRows();
                continue;
            }
            // RETURNING id first: each row goes to the write of its id (an insert: its own).
            QHash<qint64, int> rowOf;
            for (int row = 0; row < result.rows(); ++row)
                rowOf.insert(result.number(row, 0), row);
            for (qsizetype index : indexes) {
                const Write &w = writes[index];
                const int row = kind == Write::Insert ? (result.rows() == 1 ? 0 : -1) : rowOf.value(w.id, -1);
                if (row < 0)
                    continue;   // not changed (affected 0)
                Written &done = written[index];
                done.affected = 1;
                if (kind != Write::Delete) {
                    done.resource = readResource(result, row);
                    done.uuid = result.text(row, result.columns() - 1);
                }
            }
        }
    }
    return written;
}

} // namespace careatlas
