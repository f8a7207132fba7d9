#include "core/server/ServerPublish.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerSchema.h"
#include "core/store/Store.h"

#include <QFileInfo>

namespace careatlas {

namespace {

// One value of COPY's text format: \N for NULL, backslash, tab and line breaks escaped.
void appendCopyValue(QByteArray &line, const std::optional<QByteArray> &value)
{
    if (!line.isEmpty() && !line.endsWith('\n'))
        line += '\t';
    if (!value) {
        line += "\\N";
        return;
    }
    for (char c : *value) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

std::optional<QByteArray> copyText(const QString &text) { return text.isEmpty() ? std::nullopt : std::optional(text.toUtf8()); }
std::optional<QByteArray> copyDate(const QDate &date) { return date.isValid() ? std::optional(date.toString(Qt::ISODate).toUtf8()) : std::nullopt; }
std::optional<QByteArray> copyInt(const std::optional<int> &value) { return value ? std::optional(QByteArray::number(*value)) : std::nullopt; }

const char *const ResourceCopy =
    "COPY careatlas.resources (id, geom, category, name, kana, operator, official_number, source, source_date, "
    "postal_code, address, phone, fax, website, hours, closed_days, capacity, vacancies, vacancies_date, "
    "service_area, notes, flags) FROM STDIN";

QByteArray resourceCopyData(const QList<Resource> &resources)
{
    QByteArray data;
    data.reserve(resources.size() * 256);
    for (const Resource &r : resources) {
        QByteArray line;
        appendCopyValue(line, QByteArray::number(r.id));
        appendCopyValue(line, r.hasLocation() ? std::optional(QByteArray("SRID=6668;POINT(") + QByteArray::number(*r.longitude, 'g', 17)
                                                              + ' ' + QByteArray::number(*r.latitude, 'g', 17) + ')')
                                              : std::nullopt);
        for (const QString &text : {r.categoryCode, r.name, r.kana, r.operatorName, r.officialNumber, r.source})
            appendCopyValue(line, copyText(text));
        appendCopyValue(line, copyDate(r.sourceDate));
        for (const QString &text : {r.postalCode, r.address, r.phone, r.fax, r.website, r.hours, r.closedDays})
            appendCopyValue(line, copyText(text));
        appendCopyValue(line, copyInt(r.capacity));
        appendCopyValue(line, copyInt(r.vacancies));
        appendCopyValue(line, copyDate(r.vacanciesDate));
        appendCopyValue(line, copyText(r.serviceArea));
        appendCopyValue(line, copyText(r.notes));
        appendCopyValue(line, copyText(r.flags.join(QLatin1Char(';'))));
        line += '\n';
        data += line;
    }
    return data;
}

// A bulk load is faster with the secondary indexes and foreign keys made after it: each index
// is then built once, sorted, and each foreign key checked by one join instead of one lookup
// per row. Their definitions are read from the server (so they stay those of ServerSchema),
// dropped, and made again by `restore` in the same transaction.
struct DeferredChecks {
    QList<QByteArray> restore;
};

Result<DeferredChecks> deferIndexesAndKeys(PgConnection &server, const QList<QByteArray> &tables)
{
    DeferredChecks deferred;
    QByteArray drops;
    for (const QByteArray &table : tables) {
        auto keys = server.exec("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'",
                                {PgParam{table, false}});
        if (!keys)
            return keys.error();
        for (int row = 0; row < keys->rows(); ++row) {
            const QByteArray name = keys->text(row, 0).toUtf8();
            drops += "ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"; ";
            deferred.restore.append("ALTER TABLE " + table + " ADD CONSTRAINT \"" + name + "\" " + keys->text(row, 1).toUtf8());
        }
        // Indexes that no constraint (primary key, unique) owns.
        auto indexes = server.exec("SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                                   "WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
                                   {PgParam{table, false}});
        if (!indexes)
            return indexes.error();
        for (int row = 0; row < indexes->rows(); ++row) {
            drops += "DROP INDEX careatlas.\"" + indexes->text(row, 0).toUtf8() + "\"; ";
            deferred.restore.append(indexes->text(row, 1).toUtf8());
        }
    }
    if (!drops.isEmpty()) {
        if (Status dropped = server.execScript(drops); !dropped)
            return dropped.error();
    }
    return deferred;
}

Status uploadCatalogue(Store &store, PgConnection &server)
{
    auto groups = store.categoryGroups();
    if (!groups)
        return groups.error();
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const CategoryGroup &group = groups->at(i);
        if (auto done = server.exec("INSERT INTO careatlas.category_groups VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING",
                                    {PgParam::text(group.code), PgParam::text(group.labelJa), PgParam::text(group.labelEn), PgParam::number(i)});
            !done)
            return done.error();
    }
    auto categories = store.categories();
    if (!categories)
        return categories.error();
    for (qsizetype i = 0; i < categories->size(); ++i) {
        const Category &c = categories->at(i);
        if (auto done = server.exec("INSERT INTO careatlas.categories VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING",
                                    {PgParam::text(c.code), PgParam::text(c.groupCode), PgParam::text(c.labelJa), PgParam::text(c.labelEn),
                                     PgParam::text(c.color), PgParam::text(symbolShapeName(c.shape)), PgParam::number(i)});
            !done)
            return done.error();
    }
    auto flags = store.flags();
    if (!flags)
        return flags.error();
    for (qsizetype i = 0; i < flags->size(); ++i) {
        const Flag &flag = flags->at(i);
        if (auto done = server.exec("INSERT INTO careatlas.flags VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING",
                                    {PgParam::text(flag.code), PgParam::text(flag.labelJa), PgParam::text(flag.labelEn), PgParam::number(i)});
            !done)
            return done.error();
    }
    return {};
}

} // namespace

Result<PublishReport> publishStore(Store &store, PgConnection &admin)
{
    PublishReport report;
    auto before = serverSchemaVersion(admin);
    if (!before)
        return before.error();
    report.schemaVersionBefore = *before;
    if (Status migrated = migrateServerSchema(admin); !migrated)
        return migrated.error();

    const ServerRoles roles = ServerRoles::forDatabase(admin.databaseName());
    PgTransaction transaction(admin);
    if (!transaction.begun())
        return transaction.begun().error();
    // As the owner, with the tables locked against a second publish; the audit trigger is off
    // for the upload (one audit row says what was published instead of one per row).
    const QByteArray start = "SET LOCAL ROLE \"" + roles.owner.toUtf8() + "\"; "
                             "LOCK TABLE careatlas.resources, careatlas.areas IN EXCLUSIVE MODE";
    if (Status started = admin.execScript(start); !started)
        return started.error();
    auto held = admin.exec("SELECT (SELECT count(*) FROM careatlas.resources), (SELECT count(*) FROM careatlas.areas)");
    if (!held)
        return held.error();
    if (held->number(0, 0) > 0 || held->number(0, 1) > 0)
        return Error(ErrorCode::ServerHasData, QStringLiteral("%1 resources, %2 areas").arg(held->number(0, 0)).arg(held->number(0, 1)));
    if (Status off = admin.execScript("ALTER TABLE careatlas.resources DISABLE TRIGGER resources_change; "
                                      "ALTER TABLE careatlas.areas DISABLE TRIGGER areas_change");
        !off)
        return off.error();

    if (Status catalogue = uploadCatalogue(store, admin); !catalogue)
        return catalogue.error();
    auto deferred = deferIndexesAndKeys(admin, {"careatlas.areas", "careatlas.resources", "careatlas.resource_areas"});
    if (!deferred)
        return deferred.error();
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    // Every level's areas through COPY into a scratch table, then into areas in one statement
    // (the outline as multipolygon, JGD2011); the order of the store kept.
    if (Status scratch = admin.execScript("CREATE TEMP TABLE publish_areas (n bigint, level_code text, code text, name text, parent_code text, wkb bytea) "
                                          "ON COMMIT DROP");
        !scratch)
        return scratch.error();
    QByteArray areaData;
    qint64 areaRow = 0;
    for (const AreaLevel &level : *levels) {
        if (auto done = admin.exec("INSERT INTO careatlas.area_levels VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING",
                                   {PgParam::text(level.code), PgParam::text(level.labelJa), PgParam::text(level.labelEn), PgParam::number(level.rank)});
            !done)
            return done.error();
        ++report.areaLevels;
        auto areas = store.areas(level.code);
        if (!areas)
            return areas.error();
        for (const AreaRecord &area : *areas) {
            QByteArray line;
            appendCopyValue(line, QByteArray::number(++areaRow));
            appendCopyValue(line, level.code.toUtf8());
            appendCopyValue(line, area.code.toUtf8());
            appendCopyValue(line, area.name.toUtf8());
            appendCopyValue(line, copyText(area.parentCode));
            appendCopyValue(line, area.wkb.isEmpty() ? std::nullopt : std::optional(QByteArray("\\x") + area.wkb.toHex()));
            areaData += line + '\n';
            ++report.areas;
        }
    }
    if (Status copied = admin.copyIn("COPY publish_areas FROM STDIN", areaData); !copied)
        return copied.error();
    areaData.clear();
    if (auto moved = admin.exec("INSERT INTO careatlas.areas (level_code, code, name, parent_code, geom) "
                                "SELECT level_code, code, name, parent_code, ST_Multi(ST_SetSRID(ST_GeomFromWKB(wkb), 6668)) FROM publish_areas ORDER BY n");
        !moved)
        return moved.error();

    auto resources = store.resources();
    if (!resources)
        return resources.error();
    if (Status copied = admin.copyIn(ResourceCopy, resourceCopyData(*resources)); !copied)
        return copied.error();
    report.resources = resources->size();
    if (auto moved = admin.exec("SELECT setval(pg_get_serial_sequence('careatlas.resources', 'id'), "
                                "greatest((SELECT max(id) FROM careatlas.resources), 1))");
        !moved)
        return moved.error();

    QByteArray assignments;
    for (const AreaLevel &level : *levels) {
        auto pairs = store.resourceAreas(level.code);
        if (!pairs)
            return pairs.error();
        for (const auto &[resourceId, areaCode] : *pairs) {
            QByteArray line;
            appendCopyValue(line, QByteArray::number(resourceId));
            appendCopyValue(line, level.code.toUtf8());
            appendCopyValue(line, areaCode.toUtf8());
            assignments += line + '\n';
            ++report.resourceAreas;
        }
    }
    if (Status copied = admin.copyIn("COPY careatlas.resource_areas (resource_id, level_code, area_code) FROM STDIN", assignments); !copied)
        return copied.error();

    for (const QByteArray &sql : deferred->restore) {
        if (Status restored = admin.execScript(sql); !restored)
            return restored.error();
    }
    if (Status analysed = admin.execScript("ANALYZE careatlas.areas; ANALYZE careatlas.resources; ANALYZE careatlas.resource_areas"); !analysed)
        return analysed.error();

    const QString source = QFileInfo(store.path()).fileName();
    const QByteArray finish =
        "ALTER TABLE careatlas.resources ENABLE TRIGGER resources_change; "
        "ALTER TABLE careatlas.areas ENABLE TRIGGER areas_change";
    if (Status on = admin.execScript(finish); !on)
        return on.error();
    if (auto noted = admin.exec("INSERT INTO careatlas.meta (key, value) VALUES ('published_from', $1), ('published_at', now()::text) "
                                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", {PgParam::text(source)});
        !noted)
        return noted.error();
    if (auto audited = admin.exec("INSERT INTO careatlas.audit (table_name, row_uuid, action, changed_by, new_row) "
                                  "VALUES ('*', gen_random_uuid(), 'publish', session_user, jsonb_build_object('source', $1::text, "
                                  "'areas', $2::bigint, 'resources', $3::bigint))",
                                  {PgParam::text(source), PgParam::number(report.areas), PgParam::number(report.resources)});
        !audited)
        return audited.error();
    if (auto told = admin.exec("SELECT pg_notify('careatlas_changes', json_build_object('table', '*', 'action', 'publish')::text)"); !told)
        return told.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace careatlas
