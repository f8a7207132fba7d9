#include "ServerTestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <atomic>

namespace careatlas::test {

bool serverAvailable()
{
    auto connection = PgConnection::connect(QString());
    QString problem;
    if (!connection) {
        problem = QStringLiteral("no PostgreSQL server reachable (%1)").arg(connection.error().detail);
    } else {
        auto rights = (*connection)->exec("SELECT rolsuper, EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') "
                                          "FROM pg_roles WHERE rolname = current_user");
        if (!rights || rights->rows() != 1)
            problem = QStringLiteral("the server could not be asked for rights");
        else if (rights->text(0, 0) != QLatin1String("t"))
            problem = QStringLiteral("the sign-in %1 is not a superuser").arg((*connection)->userName());
        else if (rights->text(0, 1) != QLatin1String("t"))
            problem = QStringLiteral("PostGIS is not installed on the server");
    }
    if (problem.isEmpty())
        return true;
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL(problem.toStdString() << "; scripts/test.sh runs the server tests in a throw-away cluster (pg_virtualenv)");
    WARN(problem.toStdString() << " (server test skipped; scripts/test.sh runs them in a throw-away cluster, "
                                  "or run `pg_virtualenv -t build/tests/careatlas_server_tests`)");
    return false;
}

namespace {

QString quoted(const QString &identifier) { return QLatin1Char('"') + identifier + QLatin1Char('"'); }

} // namespace

TestDatabase::TestDatabase()
{
    static std::atomic_int counter{0};
    m_name = QStringLiteral("ca_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    auto server = PgConnection::connect(QString());
    REQUIRE(server);
    m_server = std::move(*server);
    REQUIRE(m_server->execScript(("CREATE DATABASE " + quoted(m_name)).toUtf8()));
    auto admin = PgConnection::connect(connectionString());
    REQUIRE(admin);
    m_admin = std::move(*admin);
}

TestDatabase::~TestDatabase()
{
    m_admin.reset();
    (void)m_server->execScript(("DROP DATABASE IF EXISTS " + quoted(m_name) + " WITH (FORCE)").toUtf8());
    // The roles named after the database (ServerRoles) and the logins made here.
    auto roles = m_server->exec("SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolcanlogin DESC, length(rolname) DESC",
                                {PgParam::text(m_name + QStringLiteral("\\_%"))});
    if (roles) {
        for (int row = 0; row < roles->rows(); ++row)
            (void)m_server->execScript(("DROP ROLE IF EXISTS " + quoted(roles->text(row, 0))).toUtf8());
    }
}

QString TestDatabase::connectionString(const QString &login) const
{
    QString words = QStringLiteral("dbname=%1").arg(m_name);
    if (!login.isEmpty())
        words += QStringLiteral(" user=%1").arg(login);
    return words;
}

QString TestDatabase::createLogin(const QString &name, const QString &memberOf)
{
    const QString login = m_name + QLatin1Char('_') + name;
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(quoted(login), quoted(memberOf));
    const QByteArray password = qgetenv("PGPASSWORD");
    if (!password.isEmpty())
        sql += QStringLiteral(" PASSWORD '%1'").arg(QString::fromUtf8(password).replace(QLatin1Char('\''), QStringLiteral("''")));
    REQUIRE(m_server->execScript(sql.toUtf8()));
    m_logins << login;
    return login;
}

} // namespace careatlas::test
