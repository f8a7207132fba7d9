#include "core/store/StoreSchema.h"

#include "core/population/PopulationStore.h"

#include "core/Area.h"
#include "core/Catalogue.h"
#include "core/store/AreaNameIndex.h"
#include "core/store/GpkgGeometry.h"
#include "core/store/OutlineStore.h"
#include "core/store/SqliteStatement.h"

#include <sqlite3.h>

#include <QRegularExpression>

namespace careatlas::schema {

namespace {

const char *const JgdWkt =
    "GEOGCS[\"JGD2011\",DATUM[\"Japanese_Geodetic_Datum_2011\",SPHEROID[\"GRS 1980\",6378137,298.257222101,"
    "AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"1128\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
    "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
    "AUTHORITY[\"EPSG\",\"6668\"]]";

// GeoPackage 1.3 core tables, as the spec gives them.
const char *const CoreTables = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
  'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
)SQL";

const char *const CareAtlasTables = R"SQL(
CREATE TABLE ca_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ca_category_groups (code TEXT PRIMARY KEY, label_ja TEXT NOT NULL, label_en TEXT NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE ca_categories (
  code TEXT PRIMARY KEY, group_code TEXT NOT NULL REFERENCES ca_category_groups(code),
  label_ja TEXT NOT NULL, label_en TEXT NOT NULL, color TEXT NOT NULL, shape TEXT NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE ca_flags (code TEXT PRIMARY KEY, label_ja TEXT NOT NULL, label_en TEXT NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE ca_area_levels (code TEXT PRIMARY KEY, label_ja TEXT NOT NULL, label_en TEXT NOT NULL, rank INTEGER NOT NULL, table_name TEXT NOT NULL);
CREATE TABLE ca_import_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT, imported_at DATETIME NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL,
  format TEXT, added INTEGER, updated INTEGER, unchanged INTEGER, rejected INTEGER, report TEXT);

CREATE TABLE resources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  category TEXT NOT NULL,
  name TEXT NOT NULL,
  kana TEXT, operator TEXT, official_number TEXT, source TEXT, source_date DATE,
  postal_code TEXT, address TEXT, phone TEXT, fax TEXT, website TEXT,
  hours TEXT, closed_days TEXT, capacity INTEGER, vacancies INTEGER, vacancies_date DATE,
  service_area TEXT, notes TEXT,
  flags TEXT,
  updated_at DATETIME NOT NULL);
CREATE INDEX resources_category ON resources(category);
CREATE INDEX resources_official_number ON resources(official_number);
CREATE TABLE ca_resource_flags (
  resource_id INTEGER NOT NULL REFERENCES resources(fid) ON DELETE CASCADE,
  flag_code TEXT NOT NULL, PRIMARY KEY (resource_id, flag_code)) WITHOUT ROWID;
CREATE INDEX ca_resource_flags_flag ON ca_resource_flags(flag_code, resource_id);
CREATE TABLE ca_resource_areas (
  resource_id INTEGER NOT NULL REFERENCES resources(fid) ON DELETE CASCADE,
  level_code TEXT NOT NULL, area_code TEXT NOT NULL,
  PRIMARY KEY (resource_id, level_code)) WITHOUT ROWID;
CREATE INDEX ca_resource_areas_area ON ca_resource_areas(level_code, area_code);
-- Folded text of name, kana, address, operator and notes (core/text/TextFold.h); rowid = resources.fid.
CREATE VIRTUAL TABLE ca_resource_search USING fts5(text, tokenize='trigram');
)SQL";

Error addFeatureLayer(sqlite3 *db, const QString &table, const char *geometryType, const QString &identifier,
                      const QString &description)
{
    SqliteStatement contents(db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                                 "VALUES (?, 'features', ?, ?, ?)");
    contents.bind(1, table).bind(2, identifier).bind(3, description).bind(4, qint64(StoreSrsId));
    if (!contents.exec())
        return contents.lastError();
    SqliteStatement columns(db, "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)");
    columns.bind(1, table).bind(2, QString::fromLatin1(geometryType)).bind(3, qint64(StoreSrsId));
    if (!columns.exec())
        return columns.lastError();
    SqliteStatement extension(db, "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                                  "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
    extension.bind(1, table);
    if (!extension.exec())
        return extension.lastError();

    // The R*Tree and its triggers (GeoPackage 1.2 §F.3). Table names are ours ([a-z0-9_]),
    // checked by the callers, never user text.
    const QString t = table;
    const QString r = QStringLiteral("rtree_%1_geom").arg(t);
    const QString sql =
        QStringLiteral("CREATE VIRTUAL TABLE %2 USING rtree(id, minx, maxx, miny, maxy);").arg(r) + rtreeInsertTriggerSql(t)
        + QStringLiteral(
        "CREATE TRIGGER %2_update1 AFTER UPDATE OF geom ON %1 WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) "
        "BEGIN INSERT OR REPLACE INTO %2 VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
        "CREATE TRIGGER %2_update2 AFTER UPDATE OF geom ON %1 WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) "
        "BEGIN DELETE FROM %2 WHERE id = OLD.fid; END;"
        "CREATE TRIGGER %2_update3 AFTER UPDATE ON %1 WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) "
        "BEGIN DELETE FROM %2 WHERE id = OLD.fid; INSERT OR REPLACE INTO %2 VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
        "CREATE TRIGGER %2_update4 AFTER UPDATE ON %1 WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) "
        "BEGIN DELETE FROM %2 WHERE id IN (OLD.fid, NEW.fid); END;"
        "CREATE TRIGGER %2_delete AFTER DELETE ON %1 WHEN old.geom NOT NULL "
        "BEGIN DELETE FROM %2 WHERE id = OLD.fid; END;").arg(t, r);
    return execSql(db, sql.toUtf8().constData());
}

// GeoPackage blob → envelope, for the trigger functions.
std::optional<gpkg::Decoded> decodeArgument(sqlite3_value *value)
{
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return std::nullopt;
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    return gpkg::decode(QByteArray::fromRawData(data, sqlite3_value_bytes(value)));
}

template <int Which>
void envelopeFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto decoded = decodeArgument(arguments[0]);
    if (!decoded || !decoded->envelope) {
        sqlite3_result_null(context);
        return;
    }
    const gpkg::Envelope &e = *decoded->envelope;
    const double values[] = {e.minX, e.maxX, e.minY, e.maxY};
    sqlite3_result_double(context, values[Which]);
}

void isEmptyFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto decoded = decodeArgument(arguments[0]);
    if (!decoded) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context, decoded->empty || !decoded->envelope ? 1 : 0);
}

} // namespace

QString rtreeInsertTriggerSql(const QString &table)
{
    return QStringLiteral(
        "CREATE TRIGGER rtree_%1_geom_insert AFTER INSERT ON %1 WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) "
        "BEGIN INSERT OR REPLACE INTO rtree_%1_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;")
        .arg(table);
}

Error suspendRtreeInsertTrigger(sqlite3 *db, const QString &table)
{
    return execSql(db, QStringLiteral("DROP TRIGGER IF EXISTS rtree_%1_geom_insert").arg(table).toUtf8().constData());
}

Error resumeRtreeInsertTrigger(sqlite3 *db, const QString &table, std::optional<qint64> indexFrom)
{
    // The rows added while the trigger was away, indexed in one statement (through the R*Tree
    // module, as the trigger would have); then the trigger as the GeoPackage spec gives it.
    if (indexFrom) {
        SqliteStatement fill(db, QStringLiteral(
            "INSERT OR REPLACE INTO rtree_%1_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) "
            "FROM %1 WHERE fid >= ? AND geom NOT NULL AND NOT ST_IsEmpty(geom)").arg(table).toUtf8().constData());
        if (!fill.isValid())
            return fill.prepareError();
        fill.bind(1, *indexFrom);
        if (!fill.exec())
            return fill.lastError();
    }
    return execSql(db, rtreeInsertTriggerSql(table).toUtf8().constData());
}

void registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, envelopeFunction<0>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, envelopeFunction<1>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, envelopeFunction<2>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, envelopeFunction<3>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, isEmptyFunction, nullptr, nullptr);
}

QString areaTableName(const QString &levelCode) { return QStringLiteral("areas_") + levelCode; }

Error checkLevelCode(const QString &levelCode)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!safe.match(levelCode).hasMatch())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("level code must be [a-z][a-z0-9_]*: %1").arg(levelCode));
    if (levelCode.size() > MaxLevelCode)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("level code longer than %1 characters: %2").arg(MaxLevelCode).arg(levelCode));
    return Error(ErrorCode::None);
}

Error createAreaLayer(sqlite3 *db, const QString &levelCode)
{
    if (Error invalid = checkLevelCode(levelCode); invalid.code != ErrorCode::None)
        return invalid;
    const QString table = areaTableName(levelCode);
    const QString sql = QStringLiteral(
        "CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, code TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL, parent_code TEXT);").arg(table);
    Error error = execSql(db, sql.toUtf8().constData());
    if (error.code != ErrorCode::None)
        return error;
    error = addFeatureLayer(db, table, "MULTIPOLYGON", table, QStringLiteral("CareAtlas areas: %1").arg(levelCode));
    if (error.code != ErrorCode::None)
        return error;
    error = areanames::addNameIndex(db, table);
    if (error.code != ErrorCode::None)
        return error;
    SqliteStatement outlinesTable(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ca_area_outlines'");
    if (outlinesTable.next())   // at creation, version 6 adds them to the standard levels afterwards
        return outlines::addOutlineTriggers(db, table);
    return Error(ErrorCode::None);
}

Error createVersion2Tables(sqlite3 *db);
Error applyVersion3(sqlite3 *db);
Error applyVersion4(sqlite3 *db);

Error createSchema(sqlite3 *db)
{
    const QString pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                .arg(GeoPackageApplicationId).arg(GeoPackageUserVersion);
    Error error = execSql(db, pragmas.toUtf8().constData());
    if (error.code == ErrorCode::None)
        error = execSql(db, CoreTables);
    if (error.code != ErrorCode::None)
        return error;
    {
        SqliteStatement srs(db, "INSERT INTO gpkg_spatial_ref_sys VALUES ('JGD2011', 6668, 'EPSG', 6668, ?, 'Japanese Geodetic Datum 2011 (geographic)')");
        srs.bind(1, QString::fromLatin1(JgdWkt));
        if (!srs.exec())
            return srs.lastError();
    }
    error = execSql(db, CareAtlasTables);
    if (error.code != ErrorCode::None)
        return error;
    error = addFeatureLayer(db, QStringLiteral("resources"), "POINT", QStringLiteral("resources"),
                            QStringLiteral("CareAtlas resources (medical, care, housing, community)"));
    if (error.code != ErrorCode::None)
        return error;

    // Registering a CareAtlas table as a GeoPackage attribute table makes GDAL and QGIS list it
    // (and only the registered ones, not the FTS5 shadow tables) beside the layers. The
    // GeoPackage spec (Requirement 119) wants an INTEGER PRIMARY KEY in a registered table, so
    // only those that have one are registered (see version 3 below).
    SqliteStatement attributes(db, "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES (?, 'attributes', ?)");
    for (const char *table : {"ca_import_history"}) {
        attributes.bind(1, QString::fromLatin1(table)).bind(2, QString::fromLatin1(table));
        if (!attributes.exec())
            return attributes.lastError();
    }

    if (error = createVersion2Tables(db); error.code != ErrorCode::None)
        return error;
    if (error = applyVersion3(db); error.code != ErrorCode::None)
        return error;
    if (error = applyVersion4(db); error.code != ErrorCode::None)
        return error;
    if (error = applyVersion5(db); error.code != ErrorCode::None)
        return error;

    SqliteStatement meta(db, "INSERT INTO ca_meta (key, value) VALUES (?, ?)");
    meta.bind(1, QStringLiteral("schema_version")).bind(2, QString::number(CurrentVersion));
    if (!meta.exec())
        return meta.lastError();
    meta.bind(1, QStringLiteral("application")).bind(2, QStringLiteral("CareAtlas"));
    if (!meta.exec())
        return meta.lastError();
    meta.bind(1, QStringLiteral("catalogue_version")).bind(2, QString::number(catalogueVersion()));
    if (!meta.exec())
        return meta.lastError();

    int order = 0;
    SqliteStatement group(db, "INSERT INTO ca_category_groups VALUES (?, ?, ?, ?)");
    for (const CategoryGroup &g : defaultGroups()) {
        group.bind(1, g.code).bind(2, g.labelJa).bind(3, g.labelEn).bind(4, qint64(order++));
        if (!group.exec())
            return group.lastError();
    }
    order = 0;
    SqliteStatement category(db, "INSERT INTO ca_categories VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Category &c : defaultCategories()) {
        category.bind(1, c.code).bind(2, c.groupCode).bind(3, c.labelJa).bind(4, c.labelEn).bind(5, c.color)
            .bind(6, symbolShapeName(c.shape)).bind(7, qint64(order++));
        if (!category.exec())
            return category.lastError();
    }
    order = 0;
    SqliteStatement flag(db, "INSERT INTO ca_flags VALUES (?, ?, ?, ?)");
    for (const Flag &f : defaultFlags()) {
        flag.bind(1, f.code).bind(2, f.labelJa).bind(3, f.labelEn).bind(4, qint64(order++));
        if (!flag.exec())
            return flag.lastError();
    }
    SqliteStatement level(db, "INSERT INTO ca_area_levels VALUES (?, ?, ?, ?, ?)");
    for (const AreaLevel &l : standardAreaLevels()) {
        error = createAreaLayer(db, l.code);
        if (error.code != ErrorCode::None)
            return error;
        level.bind(1, l.code).bind(2, l.labelJa).bind(3, l.labelEn).bind(4, qint64(l.rank)).bind(5, areaTableName(l.code));
        if (!level.exec())
            return level.lastError();
    }
    if (Error error6 = outlines::applyVersion6(db); error6.code != ErrorCode::None)
        return error6;
    return areanames::applyVersion7(db);
}

namespace {

// Version 2: the address reference table (国土交通省 位置参照情報), for finding a client's home
// by its address.
const char *const AddressReferenceSql = R"sql(
CREATE TABLE IF NOT EXISTS ca_address_ref (
  id INTEGER PRIMARY KEY, prefecture TEXT NOT NULL, city TEXT NOT NULL, town TEXT NOT NULL, block TEXT,
  latitude REAL NOT NULL, longitude REAL NOT NULL, city_key TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ca_address_ref_key ON ca_address_ref (key);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('ca_address_ref', 'attributes', 'ca_address_ref', 'Address reference points (位置参照情報)');
)sql";

} // namespace

Error createVersion2Tables(sqlite3 *db) { return execSql(db, AddressReferenceSql); }

namespace {

// Version 3: a version per resource row, for edits that never overwrite another's change
// (Store::saveResourceChanges). CareAtlas raises it on every write it makes; the trigger raises
// it for writes that do not (QGIS editing the layer through GDAL). Attribute tables without an
// INTEGER PRIMARY KEY leave gpkg_contents (GeoPackage Requirement 119; GDAL's validator).
const char *const Version3Sql = R"sql(
CREATE TRIGGER IF NOT EXISTS ca_resources_version AFTER UPDATE ON resources WHEN NEW.version = OLD.version
BEGIN UPDATE resources SET version = OLD.version + 1 WHERE fid = NEW.fid; END;
DELETE FROM gpkg_contents WHERE data_type = 'attributes' AND table_name IN
  ('ca_categories', 'ca_category_groups', 'ca_flags', 'ca_area_levels', 'ca_resource_flags', 'ca_resource_areas', 'ca_meta');
)sql";

} // namespace

Error applyVersion3(sqlite3 *db)
{
    SqliteStatement column(db, "SELECT 1 FROM pragma_table_info('resources') WHERE name = 'version'");
    if (!column.isValid())
        return column.prepareError();
    if (!column.next()) {
        if (Error error = execSql(db, "ALTER TABLE resources ADD COLUMN version INTEGER NOT NULL DEFAULT 1");
            error.code != ErrorCode::None)
            return error;
    }
    return execSql(db, Version3Sql);
}

namespace {

// Version 4: referral shortlists (候補リスト, core/store/ShortlistStore.h). A list keeps a free
// label and a centre only as a 町丁目 name or a point rounded to about 100 m (never an address
// typed); entries keep the resource, their order, a status code, the date of the last change
// and a note. Both are attribute tables with an INTEGER PRIMARY KEY, listed in gpkg_contents.
const char *const Version4Sql = R"sql(
CREATE TABLE IF NOT EXISTS shortlists (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL, centre_area TEXT, centre_latitude REAL, centre_longitude REAL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shortlist_entries (
  id INTEGER PRIMARY KEY, shortlist_id INTEGER NOT NULL REFERENCES shortlists(id), resource_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_contacted'
    CHECK (status IN ('not_contacted', 'inquiring', 'accepting', 'declined', 'on_hold')),
  changed_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
  UNIQUE (shortlist_id, resource_id));
CREATE INDEX IF NOT EXISTS shortlist_entries_list ON shortlist_entries (shortlist_id, position);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('shortlists', 'attributes', 'shortlists', 'Referral shortlists (候補リスト)');
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('shortlist_entries', 'attributes', 'shortlist_entries', 'Entries of the referral shortlists');
)sql";

} // namespace

Error applyVersion4(sqlite3 *db) { return execSql(db, Version4Sql); }

int storedCatalogueVersion(sqlite3 *db)
{
    SqliteStatement version(db, "SELECT value FROM ca_meta WHERE key = 'catalogue_version'");
    return version.isValid() && version.next() ? version.text(0).toInt() : 1;
}

Error topUpCatalogue(sqlite3 *db)
{
    if (storedCatalogueVersion(db) >= catalogueVersion())
        return Error(ErrorCode::None);
    // Categories the store lacks are added; the defaults take their catalogue order and a
    // user's own categories follow them. Nothing is removed or relabelled.
    SqliteStatement own(db, "UPDATE ca_categories SET sort_order = sort_order + 1000 WHERE sort_order < 1000");
    if (!own.exec())
        return own.lastError();
    SqliteStatement insert(db, "INSERT INTO ca_categories VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(code) DO UPDATE SET sort_order = excluded.sort_order");
    qint64 order = 0;
    for (const Category &c : defaultCategories()) {
        insert.bind(1, c.code).bind(2, c.groupCode).bind(3, c.labelJa).bind(4, c.labelEn).bind(5, c.color)
            .bind(6, symbolShapeName(c.shape)).bind(7, order++);
        if (!insert.exec())
            return insert.lastError();
    }
    SqliteStatement meta(db, "INSERT INTO ca_meta (key, value) VALUES ('catalogue_version', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    meta.bind(1, QString::number(catalogueVersion()));
    return meta.exec() ? Error(ErrorCode::None) : meta.lastError();
}

Error migrate(sqlite3 *db, int fromVersion)
{
    // One step per version, each from the one before.
    if (fromVersion < 2) {
        if (Error error = createVersion2Tables(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion < 3) {
        if (Error error = applyVersion3(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion < 4) {
        if (Error error = applyVersion4(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion < 5) {
        if (Error error = applyVersion5(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion < 6) {
        if (Error error = outlines::applyVersion6(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion < 7) {
        if (Error error = areanames::applyVersion7(db); error.code != ErrorCode::None)
            return error;
    }
    if (fromVersion > CurrentVersion)
        return Error(ErrorCode::StoreCorrupt, QStringLiteral("unknown schema version %1").arg(fromVersion));
    return execSql(db, QStringLiteral("UPDATE ca_meta SET value = '%1' WHERE key = 'schema_version'").arg(CurrentVersion).toUtf8().constData());
}

} // namespace careatlas::schema
