#pragma once

#include "geo/basemap/TileCache.h"
#include "geo/basemap/TileSource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace careatlas::geo {

// Fetches web tiles on a thread of its own (QNetworkAccessManager there), never on the caller's:
// callers say which tiles they want, the fetcher downloads them a few at a time into the disk
// cache and reports each as it arrives. A client's newer wish replaces its older one: requests
// for tiles no client wants any more are aborted (a pan makes the last view's tiles stale).
// Failed tiles are not asked again for a while; a server that cannot be reached sets a notice.
class TileFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int ScreenClient = 0;
    static constexpr int MaxConcurrent = 4;          // per source, well within providers' policies
    static constexpr int RetryAfterSeconds = 30;

    TileFetcher(const TileSource &source, std::shared_ptr<TileCache> cache);
    ~TileFetcher() override;

    // Thread-safe. Replaces what `client` wants (in priority order); an empty list cancels it.
    void want(int client, const QList<TileKey> &tiles);
    // A new client id for a one-off wish (an export frame).
    int newClient();
    // Blocks until every tile `client` wants has arrived or failed, the deadline passes or
    // `cancel` is set. True when all were settled.
    bool waitFor(int client, std::chrono::milliseconds timeout, const std::atomic_bool *cancel = nullptr);
    // A tile whose fetch failed recently (not asked again before RetryAfterSeconds).
    bool recentlyFailed(const TileKey &key) const;

    struct Stats {
        int requested = 0;
        int arrived = 0;
        int failed = 0;
        int aborted = 0;
    };
    Stats stats() const;
    // Why tiles cannot be fetched ("connection refused"…), empty while the server answers.
    QString problem() const;

Q_SIGNALS:
    void tileArrived(const careatlas::geo::TileKey &key);
    void problemChanged(const QString &problem);

private:
    void process();   // on the fetcher's thread
    void finished(QNetworkReply *reply);
    void settle(const TileKey &key);

    TileSource m_source;
    std::shared_ptr<TileCache> m_cache;
    QThread *m_thread = nullptr;
    QNetworkAccessManager *m_network = nullptr;    // lives on m_thread
    QHash<TileKey, QNetworkReply *> m_inFlight;    // fetcher thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_settled;
    QHash<int, QList<TileKey>> m_wanted;
    QHash<TileKey, QDateTime> m_failed;
    QString m_problem;
    Stats m_stats;
    int m_nextClient = 1;
    bool m_processQueued = false;
};

} // namespace careatlas::geo
