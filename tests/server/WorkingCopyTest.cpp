// A server store opened by the CLI (docs/team.md, "Opening a server store"): query, stats,
// export and render on postgresql://… run on the server's working copy and print exactly what
// they print on the published GeoPackage; a server change reaches the next command; edits the
// server refuses are undone in the copy, never kept as if saved.
#include "ServerFixture.h"
#include "ServerTestSupport.h"
#include "TestData.h"

#include "core/server/ServerStore.h"
#include "core/server/ServerSync.h"
#include "core/server/WorkingCopy.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// careatlas-cli with its cache folder (where working copies go) in `cache`.
Run cli(const QStringList &arguments, const QString &cache)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    process.setProcessEnvironment(environment);
    process.start(binaryDir() + QStringLiteral("/app/careatlas-cli"), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

TEST_CASE("careatlas-cli query and stats on postgresql:// print what they print on the published GeoPackage", "[server]")
{
    if (!serverAvailable())
        return;
    TestDatabase database;
    QTemporaryDir cache;
    REQUIRE(cache.isValid());
    const QString demo = binaryDir() + QStringLiteral("/data/demo.gpkg");
    REQUIRE(QFileInfo::exists(demo));
    REQUIRE(cli({QStringLiteral("publish"), demo, database.connectionString()}, cache.path()).exitCode == 0);
    const QString server = database.connectionString();

    const QList<QStringList> commands = {
        {QStringLiteral("query"), QStringLiteral("STORE")},
        {QStringLiteral("query"), QStringLiteral("STORE"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--category"),
         QStringLiteral("home_care_liaison")},
        {QStringLiteral("query"), QStringLiteral("STORE"), QStringLiteral("--near"), QStringLiteral("36.56,136.65"), QStringLiteral("--radius-km"),
         QStringLiteral("3")},
        {QStringLiteral("stats"), QStringLiteral("STORE"), QStringLiteral("--level"), QStringLiteral("welfare_area")},
        {QStringLiteral("stats"), QStringLiteral("STORE"), QStringLiteral("--level"), QStringLiteral("school_district"), QStringLiteral("--matrix"),
         QStringLiteral("--format"), QStringLiteral("json")},
    };
    // Twice: the first run makes the working copy, the second brings it up to date.
    for (int round = 0; round < 2; ++round) {
        for (QStringList command : commands) {
            INFO(command.join(QLatin1Char(' ')).toStdString() << " round " << round);
            QStringList onFile = command;
            onFile.replace(1, demo);
            command.replace(1, server);
            const Run expected = cli(onFile, cache.path());
            const Run got = cli(command, cache.path());
            REQUIRE(expected.exitCode == 0);
            INFO(got.err.toStdString());
            CHECK(got.exitCode == 0);
            CHECK(got.out == expected.out);
            CHECK(got.out.size() > 100);
        }
    }
    // Other words for the same server and sign-in find the same copy.
    const Run otherWords = cli({QStringLiteral("query"), server + QStringLiteral(" sslmode=prefer application_name=careatlas_test")}, cache.path());
    REQUIRE(otherWords.exitCode == 0);
    CHECK(otherWords.out == cli({QStringLiteral("query"), demo}, cache.path()).out);
    // One copy, in the cache folder, without the password anywhere in its name.
    const QStringList copies = QDir(cache.filePath(QStringLiteral("careatlas/servers"))).entryList({QStringLiteral("*.gpkg")});
    REQUIRE(copies.size() == 1);
    const QByteArray password = qgetenv("PGPASSWORD");
    if (!password.isEmpty())
        CHECK_FALSE(copies.constFirst().contains(QString::fromUtf8(password)));

    // A change on the server is in the next command's output.
    {
        auto store = ServerStore::open(server);
        REQUIRE(store);
        auto first = (*store)->resource(1);
        REQUIRE(first);
        Resource edited = *first;
        edited.name = QStringLiteral("サーバーで改名した事業所");
        REQUIRE((*store)->saveResourceChanges(*first, edited));
    }
    const Run after = cli({QStringLiteral("query"), server, QStringLiteral("--format"), QStringLiteral("json")}, cache.path());
    REQUIRE(after.exitCode == 0);
    CHECK(QString::fromUtf8(after.out).contains(QStringLiteral("サーバーで改名した事業所")));
    CHECK(after.err.contains(copies.constFirst().toUtf8()));

    // A server that cannot be reached is an error that names it, not an empty result.
    const Run unreachable = cli({QStringLiteral("query"), QStringLiteral("postgresql://127.0.0.1:1/nothing")}, cache.path());
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.out.isEmpty());
    CHECK(unreachable.err.contains("127.0.0.1:1"));
}

TEST_CASE("A working copy's edits that the server refuses are undone in the copy", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    QTemporaryDir cache;
    REQUIRE(cache.isValid());
    const QString asCarol = data.database.connectionString(data.carol);   // south centre
    auto made = openWorkingCopy(asCarol, cache.path());
    REQUIRE(made);
    CHECK(made->created);
    CHECK(made->signIn == data.carol);
    CHECK(QFileInfo(made->path).absolutePath() == QDir(cache.path()).absolutePath());
    auto again = openWorkingCopy(asCarol, cache.path());
    REQUIRE(again);
    CHECK_FALSE(again->created);
    CHECK(again->path == made->path);

    auto copy = Store::open(made->path);
    REQUIRE(copy);
    // Carol renames the north resource (not hers) and her own south one, and adds one in the north.
    auto north = (*copy)->resource(data.northId);
    auto south = (*copy)->resource(data.southId);
    REQUIRE(north);
    REQUIRE(south);
    Resource northEdited = *north;
    northEdited.name = QStringLiteral("南から書き換え");
    REQUIRE((*copy)->saveResourceChanges(*north, northEdited));
    Resource southEdited = *south;
    southEdited.name = QStringLiteral("南の相談所(改)");
    REQUIRE((*copy)->saveResourceChanges(*south, southEdited));
    auto added = (*copy)->insertResource(placedResource(QStringLiteral("北に追加"), 36.66, 136.66));
    REQUIRE(added);

    auto report = syncOfflineCopy(**copy, asCarol);
    REQUIRE(report);
    CHECK(report->pushed == 1);
    CHECK(report->refused == 2);
    auto undone = undoRefusedEdits(**copy, asCarol);
    INFO((undone ? QString() : undone.error().detail + QLatin1Char(' ') + QString::number(int(undone.error().code))).toStdString());
    REQUIRE(undone);
    CHECK(undone->size() == 2);

    // The copy holds the server's rows again for the refused two; her own edit stays (sent).
    CHECK((*copy)->resource(data.northId)->name == QStringLiteral("北の相談所"));
    CHECK((*copy)->resource(data.southId)->name == QStringLiteral("南の相談所(改)"));
    CHECK_FALSE((*copy)->resource(*added));
    auto pending = syncPending(**copy);
    REQUIRE(pending);
    CHECK(pending->edits == 0);
    // And the server has what it accepted only.
    auto asServer = openAs(data, data.alice);
    CHECK(asServer->resource(data.northId)->name == QStringLiteral("北の相談所"));
    CHECK(asServer->resource(data.southId)->name == QStringLiteral("南の相談所(改)"));
    CHECK(*asServer->resourceCount() == 2);
}
