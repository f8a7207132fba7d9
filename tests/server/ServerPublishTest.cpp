// careatlas-cli publish: the demo store on a real server, counted on both sides by routes that
// share no code with the publisher (sqlite3 on the GeoPackage, SQL on the server).
#include "ServerTestSupport.h"
#include "TestData.h"

#include "core/server/ServerSchema.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(binaryDir() + QStringLiteral("/app/careatlas-cli"), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Rows of one SQL query on the GeoPackage as "col1|col2" strings.
QStringList sqliteRows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QStringList rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
        rows << columns.join(QLatin1Char('|'));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QStringList serverRows(PgConnection &connection, const QByteArray &sql)
{
    auto result = connection.exec(sql);
    REQUIRE(result);
    QStringList rows;
    for (int row = 0; row < result->rows(); ++row) {
        QStringList columns;
        for (int column = 0; column < result->columns(); ++column)
            columns << result->text(row, column);
        rows << columns.join(QLatin1Char('|'));
    }
    return rows;
}

// Counts of a GeoPackage store through sqlite3: resources, per category, placed, areas per
// level (levels with areas), assignments per level.
QStringList storeCounts(const QString &path)
{
    QStringList counts;
    counts << QStringLiteral("resources|") + sqliteRows(path, "SELECT count(*) FROM resources").constFirst();
    counts << sqliteRows(path, "SELECT category, count(*) FROM resources GROUP BY category ORDER BY category");
    counts << QStringLiteral("placed|") + sqliteRows(path, "SELECT count(*) FROM resources WHERE geom IS NOT NULL").constFirst();
    for (const QString &level : sqliteRows(path, "SELECT code, table_name FROM ca_area_levels ORDER BY code")) {
        const QStringList parts = level.split(QLatin1Char('|'));
        const QString count = sqliteRows(path, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(parts[1]).toUtf8().constData()).constFirst();
        if (count != QLatin1String("0"))
            counts << QStringLiteral("areas|") + parts[0] + QLatin1Char('|') + count;
    }
    counts << sqliteRows(path, "SELECT 'assigned', level_code, count(*) FROM ca_resource_areas GROUP BY level_code ORDER BY level_code");
    return counts;
}

} // namespace

TEST_CASE("careatlas-cli publish uploads the demo store to a server, and a second run is refused and changes nothing", "[server]")
{
    if (!serverAvailable())
        return;
    TestDatabase database;
    const QString demo = binaryDir() + QStringLiteral("/data/demo.gpkg");
    REQUIRE(QFileInfo::exists(demo));

    const Run run = runCli({QStringLiteral("publish"), demo, database.connectionString(), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    CHECK(report.value(QStringLiteral("schema_created")).toBool());

    // The GeoPackage, read with sqlite3.
    const QStringList resources = sqliteRows(demo, "SELECT count(*) FROM resources");
    const QStringList byCategory = sqliteRows(demo, "SELECT category, count(*) FROM resources GROUP BY category ORDER BY category");
    const QStringList placed = sqliteRows(demo, "SELECT count(*) FROM resources WHERE geom IS NOT NULL");
    const QStringList levels = sqliteRows(demo, "SELECT code, table_name FROM ca_area_levels ORDER BY code");
    QStringList areasPerLevel;
    for (const QString &level : levels) {
        const QStringList parts = level.split(QLatin1Char('|'));
        const QStringList count = sqliteRows(demo, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(parts[1]).toUtf8().constData());
        if (count.constFirst() != QLatin1String("0"))
            areasPerLevel << parts[0] + QLatin1Char('|') + count.constFirst();
    }
    const QStringList assignments = sqliteRows(demo, "SELECT level_code, count(*) FROM ca_resource_areas GROUP BY level_code ORDER BY level_code");
    REQUIRE(resources.constFirst().toInt() > 100);
    REQUIRE(areasPerLevel.size() >= 2);

    // The server, read with SQL.
    PgConnection &server = database.admin();
    CHECK(serverRows(server, "SELECT count(*) FROM careatlas.resources") == resources);
    CHECK(serverRows(server, "SELECT category, count(*) FROM careatlas.resources GROUP BY category ORDER BY category COLLATE \"C\"") == byCategory);
    CHECK(serverRows(server, "SELECT count(*) FROM careatlas.resources WHERE geom IS NOT NULL") == placed);
    CHECK(serverRows(server, "SELECT level_code, count(*) FROM careatlas.areas GROUP BY level_code ORDER BY level_code COLLATE \"C\"") == areasPerLevel);
    CHECK(serverRows(server, "SELECT level_code, count(*) FROM careatlas.resource_areas GROUP BY level_code ORDER BY level_code COLLATE \"C\"") == assignments);
    CHECK(report.value(QStringLiteral("resources")).toInteger() == resources.constFirst().toLongLong());
    // Every row has its own identity, version 1 and a change number; outlines are valid.
    CHECK(serverRows(server, "SELECT count(DISTINCT uuid) = count(*), bool_and(version = 1), count(DISTINCT change_seq) = count(*) "
                             "FROM careatlas.resources") == QStringList{QStringLiteral("t|t|t")});
    CHECK(serverRows(server, "SELECT bool_and(ST_SRID(geom) = 6668) FROM careatlas.areas") == QStringList{QStringLiteral("t")});
    // Each resource's stored area assignment agrees with the outlines on the server for most
    // resources (the border rule of geo/ may differ on a shared edge).
    const QStringList agree = serverRows(server,
        "SELECT count(*) FILTER (WHERE ST_Intersects(a.geom, r.geom)), count(*) FROM careatlas.resource_areas ra "
        "JOIN careatlas.resources r ON r.id = ra.resource_id JOIN careatlas.areas a ON a.level_code = ra.level_code AND a.code = ra.area_code");
    const QStringList agreeParts = agree.constFirst().split(QLatin1Char('|'));
    CHECK(agreeParts[0].toDouble() >= 0.99 * agreeParts[1].toDouble());

    // A second publish into the same database is refused; nothing doubles.
    const Run again = runCli({QStringLiteral("publish"), demo, database.connectionString(), QStringLiteral("--json")});
    CHECK(again.exitCode == 1);
    CHECK(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("server_has_data"));
    CHECK(serverRows(server, "SELECT count(*) FROM careatlas.resources") == resources);
    // The schema alone can be brought up to date any time.
    CHECK(runCli({QStringLiteral("publish"), demo, database.connectionString(), QStringLiteral("--schema-only")}).exitCode == 0);
}

TEST_CASE("careatlas-cli replica copies a server store into a new GeoPackage that holds what the server holds", "[server]")
{
    if (!serverAvailable())
        return;
    TestDatabase database;
    const QString demo = binaryDir() + QStringLiteral("/data/demo.gpkg");
    REQUIRE(runCli({QStringLiteral("publish"), demo, database.connectionString()}).exitCode == 0);
    // A planner who may only read makes the copy.
    const QString reader = database.createLogin(QStringLiteral("planner"), ServerRoles::forDatabase(database.name()).read);
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("city.gpkg"));
    const Run run = runCli({QStringLiteral("replica"), database.connectionString(reader), QStringLiteral("--out"), copy, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(storeCounts(copy) == storeCounts(demo));
    const QStringList names = sqliteRows(demo, "SELECT name || '|' || coalesce(phone, '') FROM resources ORDER BY 1");
    CHECK(sqliteRows(copy, "SELECT name || '|' || coalesce(phone, '') FROM resources ORDER BY 1") == names);
    CHECK(sqliteRows(copy, "SELECT value FROM ca_meta WHERE key = 'replica_change_seq'").constFirst().toLongLong()
          == QJsonDocument::fromJson(run.out).object().value(QStringLiteral("change_seq")).toInteger());
    CHECK(sqliteRows(copy, "PRAGMA integrity_check") == QStringList{QStringLiteral("ok")});
    // The copy opens as a store for the other commands.
    CHECK(runCli({QStringLiteral("query"), copy, QStringLiteral("--format"), QStringLiteral("json")}).exitCode == 0);
    // An existing file is never overwritten, and nothing is left beside it.
    const Run again = runCli({QStringLiteral("replica"), database.connectionString(reader), QStringLiteral("--out"), copy});
    CHECK(again.exitCode == 1);
    CHECK(QDir(folder.path()).entryList({QStringLiteral(".careatlas-*")}, QDir::Files | QDir::Hidden).isEmpty());
}
