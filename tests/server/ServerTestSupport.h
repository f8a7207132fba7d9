#pragma once

#include "core/server/PgConnection.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace careatlas::test {

// The server tests (tag [server], CTest label "server") need a PostgreSQL 15 + PostGIS server
// reached through libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSWORD) as a superuser:
// scripts/test.sh runs them inside a throw-away cluster (pg_virtualenv). Without one, a test
// is skipped with a warning; with CI set it FAILS. Returns false when the test must not go on.
bool serverAvailable();

// A database of its own for one test (dropped at the end, with the roles made for it): the
// roles of ServerSchema.h are named after it, so tests never share a role.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    const QString &name() const { return m_name; }
    // libpq words for this database, as the environment's (superuser) sign-in or as `login`.
    QString connectionString(const QString &login = {}) const;
    // The superuser connection to this database.
    PgConnection &admin() { return *m_admin; }
    // A login role "<database>_<name>", member of `memberOf`; its password is the
    // environment's (PGPASSWORD), so libpq signs it in the same way.
    QString createLogin(const QString &name, const QString &memberOf);
private:
    QString m_name;
    std::unique_ptr<PgConnection> m_server;   // to the maintenance database
    std::unique_ptr<PgConnection> m_admin;
    QStringList m_logins;
};

} // namespace careatlas::test
