#include "bench/ServerSyncBench.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerPublish.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerStore.h"
#include "core/server/ServerSync.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>

namespace careatlas::bench {

namespace {

QByteArray rectangleWkb(double west, double south, double east, double north)
{
    QByteArray wkb;
    QDataStream out(&wkb, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << quint8(1) << quint32(6) << quint32(1);
    out << quint8(1) << quint32(3) << quint32(1) << quint32(5);
    out << west << south << east << south << east << north << west << north << west << south;
    return wkb;
}

} // namespace

bool serverAvailable()
{
    return qEnvironmentVariableIsSet("PGHOST") || qEnvironmentVariableIsSet("PGSERVICE") || qEnvironmentVariableIsSet("PGDATABASE");
}

Result<std::unique_ptr<SyncBench>> SyncBench::create(const QString &folder, int resources)
{
    std::unique_ptr<SyncBench> bench(new SyncBench);
    bench->m_folder = folder;
    QDir().mkpath(folder);
    bench->m_database = QStringLiteral("careatlas_bench_sync_%1").arg(QCoreApplication::applicationPid());
    auto server = PgConnection::connect(QString());
    if (!server)
        return server.error();
    bench->m_server = std::move(*server);
    if (Status made = bench->m_server->execScript(("CREATE DATABASE " + bench->m_database).toUtf8()); !made)
        return made.error();

    const QString storePath = QDir(folder).filePath(QStringLiteral("published.gpkg"));
    QFile::remove(storePath);
    {
        auto store = Store::create(storePath);
        if (!store)
            return store.error();
        if (Status areas = (*store)->replaceAreas(QStringLiteral("welfare_area"),
                                                  {{0, QStringLiteral("welfare_area"), QStringLiteral("A"), QStringLiteral("全域"), {},
                                                    rectangleWkb(136.5, 36.4, 136.8, 36.7)}});
            !areas)
            return areas.error();
        QList<Resource> rows;
        for (int i = 0; i < resources; ++i) {
            Resource r;
            r.categoryCode = QStringLiteral("home_care_liaison");
            r.name = QStringLiteral("事業所%1").arg(i);
            r.phone = QStringLiteral("076-000-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            r.latitude = 36.45 + (i % 200) * 0.001;
            r.longitude = 136.55 + (i / 200) * 0.001;
            rows.append(r);
        }
        if (auto ids = (*store)->insertResources(rows); !ids)
            return ids.error();
        auto admin = PgConnection::connect(QStringLiteral("dbname=%1").arg(bench->m_database));
        if (!admin)
            return admin.error();
        if (auto published = publishStore(**store, **admin); !published)
            return published.error();
        auto centre = defineCentre(**admin, QStringLiteral("bench"), {{QStringLiteral("welfare_area"), QStringLiteral("A")}});
        if (!centre)
            return centre.error();
        bench->m_login = bench->m_database + QStringLiteral("_editor");
        QString sql = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(bench->m_login, *centre);
        if (const QByteArray password = qgetenv("PGPASSWORD"); !password.isEmpty())
            sql += QStringLiteral(" PASSWORD '%1'").arg(QString::fromUtf8(password).replace(QLatin1Char('\''), QStringLiteral("''")));
        if (Status made = bench->m_server->execScript(sql.toUtf8()); !made)
            return made.error();
    }
    return bench;
}

SyncBench::~SyncBench()
{
    m_copy.reset();
    if (m_server) {
        (void)m_server->execScript(("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)").toUtf8());
        const QString prefix = ServerRoles::forDatabase(m_database).prefix;
        const QStringList roles{m_login, prefix + QStringLiteral("_centre_bench"), prefix + QStringLiteral("_write"),
                                prefix + QStringLiteral("_read"), prefix + QStringLiteral("_owner")};
        for (const QString &role : roles)
            (void)m_server->execScript(("DROP ROLE IF EXISTS " + role).toUtf8());
    }
}

Status SyncBench::prepareCopy(int changed)
{
    m_copy.reset();
    const QString words = QStringLiteral("dbname=%1 user=%2").arg(m_database, m_login);
    auto server = ServerStore::open(words);
    if (!server)
        return server.error();
    const QString path = QDir(m_folder).filePath(QStringLiteral("copy%1.gpkg").arg(++m_run));
    QFile::remove(path);
    if (auto copied = writeReplica(**server, words, path); !copied)
        return copied.error();
    auto copy = Store::open(path);
    if (!copy)
        return copy.error();
    m_copy = std::move(*copy);
    auto rows = m_copy->resourcesWhere("fid <= ?", {QString::number(changed)}, changed);
    if (!rows)
        return rows.error();
    Store::Transaction transaction(*m_copy);
    for (const Resource &row : *rows) {
        Resource edited = row;
        edited.phone = QStringLiteral("076-999-%1").arg(m_run);
        edited.notes = QStringLiteral("実行 %1").arg(m_run);
        if (auto saved = m_copy->saveResourceChanges(row, edited); !saved)
            return saved.error();
    }
    return transaction.commit();
}

Status SyncBench::sync()
{
    auto report = syncOfflineCopy(*m_copy);
    if (!report)
        return report.error();
    m_lastPushed = report->pushed;
    if (report->conflicts > 0 || report->refused > 0)
        return Error(ErrorCode::Internal, QStringLiteral("unexpected conflicts or refusals"));
    return {};
}

Result<std::unique_ptr<PublishBench>> PublishBench::create(const QString &storePath)
{
    std::unique_ptr<PublishBench> bench(new PublishBench);
    auto server = PgConnection::connect(QString());
    if (!server)
        return server.error();
    bench->m_server = std::move(*server);
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    bench->m_store = std::move(*store);
    return bench;
}

void PublishBench::dropLast()
{
    if (m_database.isEmpty())
        return;
    (void)m_server->execScript(("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)").toUtf8());
    const QString prefix = ServerRoles::forDatabase(m_database).prefix;
    const QStringList roles{prefix + QStringLiteral("_write"), prefix + QStringLiteral("_read"), prefix + QStringLiteral("_owner")};
    for (const QString &role : roles)
        (void)m_server->execScript(("DROP ROLE IF EXISTS " + role).toUtf8());
    m_database.clear();
}

PublishBench::~PublishBench()
{
    if (m_server)
        dropLast();
}

Status PublishBench::prepare()
{
    dropLast();
    m_database = QStringLiteral("careatlas_bench_publish_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
    return m_server->execScript(("CREATE DATABASE " + m_database).toUtf8());
}

Status PublishBench::publish()
{
    auto admin = PgConnection::connect(QStringLiteral("dbname=%1").arg(m_database));
    if (!admin)
        return admin.error();
    auto published = publishStore(*m_store, **admin);
    if (!published)
        return published.error();
    m_resources = published->resources;
    m_areas = published->areas;
    return {};
}

} // namespace careatlas::bench
