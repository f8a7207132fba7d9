#pragma once

#include "core/Error.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace careatlas::schema {

// The GeoPackage application id ('GPKG') and the spec version GDAL writes for 1.3.
inline constexpr int GeoPackageApplicationId = 0x47504B47;
inline constexpr int GeoPackageUserVersion = 10300;
inline constexpr int StoreSrsId = 6668;       // JGD2011 geographic
inline constexpr int CurrentVersion = 7;      // CareAtlas's own schema, in ca_meta

// Registers the SQL functions the GeoPackage R*Tree triggers call (ST_IsEmpty, ST_MinX,
// ST_MaxX, ST_MinY, ST_MaxY) on a connection; GDAL registers the same on its own.
void registerSqlFunctions(sqlite3 *db);

// Creates the GeoPackage core tables, CareAtlas's tables and the default catalogue.
Error createSchema(sqlite3 *db);

// The GeoPackage R*Tree insert trigger of a feature table, and its suspension for a bulk
// load (as GDAL defers its spatial index): suspend drops the trigger; resume indexes every row
// with fid >= indexFrom (when given) in one statement and creates the trigger again. Both
// inside the caller's transaction, so a rollback brings the trigger back.
QString rtreeInsertTriggerSql(const QString &table);
Error suspendRtreeInsertTrigger(sqlite3 *db, const QString &table);
Error resumeRtreeInsertTrigger(sqlite3 *db, const QString &table, std::optional<qint64> indexFrom);

// Whether a new area level's code can name its table: [a-z][a-z0-9_]*, at most MaxLevelCode
// characters. Error::None when it can; InvalidArgument saying which rule it breaks (a code
// that is only too long is told so).
inline constexpr int MaxLevelCode = 41;
Error checkLevelCode(const QString &levelCode);

// Creates the polygon layer of an area level (table, contents, geometry column, R*Tree).
Error createAreaLayer(sqlite3 *db, const QString &levelCode);
QString areaTableName(const QString &levelCode);

// The catalogue version a store was seeded or last topped up with (ca_meta
// "catalogue_version"; 1 when absent), and the top-up: adds the default categories introduced
// since (Catalogue.h catalogueVersion()), keeping every category and label the store has.
// Independent of the schema version, so it composes with any schema migration.
int storedCatalogueVersion(sqlite3 *db);
Error topUpCatalogue(sqlite3 *db);

// Brings an older CareAtlas schema forward (version read from ca_meta).
Error migrate(sqlite3 *db, int fromVersion);

} // namespace careatlas::schema
