#pragma once

// The listening socket under DemoDashboard's QHttpServer. It remembers which connection delivered the
// request being handled, because QHttpServerResponder (Qt 6.4) does not expose its socket and the demo's
// fault modes need it: "drop the connection" closes it, "slow" ties the delayed answer's lifetime to it
// so a client that gives up never leaves a responder writing into a deleted socket. Main thread.

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class DemoTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    // The socket whose readyRead is being handled; valid only inside a route handler.
    QTcpSocket *currentSocket() const { return m_current; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<QTcpSocket> m_current;
};
