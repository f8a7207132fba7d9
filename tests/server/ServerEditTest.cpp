// Two people, one server store: saves of changed fields only, at the version read, merged or
// refused field by field (core/ResourceChange.h, as on a GeoPackage), and rights per centre
// through row-level security. Runs against a real PostgreSQL + PostGIS (ServerTestSupport.h).
#include "ServerFixture.h"

#include "core/ResourceChange.h"
#include "core/server/PgConnection.h"
#include "core/server/ServerStore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace careatlas;
using namespace careatlas::test;

TEST_CASE("Server store: two sign-ins of one centre edit one resource: other fields merge, the same field is refused", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto alice = openAs(data, data.alice);
    auto bob = openAs(data, data.bob);

    auto read = alice->resource(data.northId);
    REQUIRE(read);
    CHECK(read->version == 1);
    const Resource base = *read;
    auto bobsRead = bob->resource(data.northId);
    REQUIRE(bobsRead);
    REQUIRE(*bobsRead == base);

    // Alice changes the phone, Bob (who read the same version) the name: both kept.
    Resource alicesEdit = base;
    alicesEdit.phone = QStringLiteral("076-111-1111");
    auto saved = alice->saveResourceChanges(base, alicesEdit);
    REQUIRE(saved);
    CHECK_FALSE(saved->merged);
    CHECK(saved->resource.version == 2);

    Resource bobsEdit = base;
    bobsEdit.name = QStringLiteral("北の相談所（本所）");
    auto merged = bob->saveResourceChanges(base, bobsEdit);
    REQUIRE(merged);
    CHECK(merged->merged);
    CHECK(merged->resource.version == 3);
    auto stored = alice->resource(data.northId);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("076-111-1111"));
    CHECK(stored->name == QStringLiteral("北の相談所（本所）"));

    // Both change the phone from version 3: the second is refused with theirs and mine, and
    // nothing of it is written (no lost update).
    const Resource v3 = *stored;
    Resource alicesPhone = v3;
    alicesPhone.phone = QStringLiteral("076-222-2222");
    Resource bobsPhone = v3;
    bobsPhone.phone = QStringLiteral("076-333-3333");
    bobsPhone.notes = QStringLiteral("水曜午後は不在");
    REQUIRE(alice->saveResourceChanges(v3, alicesPhone));
    auto refused = bob->saveResourceChanges(v3, bobsPhone);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::EditConflict);
    REQUIRE(refused.error().conflict);
    CHECK(refused.error().conflict->fields == QList<ResourceField>{ResourceField::Phone});
    CHECK(refused.error().conflict->theirs.phone == QStringLiteral("076-222-2222"));
    CHECK(refused.error().conflict->mine.phone == QStringLiteral("076-333-3333"));
    CHECK(refused.error().conflict->theirs.version == 4);
    auto after = bob->resource(data.northId);
    REQUIRE(after);
    CHECK(after->phone == QStringLiteral("076-222-2222"));
    CHECK(after->notes.isEmpty());
    CHECK(after->version == 4);

    // The user's choice saved on their version goes through.
    auto chosen = bob->saveResourceChanges(refused.error().conflict->theirs, bobsPhone);
    REQUIRE(chosen);
    CHECK(chosen->resource.phone == QStringLiteral("076-333-3333"));
    CHECK(chosen->resource.version == 5);

    // A deletion meanwhile is a conflict too.
    REQUIRE(alice->deleteResource(data.northId, chosen->resource.version));
    Resource late = chosen->resource;
    late.hours = QStringLiteral("9:00-17:00");
    auto gone = bob->saveResourceChanges(chosen->resource, late);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::EditConflict);
    REQUIRE(gone.error().conflict);
    CHECK(gone.error().conflict->deleted);
}

TEST_CASE("Server store: the version and change number are the server's, whoever writes, and audit and tombstones record who", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto alice = openAs(data, data.alice);
    PgConnection &raw = alice->connection();
    // A write by another program (plain SQL, as QGIS would) also raises the version.
    auto before = raw.exec("SELECT version, change_seq, uuid FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)});
    REQUIRE(before);
    auto updated = raw.exec("UPDATE careatlas.resources SET fax = '076-999-9999', version = 1 WHERE id = $1", {PgParam::number(data.northId)});
    REQUIRE(updated);
    CHECK(updated->affectedRows() == 1);
    auto after = raw.exec("SELECT version, change_seq, uuid, updated_by FROM careatlas.resources WHERE id = $1", {PgParam::number(data.northId)});
    REQUIRE(after);
    CHECK(after->number(0, 0) == before->number(0, 0) + 1);
    CHECK(after->number(0, 1) > before->number(0, 1));
    CHECK(after->text(0, 2) == before->text(0, 2));
    CHECK(after->text(0, 3) == data.alice);

    auto audit = raw.exec("SELECT action, changed_by, old_row->>'fax', new_row->>'fax' FROM careatlas.audit "
                          "WHERE row_uuid = $1::uuid ORDER BY id DESC LIMIT 1", {PgParam::text(before->text(0, 2))});
    REQUIRE(audit);
    REQUIRE(audit->rows() == 1);
    CHECK(audit->text(0, 0) == QStringLiteral("update"));
    CHECK(audit->text(0, 1) == data.alice);
    CHECK(audit->isNull(0, 2));
    CHECK(audit->text(0, 3) == QStringLiteral("076-999-9999"));

    REQUIRE(alice->deleteResource(data.northId));
    auto tombstone = raw.exec("SELECT table_name, row_id, deleted_by, change_seq > $2 FROM careatlas.tombstones WHERE uuid = $1::uuid",
                              {PgParam::text(before->text(0, 2)), PgParam::number(after->number(0, 1))});
    REQUIRE(tombstone);
    REQUIRE(tombstone->rows() == 1);
    CHECK(tombstone->text(0, 0) == QStringLiteral("resources"));
    CHECK(tombstone->number(0, 1) == data.northId);
    CHECK(tombstone->text(0, 2) == data.alice);
    CHECK(tombstone->text(0, 3) == QStringLiteral("t"));
}

TEST_CASE("Server store: a centre cannot write a resource in another centre's area", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto carol = openAs(data, data.carol);   // the south centre
    auto read = carol->resource(data.northId);   // everyone reads everything
    REQUIRE(read);

    Resource edit = *read;
    edit.phone = QStringLiteral("076-444-4444");
    auto refused = carol->saveResourceChanges(*read, edit);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::OtherCentreArea);
    CHECK(errorCodeName(refused.error().code) == QStringLiteral("other_centre_area"));
    CHECK_FALSE(carol->deleteResource(data.northId));
    CHECK(carol->deleteResource(data.northId).error().code == ErrorCode::OtherCentreArea);

    // Her own resource she may change, but not move into the north.
    auto own = carol->resource(data.southId);
    REQUIRE(own);
    Resource moved = *own;
    moved.latitude = 36.65;
    auto moveRefused = carol->saveResourceChanges(*own, moved);
    REQUIRE_FALSE(moveRefused);
    CHECK(moveRefused.error().code == ErrorCode::OtherCentreArea);
    Resource renamed = *own;
    renamed.name = QStringLiteral("南の相談所（分室）");
    REQUIRE(carol->saveResourceChanges(*own, renamed));
    CHECK_FALSE(carol->insertResource(placedResource(QStringLiteral("北の新しい相談所"), 36.66, 136.66)));
    auto added = carol->insertResource(placedResource(QStringLiteral("南の新しい相談所"), 36.56, 136.66));
    REQUIRE(added);

    // The server itself refuses, not only CareAtlas: plain SQL by the south centre changes no
    // row of the north, and cannot add one there.
    PgConnection &raw = carol->connection();
    auto sneaky = raw.exec("UPDATE careatlas.resources SET phone = 'x' WHERE id = $1", {PgParam::number(data.northId)});
    REQUIRE(sneaky);
    CHECK(sneaky->affectedRows() == 0);
    auto sneakyInsert = raw.exec("INSERT INTO careatlas.resources (category, name, geom) "
                                 "VALUES ('home_care_liaison', 'x', ST_SetSRID(ST_MakePoint(136.65, 36.65), 6668))");
    REQUIRE_FALSE(sneakyInsert);
    CHECK(sneakyInsert.error().code == ErrorCode::ServerRefused);
    auto north = carol->resource(data.northId);
    REQUIRE(north);
    CHECK(north->phone == read->phone);
    CHECK(north->version == read->version);

    // A reader may not write at all.
    auto dave = openAs(data, data.dave);
    auto daveRead = dave->resource(data.southId);
    REQUIRE(daveRead);
    Resource daveEdit = *daveRead;
    daveEdit.notes = QStringLiteral("x");
    auto daveRefused = dave->saveResourceChanges(*daveRead, daveEdit);
    REQUIRE_FALSE(daveRefused);
    CHECK(daveRefused.error().code == ErrorCode::ServerRefused);
}

TEST_CASE("Server store: a change reaches a second connection as a notification", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto listener = PgConnection::connect(data.database.connectionString(data.dave));
    REQUIRE(listener);
    REQUIRE((*listener)->execScript("LISTEN careatlas_changes"));
    auto alice = openAs(data, data.alice);
    auto read = alice->resource(data.northId);
    REQUIRE(read);
    Resource edit = *read;
    edit.vacancies = 2;
    REQUIRE(alice->saveResourceChanges(*read, edit));

    auto received = (*listener)->waitForNotifications(10000);
    REQUIRE(received);
    REQUIRE(received->size() == 1);
    CHECK(received->constFirst().channel == QStringLiteral("careatlas_changes"));
    const QJsonObject payload = QJsonDocument::fromJson(received->constFirst().payload.toUtf8()).object();
    CHECK(payload.value(QStringLiteral("table")).toString() == QStringLiteral("resources"));
    CHECK(payload.value(QStringLiteral("action")).toString() == QStringLiteral("update"));
    CHECK(payload.value(QStringLiteral("id")).toInteger() == data.northId);
    CHECK(payload.value(QStringLiteral("change_seq")).toInteger() > 0);
}
