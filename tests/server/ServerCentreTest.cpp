// careatlas-cli centre: a centre's role, areas and staff defined without SQL (docs/team.md),
// and sync from the command line. Runs against a real PostgreSQL + PostGIS (ServerTestSupport.h).
#include "ServerFixture.h"

#include "TestData.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerStore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace careatlas;
using namespace careatlas::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(binaryDir() + QStringLiteral("/app/careatlas-cli"), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString adminText(TwoCentres &data, const QByteArray &sql, const PgParams &params = {})
{
    auto rows = data.database.admin().exec(sql, params);
    REQUIRE(rows);
    REQUIRE(rows->rows() == 1);
    return rows->text(0, 0);
}

} // namespace

TEST_CASE("careatlas-cli centre defines a centre's role, areas and members; the member then writes there", "[server]")
{
    if (!serverAvailable())
        return;
    TwoCentres data;
    const QString server = data.database.connectionString();
    const QString erin = data.database.name() + QStringLiteral("_erin");
    const QString frank = data.database.name() + QStringLiteral("_frank");
    for (const QString &login : {erin, frank}) {
        QString sql = QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login);
        if (const QByteArray password = qgetenv("PGPASSWORD"); !password.isEmpty())
            sql += QStringLiteral(" PASSWORD '%1'").arg(QString::fromUtf8(password));
        REQUIRE(data.database.admin().execScript(sql.toUtf8()));
    }
    const ServerRoles roles = ServerRoles::forDatabase(data.database.name());

    const CliRun made = cli({QStringLiteral("centre"), server, QStringLiteral("east"), QStringLiteral("--area"), QStringLiteral("welfare_area:N"),
                             QStringLiteral("--area"), QStringLiteral("welfare_area:S"), QStringLiteral("--member"), erin,
                             QStringLiteral("--reader"), frank, QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(made.out).object();
    CHECK(json.value(QStringLiteral("role")).toString() == roles.centre(QStringLiteral("east")));
    CHECK(adminText(data, "SELECT string_agg(level_code || ':' || area_code, ',' ORDER BY area_code) FROM careatlas.centre_areas WHERE centre_role = $1",
                    {PgParam::text(roles.centre(QStringLiteral("east")))})
          == QStringLiteral("welfare_area:N,welfare_area:S"));
    CHECK(adminText(data, "SELECT pg_has_role($1, $2, 'MEMBER')", {PgParam::text(erin), PgParam::text(roles.centre(QStringLiteral("east")))})
          == QStringLiteral("t"));
    CHECK(adminText(data, "SELECT pg_has_role($1, $2, 'MEMBER')", {PgParam::text(frank), PgParam::text(roles.read)}) == QStringLiteral("t"));
    CHECK(adminText(data, "SELECT pg_has_role($1, $2, 'MEMBER')", {PgParam::text(frank), PgParam::text(roles.write)}) == QStringLiteral("f"));

    // Erin writes in both areas now; Frank reads only.
    auto asErin = ServerStore::open(data.database.connectionString(erin));
    REQUIRE(asErin);
    CHECK((*asErin)->insertResource(placedResource(QStringLiteral("東の相談所"), 36.55, 136.62)));
    auto asFrank = ServerStore::open(data.database.connectionString(frank));
    REQUIRE(asFrank);
    auto refused = (*asFrank)->insertResource(placedResource(QStringLiteral("読むだけ"), 36.55, 136.62));
    REQUIRE_FALSE(refused);

    // Again with one area: the areas are replaced. An unknown area changes nothing.
    REQUIRE(cli({QStringLiteral("centre"), server, QStringLiteral("east"), QStringLiteral("--area"), QStringLiteral("welfare_area:N")}).exitCode == 0);
    CHECK(adminText(data, "SELECT count(*) FROM careatlas.centre_areas WHERE centre_role = $1", {PgParam::text(roles.centre(QStringLiteral("east")))})
          == QStringLiteral("1"));
    const CliRun unknown = cli({QStringLiteral("centre"), server, QStringLiteral("east"), QStringLiteral("--area"), QStringLiteral("welfare_area:ZZ")});
    CHECK(unknown.exitCode == 1);
    CHECK(adminText(data, "SELECT count(*) FROM careatlas.centre_areas WHERE centre_role = $1", {PgParam::text(roles.centre(QStringLiteral("east")))})
          == QStringLiteral("1"));

    // Nobody is made a member through the owner, and the owner cannot sign in.
    CHECK(cli({QStringLiteral("centre"), server, QStringLiteral("--reader"), roles.owner}).exitCode == 1);
    CHECK(cli({QStringLiteral("centre"), server, QStringLiteral("west"), QStringLiteral("--area"), QStringLiteral("welfare_area:S"),
               QStringLiteral("--member"), QStringLiteral("nobody_here")}).exitCode == 1);
    CHECK(adminText(data, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {PgParam::text(roles.centre(QStringLiteral("west")))}) == QStringLiteral("0"));
    CHECK(adminText(data, "SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", {PgParam::text(roles.owner)}) == QStringLiteral("f"));
    // Usage errors: no area, a bad area.
    CHECK(cli({QStringLiteral("centre"), server, QStringLiteral("west")}).exitCode == 2);
    CHECK(cli({QStringLiteral("centre"), server, QStringLiteral("west"), QStringLiteral("--area"), QStringLiteral("S")}).exitCode == 2);
}
