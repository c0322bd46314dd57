#pragma once

// The live WebSocket GET /api/v1/ws/server of a Nezha v1/v2 dashboard: one text frame every 2 s.
// Authenticates on the upgrade request (Authorization header; no Origin header, which gorilla would reject
// unless it matched the host). The server never reads the socket (no pong, no close echo), so a dead stream
// is found by silence: no frame for 3 x the frame interval -> interrupted(Timeout), abort, reconnect with a
// doubling backoff capped at maxBackoffMs (reset by the next frame). A socket that never opens reports
// upgradeFailed() instead, so the driver can decide between "unreachable" and "upgrade refused -> poll".
// Pings from the server are answered by QWebSocket itself (verified in tst_nezha_v1_driver).
// Owned by NezhaV1Driver; main thread.

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

class V1Stream : public QObject
{
    Q_OBJECT
public:
    static constexpr quint64 MaxFrameBytes = 32 * 1024 * 1024;

    explicit V1Stream(QObject *parent = nullptr);
    ~V1Stream() override;

    void setUrl(const QUrl &dashboardUrl); // the dashboard's base URL; the ws(s):// address is derived
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setFrameIntervalMs(int ms) { m_frameIntervalMs = ms; }
    void setBackoff(int firstMs, int maxMs);
    QUrl streamUrl() const { return m_url; }

    void start();        // connects (or reconnects at once); keeps reconnecting until stop()
    void stop();         // closes, no reconnect, no signal
    void reconnectNow(); // e.g. after a re-login: a new upgrade with the new token
    bool isRunning() const { return m_running; }
    bool isConnected() const;
    int silenceLimitMs() const { return 3 * m_frameIntervalMs; }
    int nextBackoffMs() const { return m_backoffMs; }

signals:
    void connected();
    // The text as QWebSocket decoded it; turning it back into UTF-8 for the decoder is left to the worker thread.
    void frameReceived(const QString &frame, qint64 receivedAtMs);
    void interrupted(const ApiError &error);   // an open stream died (dropped or silent); a reconnect is scheduled
    void upgradeFailed(const ApiError &error); // the socket never opened; a reconnect is scheduled

private:
    void open();
    void onFrame(const QString &text);
    void onClosedOrError();
    void fail(const ApiError &error);
    void scheduleReconnect();
    void dropSocket();

    QUrl m_url;
    QByteArray m_authorization;
    QPointer<QWebSocket> m_socket;
    QTimer m_silence;
    QTimer m_reconnect;
    int m_frameIntervalMs = 2000;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_opened = false; // the current socket reached Connected
};
