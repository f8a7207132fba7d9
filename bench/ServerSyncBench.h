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

// The publish benchmark (scenario publish_national, docs/team.md): each run publishes the
// national store (200,000 resources, 20,000 districts and their cities and prefectures) into a
// new database of the server libpq's environment names; making and dropping the databases and
// their roles is not timed.
class PublishBench
{
public:
    static Result<std::unique_ptr<PublishBench>> create(const QString &storePath);
    ~PublishBench();
    Status prepare();   // a new empty database (the last run's dropped)
    Status publish();   // what is timed
    qint64 lastResources() const { return m_resources; }
    qint64 lastAreas() const { return m_areas; }

private:
    PublishBench() = default;
    void dropLast();
    std::unique_ptr<PgConnection> m_server;
    std::unique_ptr<Store> m_store;
    QString m_database;
    int m_run = 0;
    qint64 m_resources = 0;
    qint64 m_areas = 0;
};

} // namespace careatlas::bench
