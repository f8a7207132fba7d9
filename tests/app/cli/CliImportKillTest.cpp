// kill -9 at random moments of `careatlas-cli import` (the shared loop of KillTestSupport, as
// every other writing command in CliKillTest.cpp): all of a large import or none of it.
#include "CliRunner.h"
#include "KillTestSupport.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::test;

TEST_CASE("kill -9 during import: all of a large import or none of it, and the next import indexes its rows", "[app][cli][import][faults][kill]")
{
    const QString cli = QStringLiteral("app/careatlas-cli");
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.gpkg"));
    REQUIRE(runBuiltProgram(cli, {QStringLiteral("init"), empty}).exitCode == 0);
    // Large enough that a kill finds it converting (first pass) or writing (second pass; the
    // R*Tree trigger is dropped for the load and the tree is built afterwards).
    constexpr qint64 Rows = 200000;
    const KanazawaCsv csv = writeKanazawaCsv(dir.filePath(QStringLiteral("large.csv")), int(Rows));
    const QString store = dir.filePath(QStringLiteral("store.gpkg"));
    killAtRandomMoments(
        {{QStringLiteral("import"), store, csv.path},
         [&] {
             for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                 QFile::remove(store + suffix);
             REQUIRE(QFile::copy(empty, store));
             QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
         },
         [&](bool completed) {
             CHECK(storeProblems(store).isEmpty());
             // All or nothing: killed before its commit the store holds none of it; killed after
             // (while it printed its report) all of it, with its import history.
             const qint64 count = sqlNumber(store, "SELECT count(*) FROM resources");
             CHECK((count == 0 || count == Rows));
             if (completed)
                 CHECK(count == Rows);
             CHECK((sqlNumber(store, "SELECT count(*) FROM ca_import_history") == 0) == (count == 0));
             // The spatial index's trigger, dropped during the load, is back, and the tree
             // holds every placed row.
             CHECK(sqlNumber(store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_resources_geom_insert'") == 1);
             CHECK(sqlNumber(store, "SELECT count(*) FROM rtree_resources_geom") == (count == 0 ? 0 : Rows - csv.unplaced));
         },
         {}},
        3);
}
