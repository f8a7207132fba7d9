#include "core/store/RtreeBuilder.h"

#include "core/store/SqliteStatement.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

#include <sqlite3.h>

namespace careatlas {

namespace {

// The GeoPackage R*Tree's definition (StoreSchema.cpp), under the worker's own name.
const char *const WorkerTable = "CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)";

bool ok(const Error &error) { return error.code == ErrorCode::None; }

} // namespace

RtreeBuilder::RtreeBuilder()
{
    const int code = sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (code != SQLITE_OK) {
        m_error = sqliteError(m_db, code);
    } else {
        m_error = execSql(m_db, WorkerTable);
        if (ok(m_error))
            m_error = execSql(m_db, "BEGIN");
    }
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("careatlas-rtree"));
    m_thread->start();
}

RtreeBuilder::~RtreeBuilder()
{
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_queue.clear();
        m_wake.wakeAll();
    }
    m_thread->wait();
    sqlite3_close_v2(m_db);
}

void RtreeBuilder::add(QList<Entry> entries)
{
    if (entries.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_queued += entries.size();
    m_queue.append(std::move(entries));
    m_wake.wakeOne();
}

qint64 RtreeBuilder::queued() const
{
    QMutexLocker lock(&m_mutex);
    return m_queued;
}

qint64 RtreeBuilder::indexed() const
{
    QMutexLocker lock(&m_mutex);
    return m_indexed;
}

void RtreeBuilder::run()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!ok(m_error))
            return;
    }
    SqliteStatement insert(m_db, "INSERT INTO r VALUES (?, ?, ?, ?, ?)");
    if (!insert.isValid()) {
        QMutexLocker lock(&m_mutex);
        m_error = insert.prepareError();
        return;
    }
    for (;;) {
        QList<Entry> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_closed)
                m_wake.wait(&m_mutex);
            if (m_queue.isEmpty())
                return;   // closed, everything indexed
            batch = m_queue.takeFirst();
        }
        for (const Entry &entry : std::as_const(batch)) {
            insert.bind(1, entry.id).bind(2, entry.x).bind(3, entry.x).bind(4, entry.y).bind(5, entry.y);
            if (!insert.exec()) {
                QMutexLocker lock(&m_mutex);
                m_error = insert.lastError();
                m_queue.clear();
                return;
            }
        }
        QMutexLocker lock(&m_mutex);
        m_indexed += batch.size();
    }
}

Result<bool> RtreeBuilder::copyInto(sqlite3 *db, const QString &rtreeName)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z][a-z0-9_]{0,60}$"));
    if (!safe.match(rtreeName).hasMatch())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    // A worker that could not start (no memory left for its thread) indexed nothing.
    if (!ok(m_error) || indexed() != queued() || !ok(execSql(m_db, "COMMIT")))
        return false;

    // Nodes of another size (an R*Tree made with another page size) cannot be copied.
    const QByteArray node = (rtreeName + QStringLiteral("_node")).toUtf8();
    const QByteArray rowid = (rtreeName + QStringLiteral("_rowid")).toUtf8();
    const QByteArray parent = (rtreeName + QStringLiteral("_parent")).toUtf8();
    const QByteArray rootSize = "SELECT length(data) FROM " + node + " WHERE nodeno = 1";
    SqliteStatement targetRoot(db, rootSize.constData());
    SqliteStatement workerRoot(m_db, "SELECT length(data) FROM r_node WHERE nodeno = 1");
    if (!targetRoot.next() || !workerRoot.next() || targetRoot.int64(0) != workerRoot.int64(0))
        return false;
    targetRoot.reset();

    struct Table {
        QByteArray target;
        const char *columns;
        const char *select;
        bool blob;   // the second column holds the node's bytes
    };
    const Table tables[] = {
        {node, "nodeno, data", "SELECT nodeno, data FROM r_node", true},
        {rowid, "rowid, nodeno", "SELECT rowid, nodeno FROM r_rowid", false},
        {parent, "nodeno, parentnode", "SELECT nodeno, parentnode FROM r_parent", false},
    };
    for (const Table &table : tables) {
        if (Error error = execSql(db, QByteArray("DELETE FROM " + table.target).constData()); !ok(error))
            return error;
        const QByteArray sql = "INSERT INTO " + table.target + " (" + table.columns + ") VALUES (?, ?)";
        SqliteStatement insert(db, sql.constData());
        if (!insert.isValid())
            return insert.prepareError();
        SqliteStatement select(m_db, table.select);
        while (select.next()) {
            insert.bind(1, select.int64(0));
            if (select.isNull(1))
                insert.bindNull(2);
            else if (table.blob)
                insert.bind(2, select.blob(1));
            else
                insert.bind(2, select.int64(1));
            if (!insert.exec())
                return insert.lastError();
        }
        if (Error error = select.lastError(); !ok(error))
            return error;
    }
    return true;
}

} // namespace careatlas
