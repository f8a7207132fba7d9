// Two people on one store: each connection is one window. An edit writes only what its user
// changed, and only on the version it read; nothing committed by the other is lost silently.
#include "core/ResourceChange.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

Resource station()
{
    Resource r;
    r.categoryCode = QStringLiteral("home_visit_nursing");
    r.name = u("あおぞら訪問看護ステーション");
    r.address = u("かがやき市本町二丁目5-12");
    r.phone = QStringLiteral("076-012-3456");
    r.latitude = 36.5613;
    r.longitude = 136.6562;
    r.flags = {QStringLiteral("open_24h")};
    return r;
}

struct TwoWindows {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shared.gpkg"));
    std::unique_ptr<Store> a;
    std::unique_ptr<Store> b;
    qint64 id = 0;

    TwoWindows()
    {
        auto created = Store::create(path);
        REQUIRE(created.ok());
        auto inserted = (*created)->insertResource(station());
        REQUIRE(inserted.ok());
        id = *inserted;
        created = Store::open(path);
        REQUIRE(created.ok());
        a = std::move(created).value();
        auto opened = Store::open(path);
        REQUIRE(opened.ok());
        b = std::move(opened).value();
    }
    Resource readBy(Store &store) const
    {
        auto row = store.resource(id);
        REQUIRE(row.ok());
        return *row;
    }
};

} // namespace

TEST_CASE("A stored resource starts at version 1 and every save raises it", "[core][store][versions]")
{
    TwoWindows w;
    const Resource read = w.readBy(*w.a);
    CHECK(read.version == 1);
    Resource edited = read;
    edited.phone = QStringLiteral("076-999-0000");
    const auto saved = w.a->saveResourceChanges(read, edited);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->merged);
    CHECK(saved->resource.version == 2);
    CHECK(w.readBy(*w.b).phone == QStringLiteral("076-999-0000"));
}

TEST_CASE("A rename in one window and a phone change in another both survive", "[core][store][versions]")
{
    TwoWindows w;
    const Resource readByA = w.readBy(*w.a);
    const Resource readByB = w.readBy(*w.b);   // B still shows the old row

    Resource renamed = readByA;
    renamed.name = u("あおぞら訪問看護ステーション本町");
    REQUIRE(w.a->saveResourceChanges(readByA, renamed).ok());

    Resource rephoned = readByB;
    rephoned.phone = QStringLiteral("076-111-2222");
    const auto saved = w.b->saveResourceChanges(readByB, rephoned);
    REQUIRE(saved.ok());
    CHECK(saved->merged);

    const Resource now = w.readBy(*w.a);
    CHECK(now.name == u("あおぞら訪問看護ステーション本町"));
    CHECK(now.phone == QStringLiteral("076-111-2222"));
    CHECK(now.version == 3);
    // The search text follows the merged row, not B's stale name.
    CHECK(*w.a->searchResources(u("本町二丁目")) == QList<qint64>{w.id});
    CHECK(*w.a->searchResources(u("ステーション本町")) == QList<qint64>{w.id});
}

TEST_CASE("Two windows changing the same field differently get a conflict, and nothing is written", "[core][store][versions]")
{
    TwoWindows w;
    const Resource readByA = w.readBy(*w.a);
    const Resource readByB = w.readBy(*w.b);

    Resource mineA = readByA;
    mineA.name = u("あおぞら訪問看護 本町");
    REQUIRE(w.a->saveResourceChanges(readByA, mineA).ok());

    Resource mineB = readByB;
    mineB.name = u("あおぞら訪問看護 駅前");
    mineB.phone = QStringLiteral("076-111-2222");
    const auto refused = w.b->saveResourceChanges(readByB, mineB);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().code == ErrorCode::EditConflict);
    REQUIRE(refused.error().conflict);
    const ResourceConflict &conflict = *refused.error().conflict;
    CHECK(conflict.fields == QList<ResourceField>{ResourceField::Name});
    CHECK(conflict.theirs.name == u("あおぞら訪問看護 本町"));
    CHECK(conflict.mine.name == u("あおぞら訪問看護 駅前"));
    CHECK(conflict.theirs.version == 2);

    // Nothing of B's save was written, not even the phone that did not clash.
    Resource now = w.readBy(*w.a);
    CHECK(now.name == u("あおぞら訪問看護 本町"));
    CHECK(now.phone == QStringLiteral("076-012-3456"));

    SECTION("choosing mine for the name saves it on their version, with the phone")
    {
        Resource resolved = conflict.theirs;
        copyField(resolved, conflict.mine, ResourceField::Name);
        copyField(resolved, conflict.mine, ResourceField::Phone);
        const auto saved = w.b->saveResourceChanges(conflict.theirs, resolved);
        REQUIRE(saved.ok());
        now = w.readBy(*w.a);
        CHECK(now.name == u("あおぞら訪問看護 駅前"));
        CHECK(now.phone == QStringLiteral("076-111-2222"));
        CHECK(now.version == 3);
    }
}

TEST_CASE("The same change made in two windows is not a conflict", "[core][store][versions]")
{
    TwoWindows w;
    const Resource readByA = w.readBy(*w.a);
    const Resource readByB = w.readBy(*w.b);
    Resource edited = readByA;
    edited.vacancies = 3;
    REQUIRE(w.a->saveResourceChanges(readByA, edited).ok());
    edited = readByB;
    edited.vacancies = 3;
    const auto saved = w.b->saveResourceChanges(readByB, edited);
    REQUIRE(saved.ok());
    CHECK(saved->resource.vacancies == 3);
    CHECK(saved->resource.version == 2);   // nothing left to write
}

TEST_CASE("An edit of a resource deleted in the other window is refused as deleted", "[core][store][versions]")
{
    TwoWindows w;
    const Resource readByB = w.readBy(*w.b);
    REQUIRE(w.a->deleteResource(w.id).ok());
    Resource edited = readByB;
    edited.phone = QStringLiteral("076-111-2222");
    const auto refused = w.b->saveResourceChanges(readByB, edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::EditConflict);
    REQUIRE(refused.error().conflict);
    CHECK(refused.error().conflict->deleted);
    CHECK(refused.error().conflict->mine.phone == QStringLiteral("076-111-2222"));
}

TEST_CASE("A delete naming an old version is refused while the other window's change stands", "[core][store][versions]")
{
    TwoWindows w;
    const Resource readByB = w.readBy(*w.b);
    Resource edited = w.readBy(*w.a);
    edited.notes = u("土曜も訪問可");
    REQUIRE(w.a->saveResourceChanges(w.readBy(*w.a), edited).ok());
    const Status refused = w.b->deleteResource(w.id, readByB.version);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::EditConflict);
    CHECK(w.readBy(*w.a).notes == u("土曜も訪問可"));
}

TEST_CASE("A save writes only the changed columns, keeping another program's change to the row", "[core][store][versions]")
{
    TwoWindows w;
    const Resource read = w.readBy(*w.b);
    // Another program (QGIS through GDAL) changes the fax column with plain SQL: the trigger
    // raises the version although it did not.
    REQUIRE(execSql(w.a->handle(), "UPDATE resources SET fax = '076-000-0001'").code == ErrorCode::None);
    CHECK(w.readBy(*w.a).version == 2);
    Resource edited = read;
    edited.phone = QStringLiteral("076-111-2222");
    const auto saved = w.b->saveResourceChanges(read, edited);
    REQUIRE(saved.ok());
    CHECK(saved->merged);
    CHECK(saved->resource.fax == QStringLiteral("076-000-0001"));
    CHECK(saved->resource.phone == QStringLiteral("076-111-2222"));
    CHECK(saved->resource.version == 3);
}

TEST_CASE("Field merge: theirs with my changed fields on top, clashes listed", "[core][versions]")
{
    Resource base = station();
    base.version = 4;
    Resource mine = base;
    mine.phone = QStringLiteral("1");
    mine.flags = {QStringLiteral("dementia"), QStringLiteral("open_24h")};
    mine.capacity = 9;
    Resource theirs = base;
    theirs.version = 5;
    theirs.name = u("別名");
    theirs.capacity = 12;
    theirs.flags = {QStringLiteral("open_24h"), QStringLiteral("dementia")};   // the same set
    const ResourceMerge merge = mergeResourceChanges(base, mine, theirs);
    CHECK(merge.conflicts == QList<ResourceField>{ResourceField::Capacity});
    CHECK(merge.merged.name == u("別名"));
    CHECK(merge.merged.phone == QStringLiteral("1"));
    CHECK(merge.merged.capacity == 12);
    CHECK(merge.merged.version == 5);
    CHECK(changedFields(base, mine) == QList<ResourceField>({ResourceField::Phone, ResourceField::Capacity, ResourceField::Flags}));
}

TEST_CASE("A store written before row versions gets them when opened for writing", "[core][store][versions][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        REQUIRE((*store)->insertResource(station()).ok());
        // Back to the version-2 layout: no version column, no trigger.
        REQUIRE(execSql((*store)->handle(), "DROP TRIGGER ca_resources_version; ALTER TABLE resources DROP COLUMN version; "
                                            "UPDATE ca_meta SET value = '2' WHERE key = 'schema_version'").code == ErrorCode::None);
    }
    {
        auto readOnly = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(readOnly.ok());
        const auto rows = (*readOnly)->resources();
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(rows->first().version == 1);
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    const Resource read = (*store)->resources()->first();
    Resource edited = read;
    edited.phone = QStringLiteral("076-111-2222");
    const auto saved = (*store)->saveResourceChanges(read, edited);
    REQUIRE(saved.ok());
    CHECK(saved->resource.version == 2);
    SqliteStatement version((*store)->handle(), "SELECT value FROM ca_meta WHERE key = 'schema_version'");
    REQUIRE(version.next());
    CHECK(version.text(0) == QString::number(Store::currentSchemaVersion()));
}
