#pragma once

// The v1/v2 demo dashboard's WebSocket GET /api/v1/ws/server, done by hand on the raw socket so it behaves
// like gorilla/websocket in nezhahq/nezha (ws.go serverStream): the upgrade is refused with HTTP 403 "Forbidden"
// for a foreign Origin; auth is optional (a missing, expired or IP-rebound JWT is a guest view, a bad PAT is
// HTTP 401, a PAT without nezha:inventory:read HTTP 403); a text frame goes out at once and then every
// interval (2 s, settable for tests) with a ping after every 4th frame; the server never reads the socket, so a
// client's ping gets no pong and its close is never echoed (it only counts the client's pongs, for tests).
// DemoDashboard hands it sockets from DemoTcpServer before QHttpServer sees them; main thread.

#include "demo/v1/DemoNezhaV1.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QTcpSocket;
class DemoDashboard;

class DemoStream : public QObject
{
    Q_OBJECT
public:
    DemoStream(DemoDashboard &dashboard, DemoNezhaV1 &routes, QObject *parent = nullptr);
    ~DemoStream() override;

    // True when the bytes waiting on `socket` start a GET /api/v1/ws/server: the stream then owns the socket.
    bool takeOver(QTcpSocket *socket);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    int connectionCount() const { return int(m_connections.size()); }
    int pongsReceived() const { return m_pongs; }
    void setSilent(bool silent) { m_silent = silent; } // connections stay open, no frames: a stalled stream
    void setRefused(bool refused) { m_refused = refused; } // upgrades fail with HTTP 400 (a proxy without WS)
    void closeAll();                                       // drops every stream without a close frame

signals:
    void frameSent(const QByteArray &payload);
    void pongReceived();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QPointer<QTimer> timer;
        int frames = 0;
        const DemoAuth::User *user = nullptr;
        std::optional<DemoAuth::Pat> pat;
        QByteArray inbox;
    };

    void onHandshakeData(QTcpSocket *socket);
    void handshake(QTcpSocket *socket, const QByteArray &head);
    void admit(QTcpSocket *socket, const DemoRequest &request);
    void accept(QTcpSocket *socket, const DemoRequest &request, const DemoNezhaV1::Caller &caller);
    void sendFrame(Connection *connection);
    void readClientFrames(Connection *connection);
    void drop(QTcpSocket *socket);
    void writeHttp(QTcpSocket *socket, const DemoAnswer &answer, const QByteArray &extraHeaders = {});

    DemoDashboard &m_demo;
    DemoNezhaV1 &m_routes;
    QList<Connection *> m_connections;
    int m_intervalMs = 2000;
    int m_pongs = 0;
    bool m_silent = false;
    bool m_refused = false;
};
