// A sync's batch written in a few statements (ServerStore::lockResources / write, used by
// ServerSync's push): many edits of different field sets, awkward text, moves, vacancy
// figures, deletions and a refused edit in one batch — each row on the server exactly as the
// copy had it, one version step and one audit row per change, the refusal counted and kept.
// Runs against a real PostgreSQL + PostGIS (ServerTestSupport.h).
#include "ServerFixture.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerStore.h"
#include "core/server/ServerSync.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

using namespace careatlas;
using namespace careatlas::test;

namespace {

PgResult serverRows(TwoCentres &data, const QByteArray &sql, const PgParams &params = {})
{
    auto rows = data.database.admin().exec(sql, params);
    REQUIRE(rows);
    return *rows;
}

// Alice's offline copy, opened.
std::unique_ptr<Store> aliceCopy(TwoCentres &data, const QString &name)
{
    auto server = openAs(data, data.alice);
    const QString path = data.folder.filePath(name);
    REQUIRE(writeReplica(*server, data.database.connectionString(data.alice), path));
    auto opened = Store::open(path);
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace

TEST_CASE("Sync batch: many edits of different fields in one batch reach the server exactly, once each", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    // Twelve more resources in the north (Alice's centre), published by the owner.
    for (int i = 0; i < 12; ++i) {
        auto added = data.database.admin().exec(
            "INSERT INTO careatlas.resources (geom, category, name) VALUES (ST_SetSRID(ST_MakePoint($1::float8, 36.65), 6668), 'home_care_liaison', $2)",
            {PgParam::real(136.61 + i * 0.005), PgParam::text(QStringLiteral("北%1").arg(i))});
        REQUIRE(added);
    }
    auto opened = aliceCopy(data, QStringLiteral("batch.gpkg"));
    Store &copy = *opened;

    // Text a PostgreSQL array literal must quote: quotes, backslashes, braces, commas, the
    // word NULL, spaces; and empty and missing values.
    const QStringList awkward{QStringLiteral("say \"hi\""), QStringLiteral("C:\\care\\"), QStringLiteral("{a,b}"),
                              QStringLiteral("NULL"), QStringLiteral(" 前後に空白 "), QStringLiteral("改行\nあり")};
    QHash<QString, Resource> expected;   // by name: the row the server must hold
    for (int i = 0; i < 12; ++i) {
        const QString name = QStringLiteral("北%1").arg(i);
        auto rows = copy.resourcesWhere("name = ?", {name});
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        const Resource row = rows->constFirst();
        Resource edited = row;
        switch (i % 4) {
        case 0: edited.notes = awkward[i / 4 % awkward.size()]; break;                          // notes only
        case 1: edited.phone = QStringLiteral("076-%1").arg(i); edited.notes = awkward[(i + 3) % awkward.size()]; break;
        case 2: edited.latitude = 36.62; edited.capacity = i; break;                           // moved within the north
        case 3: edited.vacancies = i; edited.vacanciesDate = QDate(2026, 12, i); edited.website = QString(); break;
        }
        REQUIRE(copy.saveResourceChanges(row, edited));
        expected.insert(name, edited);
    }
    // A deletion, and an edit of the south centre's resource (Carol's area: refused).
    auto gone = copy.resourcesWhere("name = ?", {QStringLiteral("北の相談所")});
    REQUIRE(gone);
    REQUIRE(copy.deleteResource(gone->constFirst().id));
    auto south = copy.resourcesWhere("name = ?", {QStringLiteral("南の相談所")});
    REQUIRE(south);
    Resource southEdit = south->constFirst();
    southEdit.notes = QStringLiteral("北から");
    REQUIRE(copy.saveResourceChanges(south->constFirst(), southEdit));

    const qint64 auditBefore = serverRows(data, "SELECT count(*) FROM careatlas.audit").number(0, 0);
    auto report = syncOfflineCopy(copy);
    REQUIRE(report);
    CHECK(report->pushed == 12);
    CHECK(report->pushedDeleted == 1);
    CHECK(report->refused == 1);
    CHECK(report->conflicts == 0);
    CHECK(report->batches == 1);

    // The server's rows, read with plain SQL.
    const PgResult rows = serverRows(data, "SELECT name, notes, phone, ST_Y(geom), capacity, vacancies, vacancies_date::text, website, version "
                                           "FROM careatlas.resources WHERE name LIKE '北%' AND name <> '北の相談所' ORDER BY name");
    REQUIRE(rows.rows() == 12);
    for (int row = 0; row < rows.rows(); ++row) {
        const Resource &want = expected.value(rows.text(row, 0));
        INFO(rows.text(row, 0).toStdString());
        CHECK(rows.text(row, 1) == want.notes);
        CHECK(rows.text(row, 2) == want.phone);
        CHECK(*rows.real(row, 3) == Approx(*want.latitude));
        CHECK((rows.isNull(row, 4) ? std::optional<int>() : std::optional<int>(int(rows.number(row, 4)))) == want.capacity);
        CHECK((rows.isNull(row, 5) ? std::optional<int>() : std::optional<int>(int(rows.number(row, 5)))) == want.vacancies);
        CHECK(rows.text(row, 6) == (want.vacanciesDate.isValid() ? want.vacanciesDate.toString(Qt::ISODate) : QString()));
        CHECK(rows.text(row, 7) == want.website);
        CHECK(rows.number(row, 8) == 2);   // one version step
    }
    CHECK(serverRows(data, "SELECT count(*) FROM careatlas.resources WHERE name = '北の相談所'").number(0, 0) == 0);
    CHECK(serverRows(data, "SELECT (notes IS DISTINCT FROM '北から')::text FROM careatlas.resources WHERE name = '南の相談所'").text(0, 0) == QStringLiteral("true"));
    // One audit row per change: 12 updates and 1 deletion.
    CHECK(serverRows(data, "SELECT count(*) FROM careatlas.audit").number(0, 0) - auditBefore == 13);

    // The copy holds the server's rows now; only the refused edit still waits.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto local = copy.resourcesWhere("name = ?", {it.key()});
        REQUIRE(local);
        REQUIRE(local->size() == 1);
        CHECK(local->constFirst().notes == it->notes);
        CHECK(local->constFirst().phone == it->phone);
    }
    auto pending = syncPending(copy);
    REQUIRE(pending);
    CHECK(pending->edits == 1);
}

TEST_CASE("Sync: areas added, renamed, reshaped and deleted on the server are pulled, with the copy's outlines, names and assignments in step", "[server][sync]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    auto opened = aliceCopy(data, QStringLiteral("areas.gpkg"));
    Store &copy = *opened;
    const QString level = QStringLiteral("welfare_area");
    auto areaOf = [&](const QString &name) {
        auto rows = copy.resourcesWhere("name = ?", {name});
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        const qint64 id = rows->constFirst().id;
        auto pairs = copy.resourceAreas(level);
        REQUIRE(pairs);
        for (const auto &[resource, code] : *pairs) {
            if (resource == id)
                return code;
        }
        return QString();
    };

    // On the server (plain SQL, as its administrator): N renamed and stretched south over the
    // south resource's point, a new area E to the east.
    PgConnection &admin = data.database.admin();
    REQUIRE(admin.exec("UPDATE careatlas.areas SET name = '北(新)', geom = ST_Multi(ST_MakeEnvelope(136.6, 36.54, 136.7, 36.7, 6668)) "
                       "WHERE level_code = 'welfare_area' AND code = 'N'"));
    REQUIRE(admin.exec("INSERT INTO careatlas.areas (level_code, code, name, geom) "
                       "VALUES ('welfare_area', 'E', '東', ST_Multi(ST_MakeEnvelope(136.7, 36.5, 136.8, 36.7, 6668)))"));
    auto report = syncOfflineCopy(copy);
    REQUIRE(report);
    CHECK(report->pulledAreaLevels == 1);

    auto names = copy.areaNames(level);
    REQUIRE(names);
    QStringList shown;
    for (const AreaRecord &area : *names)
        shown << area.code + QLatin1Char('=') + area.name;
    CHECK(shown == QStringList{QStringLiteral("E=東"), QStringLiteral("N=北(新)"), QStringLiteral("S=南")});
    // The layer's R*Tree finds E at a point inside it, and N's new extent.
    auto around = copy.areasAround(level, 136.75, 36.6);
    REQUIRE(around);
    REQUIRE(around->size() == 1);
    CHECK(around->constFirst().code == QStringLiteral("E"));
    around = copy.areasAround(level, 136.65, 36.545);
    REQUIRE(around);
    CHECK(around->size() == 2);   // N (stretched) and S
    // The south resource's point is in N and S now: the lowest code, N.
    CHECK(areaOf(QStringLiteral("南の相談所")) == QStringLiteral("N"));
    CHECK(areaOf(QStringLiteral("北の相談所")) == QStringLiteral("N"));
    // The outlines the map draws are there for E; the name index answers.
    sqlite3 *db = copy.handle();
    {
        SqliteStatement outlines(db, "SELECT count(*) FROM ca_area_outlines o JOIN ca_area_levels l ON l.code = o.level_code "
                                     "WHERE o.level_code = 'welfare_area'");
        REQUIRE(outlines.next());
        CHECK(outlines.int64(0) == 3);
        SqliteStatement check(db, "PRAGMA integrity_check");
        REQUIRE(check.next());
        CHECK(check.text(0) == QStringLiteral("ok"));
    }

    // E deleted on the server: gone from the copy; nothing else changed meanwhile: no level pulled.
    REQUIRE(admin.exec("DELETE FROM careatlas.areas WHERE level_code = 'welfare_area' AND code = 'E'"));
    report = syncOfflineCopy(copy);
    REQUIRE(report);
    CHECK(report->pulledAreaLevels == 1);
    names = copy.areaNames(level);
    REQUIRE(names);
    CHECK(names->size() == 2);
    CHECK(copy.areasAround(level, 136.75, 36.6)->isEmpty());
    report = syncOfflineCopy(copy);
    REQUIRE(report);
    CHECK(report->pulledAreaLevels == 0);
}
