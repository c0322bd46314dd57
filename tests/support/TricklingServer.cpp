#include "TricklingServer.h"

#include <QTcpSocket>
#include <QTimer>

TricklingServer::TricklingServer(int intervalMs, int bodyBytes, QObject *parent)
    : QTcpServer(parent), m_intervalMs(intervalMs), m_bodyBytes(bodyBytes)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                if (socket->property("answering").toBool())
                    return;
                socket->setProperty("answering", true);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(m_bodyBytes) + "\r\n\r\n");
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                timer->start(m_intervalMs);
            });
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QUrl TricklingServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}
