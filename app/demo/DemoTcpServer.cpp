#include "demo/DemoTcpServer.h"

void DemoTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer connects its own handler, so this runs first for every request.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_current = socket; });
    addPendingConnection(socket);
}
