#include "geo/basemap/TileFetcher.h"

#include <QMetaObject>
#include <QSet>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

namespace careatlas::geo {

TileFetcher::TileFetcher(const TileSource &source, std::shared_ptr<TileCache> cache) : m_source(source), m_cache(std::move(cache))
{
    qRegisterMetaType<careatlas::geo::TileKey>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("tile fetcher"));
    moveToThread(m_thread);
    m_thread->start();
}

TileFetcher::~TileFetcher()
{
    // Deleted by its owner on the owner's thread: the network manager goes with the thread.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (QNetworkReply *reply : std::as_const(m_inFlight)) {
                reply->disconnect(this);
                reply->abort();
                delete reply;
            }
            m_inFlight.clear();
            delete m_network;
            m_network = nullptr;
        },
        QThread::currentThread() == m_thread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int TileFetcher::newClient()
{
    std::lock_guard lock(m_mutex);
    return ++m_nextClient;
}

void TileFetcher::want(int client, const QList<TileKey> &tiles)
{
    {
        std::lock_guard lock(m_mutex);
        if (tiles.isEmpty())
            m_wanted.remove(client);
        else
            m_wanted[client] = tiles;
        if (m_processQueued)
            return;
        m_processQueued = true;
    }
    QMetaObject::invokeMethod(this, &TileFetcher::process, Qt::QueuedConnection);
    m_settled.notify_all();
}

bool TileFetcher::waitFor(int client, std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(m_mutex);
    while (m_wanted.contains(client) && !(cancel && cancel->load())) {
        if (m_settled.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(50))) == std::cv_status::timeout
            && std::chrono::steady_clock::now() >= deadline)
            break;
    }
    const bool settled = !m_wanted.contains(client);
    m_wanted.remove(client);
    return settled;
}

bool TileFetcher::recentlyFailed(const TileKey &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_failed.constFind(key);
    return it != m_failed.constEnd() && it.value().secsTo(QDateTime::currentDateTimeUtc()) < RetryAfterSeconds;
}

TileFetcher::Stats TileFetcher::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

QString TileFetcher::problem() const
{
    std::lock_guard lock(m_mutex);
    return m_problem;
}

void TileFetcher::settle(const TileKey &key)
{
    // Caller holds m_mutex. A tile that arrived or failed is no longer wanted by anyone.
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        it->removeAll(key);
        it = it->isEmpty() ? m_wanted.erase(it) : std::next(it);
    }
}

void TileFetcher::process()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QList<TileKey> queue;
    {
        std::lock_guard lock(m_mutex);
        m_processQueued = false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The screen's wish first, then exports in the order they asked.
        QList<int> clients = m_wanted.keys();
        std::sort(clients.begin(), clients.end());
        QSet<TileKey> seen;
        for (int client : clients)
            for (const TileKey &key : m_wanted.value(client))
                if (!seen.contains(key)) {
                    seen.insert(key);
                    queue.push_back(key);
                }
        // Stale requests: no client wants them any more.
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (!seen.contains(it.key())) {
                QNetworkReply *reply = it.value();
                it = m_inFlight.erase(it);
                reply->disconnect(this);
                reply->abort();
                reply->deleteLater();
                ++m_stats.aborted;
            } else {
                ++it;
            }
        }
        // Tiles that failed a moment ago are settled for now (the map draws without them).
        QList<TileKey> failedNow;
        for (const TileKey &key : std::as_const(queue)) {
            const auto f = m_failed.constFind(key);
            if (f != m_failed.constEnd() && f.value().secsTo(now) < RetryAfterSeconds)
                failedNow.push_back(key);
        }
        for (const TileKey &key : failedNow) {
            queue.removeAll(key);
            settle(key);
        }
    }
    m_settled.notify_all();
    for (const TileKey &key : std::as_const(queue)) {
        if (m_inFlight.size() >= MaxConcurrent)
            break;
        if (m_inFlight.contains(key))
            continue;
        QNetworkRequest request{QUrl(m_source.url(key))};
        request.setHeader(QNetworkRequest::UserAgentHeader, tileUserAgent());
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_network->get(request);
        reply->setProperty("tile", QVariant::fromValue(key));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
        m_inFlight.insert(key, reply);
        std::lock_guard lock(m_mutex);
        ++m_stats.requested;
    }
}

void TileFetcher::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const TileKey key = reply->property("tile").value<TileKey>();
    if (m_inFlight.value(key) != reply)
        return;
    m_inFlight.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    bool arrived = false;
    QString problem;
    bool problemKnown = true;
    if (reply->error() == QNetworkReply::NoError && status == 200 && !data.isEmpty()) {
        arrived = m_cache->write(m_source.cacheKey(), key, data);
    } else if (status == 404 || status == 204) {
        problemKnown = false;   // no tile there: over-zoom fills it, the server is fine
    } else {
        problem = status >= 400 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    }
    bool problemChangedNow = false;
    QString currentProblem;
    {
        std::lock_guard lock(m_mutex);
        if (arrived) {
            ++m_stats.arrived;
            m_failed.remove(key);
        } else {
            ++m_stats.failed;
            m_failed.insert(key, QDateTime::currentDateTimeUtc());
        }
        if (problemKnown && m_problem != problem) {
            m_problem = problem;
            problemChangedNow = true;
        }
        currentProblem = m_problem;
        settle(key);
    }
    m_settled.notify_all();
    if (arrived)
        Q_EMIT tileArrived(key);
    if (problemChangedNow)
        Q_EMIT problemChanged(currentProblem);
    process();
}

} // namespace careatlas::geo
