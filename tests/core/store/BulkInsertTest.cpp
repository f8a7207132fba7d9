// Store::BulkInsert: the spatial index of a bulk load is built by a worker and put in place at
// the end; whatever path it takes, the R*Tree must end as row-by-row inserts leave it.
#include "core/store/RtreeBuilder.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <tuple>
#include <vector>

using namespace careatlas;

namespace {

QList<Resource> someResources(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Resource> list;
    for (int i = 0; i < count; ++i) {
        Resource r;
        r.categoryCode = QStringLiteral("home_visit_nursing");
        r.name = QString::fromUtf8("訪問看護ステーション%1").arg(i);
        r.address = QString::fromUtf8("かがやき市本町%1丁目").arg(i % 9 + 1);
        if (i % 17 != 0) {   // every 17th unplaced
            r.latitude = 33.0 + random.bounded(8.0);
            r.longitude = 130.0 + random.bounded(12.0);
        }
        if (i % 5 == 0)
            r.flags = {QStringLiteral("dementia")};
        list.append(r);
    }
    return list;
}

using RtreeRow = std::tuple<qint64, double, double, double, double>;

std::vector<RtreeRow> rtreeRows(Store &store)
{
    SqliteStatement s(store.handle(), "SELECT id, minx, maxx, miny, maxy FROM rtree_resources_geom ORDER BY id");
    std::vector<RtreeRow> rows;
    while (s.next())
        rows.emplace_back(s.int64(0), s.real(1), s.real(2), s.real(3), s.real(4));
    return rows;
}

QString single(Store &store, const char *sql)
{
    SqliteStatement s(store.handle(), sql);
    return s.next() ? s.text(0) : QStringLiteral("(no row)");
}

bool hasInsertTrigger(Store &store)
{
    return single(store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_resources_geom_insert'")
           == QStringLiteral("1");
}

std::unique_ptr<Store> newStore(const QTemporaryDir &dir, const QString &name)
{
    auto store = Store::create(dir.filePath(name));
    REQUIRE(store.ok());
    return std::move(store).value();
}

// The R*Tree row-by-row inserts (through the GeoPackage trigger) give for these resources.
std::vector<RtreeRow> referenceIndex(const QTemporaryDir &dir, const QList<Resource> &before, const QList<Resource> &bulk)
{
    auto store = newStore(dir, QStringLiteral("reference.gpkg"));
    for (const Resource &r : before)
        REQUIRE(store->insertResource(r).ok());
    Store::Transaction transaction(*store);
    REQUIRE(store->insertResources(bulk).ok());
    REQUIRE(transaction.commit().ok());
    return rtreeRows(*store);
}

void bulkInsert(Store &store, const QList<Resource> &resources, qsizetype batch)
{
    Store::Transaction transaction(store);
    Store::BulkInsert bulk(store);
    REQUIRE(bulk.startError().code == ErrorCode::None);
    CHECK_FALSE(hasInsertTrigger(store));
    for (qsizetype i = 0; i < resources.size(); i += batch)
        REQUIRE(store.insertResources(resources.mid(i, batch)).ok());
    REQUIRE(bulk.finish().ok());
    REQUIRE(transaction.commit().ok());
}

void checkSound(Store &store)
{
    CHECK(single(store, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(single(store, "SELECT rtreecheck('rtree_resources_geom')") == QStringLiteral("ok"));
    CHECK(hasInsertTrigger(store));
}

} // namespace

TEST_CASE("A bulk insert into an empty store leaves the R*Tree that row-by-row inserts leave", "[core][store][bulk]")
{
    QTemporaryDir dir;
    const QList<Resource> resources = someResources(3000, 7);
    const auto expected = referenceIndex(dir, {}, resources);
    REQUIRE(expected.size() == 3000 - (3000 + 16) / 17);

    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    bulkInsert(*store, resources, 700);
    CHECK(rtreeRows(*store) == expected);
    checkSound(*store);
    CHECK(*store->resourceCount() == 3000);
    // The full-text index took every row too.
    CHECK(store->searchResources(QString::fromUtf8("ステーション2999"))->size() == 1);

    // After it, single inserts are indexed by the trigger again.
    const Resource later = someResources(2, 99).at(1);   // the first of a list is unplaced
    const auto id = store->insertResource(later);
    REQUIRE(id.ok());
    const auto rows = rtreeRows(*store);
    REQUIRE(rows.size() == expected.size() + 1);
    CHECK(std::get<0>(rows.back()) == *id);
}

TEST_CASE("A bulk insert into a store that has resources indexes the new rows beside the old", "[core][store][bulk]")
{
    QTemporaryDir dir;
    const QList<Resource> before = someResources(40, 1);
    const QList<Resource> resources = someResources(1200, 2);
    const auto expected = referenceIndex(dir, before, resources);

    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    for (const Resource &r : before)
        REQUIRE(store->insertResource(r).ok());
    bulkInsert(*store, resources, 500);
    CHECK(rtreeRows(*store) == expected);
    checkSound(*store);
}

TEST_CASE("Edits during a bulk insert leave the R*Tree right", "[core][store][bulk]")
{
    QTemporaryDir dir;
    const QList<Resource> resources = someResources(600, 3);
    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    {
        Store::Transaction transaction(*store);
        Store::BulkInsert bulk(*store);
        const auto ids = store->insertResources(resources);
        REQUIRE(ids.ok());
        // moved, unplaced and deleted while the worker holds their first places
        Resource moved = *store->resource(ids->at(1));
        moved.latitude = 35.0;
        moved.longitude = 135.0;
        REQUIRE(store->updateResource(moved).ok());
        Resource unplaced = *store->resource(ids->at(2));
        unplaced.latitude.reset();
        unplaced.longitude.reset();
        REQUIRE(store->updateResource(unplaced).ok());
        REQUIRE(store->deleteResource(ids->at(3)).ok());
        REQUIRE(bulk.finish().ok());
        REQUIRE(transaction.commit().ok());
    }
    checkSound(*store);
    // The index holds exactly the placed resources, each where it now is.
    SqliteStatement mismatches(store->handle(),
                               "SELECT count(*) FROM resources r LEFT JOIN rtree_resources_geom t ON t.id = r.fid "
                               "WHERE (r.geom IS NULL) != (t.id IS NULL) "
                               "OR (t.id IS NOT NULL AND (abs(t.minx - ST_MinX(r.geom)) > 1e-4 OR abs(t.miny - ST_MinY(r.geom)) > 1e-4))");
    REQUIRE(mismatches.next());
    CHECK(mismatches.int64(0) == 0);
    CHECK(single(*store, "SELECT count(*) FROM rtree_resources_geom WHERE id NOT IN (SELECT fid FROM resources)") == QStringLiteral("0"));
    CHECK(rtreeRows(*store).size() == size_t(600 - 1 - (600 + 16) / 17 - 1));
}

TEST_CASE("A bulk insert inside a savepoint of an outer transaction", "[core][store][bulk]")
{
    QTemporaryDir dir;
    const QList<Resource> resources = someResources(800, 4);
    const auto expected = referenceIndex(dir, {}, resources);
    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    {
        Store::Transaction outer(*store);
        bulkInsert(*store, resources, 300);   // its transaction is a savepoint of `outer`
        REQUIRE(outer.commit().ok());
    }
    CHECK(rtreeRows(*store) == expected);
    checkSound(*store);
}

TEST_CASE("A bulk insert left unfinished cannot be committed, and its rollback restores the store", "[core][store][bulk][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    REQUIRE(store->insertResource(someResources(2, 5).at(1)).ok());
    const auto before = rtreeRows(*store);
    {
        Store::Transaction transaction(*store);
        {
            Store::BulkInsert bulk(*store);
            REQUIRE(store->insertResources(someResources(500, 6)).ok());
            // ends here without finish(): an error or a cancel on the way
        }
        CHECK(hasInsertTrigger(*store));
        const Status committed = transaction.commit();
        CHECK_FALSE(committed.ok());
    }
    CHECK(*store->resourceCount() == 1);
    CHECK(rtreeRows(*store) == before);
    checkSound(*store);
    // The ban ended with the rollback: the next transaction commits, its rows indexed.
    {
        Store::Transaction transaction(*store);
        REQUIRE(store->insertResources(someResources(10, 8)).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(rtreeRows(*store).size() == before.size() + 9);   // the first of the ten is unplaced
}

TEST_CASE("A bulk insert needs an open transaction, and only one runs at a time", "[core][store][bulk][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    {
        Store::BulkInsert bulk(*store);
        CHECK(bulk.startError().code == ErrorCode::InvalidArgument);
        CHECK(hasInsertTrigger(*store));
        CHECK(bulk.finish().ok());   // nothing to do
    }
    Store::Transaction transaction(*store);
    Store::BulkInsert first(*store);
    REQUIRE(first.startError().code == ErrorCode::None);
    Store::BulkInsert second(*store);
    CHECK(second.startError().code == ErrorCode::InvalidArgument);
    REQUIRE(first.finish().ok());
    CHECK(transaction.commit().ok());
}

TEST_CASE("The FTS5 hash size of a bulk insert is put back afterwards", "[core][store][bulk]")
{
    QTemporaryDir dir;
    auto store = newStore(dir, QStringLiteral("bulk.gpkg"));
    const char *hashSize = "SELECT coalesce((SELECT v FROM ca_resource_search_config WHERE k = 'hashsize'), 1048576)";
    const QString before = single(*store, hashSize);
    {
        Store::Transaction transaction(*store);
        Store::BulkInsert bulk(*store);
        CHECK(single(*store, hashSize) != before);
        REQUIRE(store->insertResources(someResources(50, 9)).ok());
        REQUIRE(bulk.finish().ok());
        CHECK(single(*store, hashSize) == before);
        REQUIRE(transaction.commit().ok());
    }
    CHECK(single(*store, hashSize) == before);
}

TEST_CASE("The R*Tree builder copies only into an R*Tree whose nodes have its size", "[core][store][bulk]")
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    // A page size whose R*Tree nodes are smaller than the worker's (512 − 64 bytes).
    REQUIRE(execSql(db, "PRAGMA page_size = 512; CREATE VIRTUAL TABLE small USING rtree(id, minx, maxx, miny, maxy);"
                        "CREATE VIRTUAL TABLE bad_name USING rtree(id, minx, maxx, miny, maxy);").code == ErrorCode::None);
    {
        RtreeBuilder builder;
        builder.add({{1, 136.0, 36.0}, {2, 137.0, 37.0}});
        CHECK(builder.queued() == 2);
        const auto copied = builder.copyInto(db, QStringLiteral("small"));
        REQUIRE(copied.ok());
        CHECK_FALSE(*copied);
        CHECK(builder.indexed() == 2);
    }
    {
        RtreeBuilder builder;
        const auto copied = builder.copyInto(db, QStringLiteral("small; DROP TABLE small"));
        REQUIRE(copied.ok());
        CHECK_FALSE(*copied);
    }
    SqliteStatement count(db, "SELECT count(*) FROM small");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 0);
    count.reset();
    sqlite3_close(db);
}
