#include "demo/v1/DemoStream.h"

#include "demo/DemoDashboard.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

const QByteArray streamPath = QByteArrayLiteral("GET /api/v1/ws/server");
constexpr qsizetype MaxHandshakeBytes = 64 * 1024;
constexpr qsizetype MaxInboxBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "OK";
    }
}

// A server-to-client frame: FIN set, never masked.
QByteArray wsFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const qint64 size = payload.size();
    if (size < 126) {
        frame.append(char(size));
    } else if (size < 65536) {
        frame.append(char(126));
        frame.append(char(size >> 8)).append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xff));
    }
    return frame + payload;
}

bool headerHas(const DemoRequest &request, const QByteArray &name, const QByteArray &token)
{
    for (const QByteArray &part : request.header(name).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

DemoStream::DemoStream(DemoDashboard &dashboard, DemoNezhaV1 &routes, QObject *parent)
    : QObject(parent), m_demo(dashboard), m_routes(routes)
{
}

DemoStream::~DemoStream()
{
    qDeleteAll(m_connections);
}

bool DemoStream::takeOver(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(streamPath.size() + 1);
    if (head.size() <= streamPath.size() || !head.startsWith(streamPath)
        || (head.back() != ' ' && head.back() != '?'))
        return false;
    // From now on the bytes are ours: QHttpServer's reader goes, but not its clean-up on disconnect/destroy
    // (cutting those leaked its per-connection request). The stream owns the socket from here, so a socket
    // never dies under a live connection of ours (its destructor emits disconnected).
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onHandshakeData(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    QMetaObject::invokeMethod(this, [this, socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            onHandshakeData(socket);
    }, Qt::QueuedConnection);
    return true;
}

void DemoStream::onHandshakeData(QTcpSocket *socket)
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->socket == socket)
            return readClientFrames(c);
    }
    const QByteArray data = socket->peek(MaxHandshakeBytes);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() >= MaxHandshakeBytes)
            socket->abort();
        return; // wait for the rest of the headers
    }
    socket->read(end + 4);
    handshake(socket, data.left(end));
}

void DemoStream::handshake(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    DemoRequest request;
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    request.ip = socket->peerAddress().toString();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const DemoDashboard::Fault fault = m_demo.fault();
    if (fault == DemoDashboard::Fault::Slow) {
        QTimer::singleShot(m_demo.slowDelayMs(), socket, [this, socket, request] { admit(socket, request); });
        return;
    }
    admit(socket, request);
}

// Applies the WAF, the fault modes, auth and gorilla's upgrade checks; upgrades when all pass.
void DemoStream::admit(QTcpSocket *socket, const DemoRequest &request)
{
    using Fault = DemoDashboard::Fault;
    if (m_demo.auth()->blocked(request.ip)) {
        writeHttp(socket, DemoAnswer::html(DemoAuth::blockPage(), 403));
        return;
    }
    switch (m_demo.fault()) {
    case Fault::DropConnection: socket->abort(); return;
    case Fault::ServerError: writeHttp(socket, {500, {}, {}, {}}); return;
    case Fault::HtmlNotFound: writeHttp(socket, DemoAnswer::html(DemoDashboard::notFoundPage(), 404)); return;
    default: break;
    }
    DemoNezhaV1::Caller caller;
    if (m_demo.fault() != Fault::RejectToken) { // a rejected token on an optional route is a guest
        if (auto denied = m_routes.authorize(request, DemoNezhaV1::Access::Optional, DemoAuth::ScopeInventoryRead, &caller)) {
            writeHttp(socket, *denied);
            return;
        }
    }
    const QByteArray textPlain = QByteArrayLiteral("text/plain; charset=utf-8");
    const QByteArray origin = request.header("Origin");
    if (!origin.isEmpty()
        && QUrl(QString::fromLatin1(origin)).authority().compare(QString::fromLatin1(request.header("Host")),
                                                                 Qt::CaseInsensitive) != 0) {
        writeHttp(socket, {403, "Forbidden\n", textPlain, {}}, "Sec-Websocket-Version: 13\r\n");
        return;
    }
    if (m_refused || request.method != "GET" || !headerHas(request, "Connection", "upgrade")
        || !headerHas(request, "Upgrade", "websocket") || request.header("Sec-WebSocket-Version") != "13"
        || request.header("Sec-WebSocket-Key").isEmpty()) {
        writeHttp(socket, {400, "Bad Request\n", textPlain, {}}, "Sec-Websocket-Version: 13\r\n");
        return;
    }
    accept(socket, request, caller);
}

void DemoStream::accept(QTcpSocket *socket, const DemoRequest &request, const DemoNezhaV1::Caller &caller)
{
    const QByteArray key = request.header("Sec-WebSocket-Key") + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const QByteArray accept = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
    auto *c = new Connection;
    c->socket = socket;
    c->user = caller.user;
    if (caller.pat)
        c->pat = *caller.pat;
    c->timer = new QTimer(socket);
    c->timer->setInterval(m_intervalMs);
    connect(c->timer, &QTimer::timeout, this, [this, c] { sendFrame(c); });
    m_connections.append(c);
    sendFrame(c); // the first frame goes out at once, then one per interval
    c->timer->start();
}

void DemoStream::sendFrame(Connection *c)
{
    if (m_silent || !c->socket)
        return;
    DemoNezhaV1::Caller caller{c->user, c->pat ? &*c->pat : nullptr};
    ++c->frames;
    QByteArray payload = NezhaV1::encodeStreamFrame(m_routes.visibleServers(caller), m_demo.fleet()->nowMs(),
                                                    connectionCount(), c->frames == 1);
    if (m_demo.fault() == DemoDashboard::Fault::TruncatedJson)
        payload.truncate(payload.size() / 2);
    c->socket->write(wsFrame(0x1, payload));
    if (c->frames % 4 == 0) // ws.go: a ping after every 4th frame
        c->socket->write(wsFrame(0x9, {}));
    emit frameSent(payload);
}

// Only counts the client's pongs (for tests); nothing is ever answered, as the real server never reads.
void DemoStream::readClientFrames(Connection *c)
{
    c->inbox += c->socket->readAll();
    for (;;) {
        const QByteArray &in = c->inbox;
        if (in.size() < 2)
            break;
        const quint8 opcode = quint8(in.at(0)) & 0x0f;
        const bool masked = quint8(in.at(1)) & 0x80;
        qint64 length = quint8(in.at(1)) & 0x7f;
        qsizetype offset = 2;
        if (length >= 126) {
            const int bytes = length == 126 ? 2 : 8;
            if (in.size() < offset + bytes)
                break;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(in.at(offset + i));
            offset += bytes;
        }
        offset += masked ? 4 : 0;
        if (length < 0 || length > MaxInboxBytes) {
            c->socket->abort();
            return;
        }
        if (in.size() < offset + length)
            break;
        c->inbox.remove(0, offset + length);
        if (opcode == 0xA) {
            ++m_pongs;
            emit pongReceived();
        }
    }
}

void DemoStream::drop(QTcpSocket *socket)
{
    QObject::disconnect(socket, nullptr, this, nullptr); // its destructor's disconnected must not come back here
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i)->socket == socket || !m_connections.at(i)->socket) {
            Connection *c = m_connections.takeAt(i);
            delete c->timer; // a child of the socket, which lives until deleteLater
            delete c;
            --i;
        }
    }
    socket->deleteLater();
}

void DemoStream::closeAll()
{
    QList<QPointer<QTcpSocket>> sockets;
    for (Connection *c : std::as_const(m_connections))
        sockets << c->socket;
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (socket)
            socket->abort(); // disconnected -> drop()
    }
}

void DemoStream::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    for (Connection *c : std::as_const(m_connections)) {
        if (c->timer)
            c->timer->setInterval(m_intervalMs);
    }
}

void DemoStream::writeHttp(QTcpSocket *socket, const DemoAnswer &answer, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    if (!answer.type.isEmpty())
        out += "Content-Type: " + answer.type + "\r\n";
    out += extraHeaders + "Date: " + DemoDashboard::httpDate(m_demo.fleet()->nowMs()) + "\r\nContent-Length: "
           + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body;
    socket->write(out);
    socket->disconnectFromHost();
}
