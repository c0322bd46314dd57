#include "nezha/v1/V1Stream.h"

#include "net/ReplyChecks.h"

#include <QDateTime>
#include <QNetworkRequest>

V1Stream::V1Stream(QObject *parent) : QObject(parent)
{
    m_silence.setSingleShot(true);
    m_reconnect.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        //: %1 = the stream's address; %n = seconds without a frame
        e.detail = tr("no update from %1 for %n s; reconnecting", nullptr, silenceLimitMs() / 1000)
                       .arg(ReplyChecks::displayUrl(m_url));
        fail(e);
    });
    connect(&m_reconnect, &QTimer::timeout, this, &V1Stream::open);
}

V1Stream::~V1Stream()
{
    dropSocket();
}

void V1Stream::setUrl(const QUrl &dashboardUrl)
{
    QUrl url = ReplyChecks::joinPath(dashboardUrl, QStringLiteral("/api/v1/ws/server"));
    url.setScheme(dashboardUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_url = url;
}

void V1Stream::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = firstMs;
}

bool V1Stream::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void V1Stream::start()
{
    if (m_running && (m_socket || m_reconnect.isActive()))
        return;
    m_running = true;
    m_backoffMs = m_firstBackoffMs;
    open();
}

void V1Stream::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_silence.stop();
    dropSocket();
}

void V1Stream::reconnectNow()
{
    if (!m_running)
        return;
    m_reconnect.stop();
    open();
}

void V1Stream::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void V1Stream::open()
{
    dropSocket();
    m_opened = false;
    QNetworkRequest request(m_url);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Farsight/" FARSIGHT_VERSION));
    // No origin: QWebSocket then sends no Origin header, which the dashboard's upgrader accepts.
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(MaxFrameBytes); // 10,000 servers are ~15 MB
    socket->setMaxAllowedIncomingFrameSize(MaxFrameBytes);
    connect(socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        m_silence.start(silenceLimitMs());
        emit connected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &V1Stream::onFrame);
    connect(socket, &QWebSocket::disconnected, this, &V1Stream::onClosedOrError);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &V1Stream::onClosedOrError);
    m_silence.start(silenceLimitMs()); // also bounds the upgrade itself
    socket->open(request);
}

void V1Stream::onFrame(const QString &text)
{
    m_silence.start(silenceLimitMs());
    m_backoffMs = m_firstBackoffMs;
    emit frameReceived(text, QDateTime::currentMSecsSinceEpoch());
}

void V1Stream::onClosedOrError()
{
    if (!m_socket)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Network;
    const QString reason = m_socket->errorString();
    e.detail = m_opened ? tr("the live stream from %1 was closed (%2); reconnecting")
                              .arg(ReplyChecks::displayUrl(m_url), reason)
                        : tr("the live stream at %1 could not be opened (%2)")
                              .arg(ReplyChecks::displayUrl(m_url), reason);
    fail(e);
}

void V1Stream::fail(const ApiError &error)
{
    const bool opened = m_opened;
    m_silence.stop();
    dropSocket();
    scheduleReconnect();
    if (opened)
        emit interrupted(error);
    else
        emit upgradeFailed(error);
}

void V1Stream::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnect.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
}
