#pragma once

#include "core/Result.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

struct sqlite3;
class QThread;

namespace careatlas {

// Builds the R*Tree of a bulk load of points on a second core while the store's connection
// writes the rows (as GDAL 3.6 builds a GeoPackage's spatial index in a thread): the points go
// into an SQLite rtree of the same definition in an in-memory database of the worker's own;
// at the end its three shadow tables (_node, _rowid, _parent) are copied into the store's
// empty R*Tree. SQLite does all the R*Tree work; nothing here knows its node format.
class RtreeBuilder
{
public:
    struct Entry {
        qint64 id;
        double x;
        double y;
    };

    RtreeBuilder();
    ~RtreeBuilder();   // stops the worker; whatever it built is dropped
    RtreeBuilder(const RtreeBuilder &) = delete;
    RtreeBuilder &operator=(const RtreeBuilder &) = delete;

    // Queues points for the worker (thread-safe; returns at once).
    void add(QList<Entry> entries);

    // Waits for the worker to index everything queued, then replaces the contents of the
    // R*Tree `rtreeName` of `db` (inside the caller's transaction) with what it built; the
    // caller checks first that the R*Tree holds nothing that must stay. false, with nothing
    // written, when the worker failed or the target's nodes differ in size from the worker's
    // (the caller indexes another way); an error when writing failed.
    Result<bool> copyInto(sqlite3 *db, const QString &rtreeName);

    // Entries given to add() so far, and those the worker has indexed.
    qint64 queued() const;
    qint64 indexed() const;

private:
    void run();

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QList<QList<Entry>> m_queue;
    bool m_closed = false;
    qint64 m_queued = 0;
    qint64 m_indexed = 0;
    Error m_error;
    sqlite3 *m_db = nullptr;   // the worker's in-memory database
    std::unique_ptr<QThread> m_thread;
};

} // namespace careatlas
