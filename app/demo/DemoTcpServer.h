#pragma once

// The listening socket under DemoDashboard's QHttpServer. It remembers which connection delivered the
// request being handled, because QHttpServerResponder (Qt 6.4) does not expose its socket and the demo's
// fault modes need it: "drop the connection" closes it, "slow" ties the delayed answer's lifetime to it
// so a client that gives up never leaves a responder writing into a deleted socket. Main thread.

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

class DemoTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    // The socket whose readyRead is being handled; valid only inside a route handler.
    QTcpSocket *currentSocket() const { return m_current; }
    // Asked first on every readyRead; returning true means it took the socket (the v1/v2 WebSocket upgrade,
    // which Qt 6.4's QHttpServer cannot refuse by Origin or answer frame by frame as the real server does).
    void setInterceptor(std::function<bool(QTcpSocket *)> interceptor) { m_interceptor = std::move(interceptor); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<QTcpSocket> m_current;
    std::function<bool(QTcpSocket *)> m_interceptor;
};
