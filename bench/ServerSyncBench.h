#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace careatlas {
class PgConnection;
class Store;
}

namespace careatlas::bench {

// The sync benchmark (scenario sync_1000, docs/team.md): a throw-away database on the server
// that libpq's environment names (run the benchmark under `pg_virtualenv`), a published store
// of `resources` resources in one centre's area, and a centre sign-in; each run makes an offline
// copy (untimed), edits `changed` of its rows and times syncOfflineCopy.
bool serverAvailable();   // PGHOST, PGSERVICE or PGDATABASE set

class SyncBench
{
public:
    static Result<std::unique_ptr<SyncBench>> create(const QString &folder, int resources);
    ~SyncBench();
    Status prepareCopy(int changed);   // a new copy with `changed` edited rows
    Status sync();                     // what is timed
    qint64 lastPushed() const { return m_lastPushed; }

private:
    SyncBench() = default;
    QString m_folder;
    QString m_database;
    QString m_login;
    std::unique_ptr<PgConnection> m_server;
    std::unique_ptr<Store> m_copy;
    int m_run = 0;
    qint64 m_lastPushed = 0;
};

} // namespace careatlas::bench
