// Schema version 7: an index of (code, name, parent_code) on every area layer — on a new store's
// levels, on a level added later, and on a store migrated from version 6 — used by SQLite to
// read the names without the rows' outlines.
#include "core/store/AreaNameIndex.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace careatlas;

namespace {

QStringList nameIndexes(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ca\\_areas\\_%\\_names' ESCAPE '\\' ORDER BY 1");
    QStringList tables;
    while (s.next())
        tables << s.text(0);
    return tables;
}

QStringList areaTables(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT table_name FROM ca_area_levels ORDER BY 1");
    QStringList tables;
    while (s.next())
        tables << s.text(0);
    return tables;
}

} // namespace

TEST_CASE("Every area layer has the name index: new stores, new levels, migrated stores", "[store][schema][areanames]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        sqlite3 *db = (*store)->handle();
        CHECK(!areaTables(db).isEmpty());
        CHECK(nameIndexes(db) == areaTables(db));
        REQUIRE((*store)->ensureAreaLevel({QStringLiteral("ward"), QStringLiteral("区"), QStringLiteral("Ward"), 9}).ok());
        CHECK(nameIndexes(db) == areaTables(db));
        CHECK(areaTables(db).contains(QStringLiteral("areas_ward")));
        // SQLite reads a level's names through it (the plan names the index).
        {
            SqliteStatement plan(db, "EXPLAIN QUERY PLAN SELECT fid, code, name, parent_code FROM areas_city INDEXED BY ca_areas_city_names");
            REQUIRE(plan.next());
            CHECK(plan.text(3).contains(QStringLiteral("COVERING INDEX ca_areas_city_names")));
        }
        // Back to version 6: no indexes.
        for (const QString &table : areaTables(db))
            REQUIRE(execSql(db, QStringLiteral("DROP INDEX %1").arg(areanames::indexName(table)).toUtf8().constData()).code == ErrorCode::None);
        REQUIRE(execSql(db, "UPDATE ca_meta SET value = '6' WHERE key = 'schema_version'").code == ErrorCode::None);
        CHECK(nameIndexes(db).isEmpty());
    }
    {
        auto readOnly = Store::open(path, Store::OpenMode::ReadOnly);   // read-only: not migrated
        REQUIRE(readOnly.ok());
        CHECK(nameIndexes((*readOnly)->handle()).isEmpty());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    sqlite3 *db = (*store)->handle();
    CHECK(nameIndexes(db) == areaTables(db));
    SqliteStatement version(db, "SELECT value FROM ca_meta WHERE key = 'schema_version'");
    REQUIRE(version.next());
    CHECK(version.text(0) == QString::number(Store::currentSchemaVersion()));
}
