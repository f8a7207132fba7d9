#pragma once

// A tile server for the base map's tests, on 127.0.0.1 in a thread of its own (so that a test
// may block while it answers). It serves generated PNG tiles at /{z}/{x}/{y}.png: each tile
// one flat colour made from its x and y (see tileColour) with a darker frame, so a test can
// tell which tile a pixel came from. Never the internet.

#include <QColor>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace careatlas::test {

class TileTestServer
{
public:
    TileTestServer();
    ~TileTestServer();

    quint16 port() const { return m_port; }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port); }
    // Answers after this long (a slow server).
    void setDelay(int milliseconds) { m_delay = milliseconds; }
    // Tiles above this zoom answer 404 (no tile there).
    void setMaxZoom(int z) { m_maxZoom = z; }
    int requests() const { return m_requests.load(); }
    QStringList paths() const;
    QString lastUserAgent() const;

    static QColor tileColour(int z, int x, int y);
    static QImage tileImage(int z, int x, int y);
    // A port on 127.0.0.1 where nothing listens (a server that is down).
    static quint16 deadPort();

private:
    QThread m_thread;
    QObject *m_context = nullptr;   // lives on m_thread
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic_int m_delay{0};
    std::atomic_int m_maxZoom{22};
    std::atomic_int m_requests{0};
    mutable QMutex m_mutex;
    QStringList m_paths;
    QString m_userAgent;
};

} // namespace careatlas::test
