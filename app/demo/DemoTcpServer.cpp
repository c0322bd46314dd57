#include "demo/DemoTcpServer.h"

void DemoTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer connects its own handler, so this runs first for every request.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        m_current = socket;
        if (m_interceptor && m_interceptor(socket))
            m_current = nullptr; // QHttpServer's own handler was disconnected: it never sees these bytes
    });
    addPendingConnection(socket);
}
