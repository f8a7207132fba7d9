#include "basemap/TileTestServer.h"

#include <QBuffer>
#include <QMetaObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace careatlas::test {

QColor TileTestServer::tileColour(int z, int x, int y)
{
    // Distinct for neighbours: x and y in steps of 40 over the red and blue channels.
    return QColor(40 + (x % 5) * 40, 200 - (z % 4) * 30, 40 + (y % 5) * 40);
}

QImage TileTestServer::tileImage(int z, int x, int y)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(tileColour(z, x, y));
    QPainter painter(&image);
    painter.setPen(QPen(tileColour(z, x, y).darker(160), 4));
    painter.drawRect(QRectF(2, 2, 252, 252));
    return image;
}

quint16 TileTestServer::deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

TileTestServer::TileTestServer()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer;
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
                        socket->setProperty("request", request);
                        if (!request.contains("\r\n\r\n"))
                            return;
                        const QString head = QString::fromLatin1(request);
                        const QString path = head.section(QLatin1Char(' '), 1, 1);
                        const auto ua = QRegularExpression(QStringLiteral("(?im)^User-Agent:\\s*(.*)\\r$")).match(head);
                        ++m_requests;
                        {
                            QMutexLocker lock(&m_mutex);
                            m_paths << path;
                            m_userAgent = ua.captured(1);
                        }
                        const auto m = QRegularExpression(QStringLiteral("^/(\\d+)/(\\d+)/(\\d+)\\.png$")).match(path);
                        QByteArray body, status = "404 Not Found";
                        if (m.hasMatch() && m.captured(1).toInt() <= m_maxZoom) {
                            QBuffer buffer(&body);
                            buffer.open(QIODevice::WriteOnly);
                            tileImage(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).save(&buffer, "PNG");
                            status = "200 OK";
                        }
                        const QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(body.size())
                                                    + "\r\nConnection: close\r\n\r\n" + body;
                        QTimer::singleShot(m_delay.load(), socket, [socket, response] {
                            socket->write(response);
                            socket->disconnectFromHost();
                        });
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

TileTestServer::~TileTestServer()
{
    QMetaObject::invokeMethod(m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    delete m_context;
    m_thread.quit();
    m_thread.wait();
}

QStringList TileTestServer::paths() const
{
    QMutexLocker lock(&m_mutex);
    return m_paths;
}

QString TileTestServer::lastUserAgent() const
{
    QMutexLocker lock(&m_mutex);
    return m_userAgent;
}

} // namespace careatlas::test
