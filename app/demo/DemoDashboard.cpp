#include "demo/DemoDashboard.h"

#include "demo/DemoTcpServer.h"
#include "demo/grafana/GrafanaDemo.h"
#include "demo/v1/DemoAuth.h"
#include "demo/v1/DemoNezhaV1.h"
#include "demo/v1/DemoRequest.h"
#include "demo/v1/DemoStream.h"
#include "nezha/v1/NezhaV1Codec.h"
#include "NezhaV0Codec.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QLocale>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

namespace {

using Status = QHttpServerResponder::StatusCode;

// What the v0 auth middleware answers for a missing or wrong token (nezha.md 2): HTTP 200, no result key.
const QByteArray authFailureBody = QByteArrayLiteral("{\"code\":403,\"message\":\"访问此接口需要认证\"}");
const QByteArray errorInBody = QByteArrayLiteral("{\"code\":500,\"message\":\"database is locked\"}");
const QByteArray jsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray htmlType = QByteArrayLiteral("text/html; charset=utf-8");

} // namespace

QByteArray DemoDashboard::notFoundPage()
{
    return QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                             "<title>404 - 哪吒监控</title></head><body><div class=\"ui container\">"
                             "<h1>404</h1><p>你访问的页面不存在</p><a href=\"/\">返回首页</a></div></body></html>\n");
}

namespace {

// Go's strconv.ParseUint(piece, 10, 64) with the error ignored: anything but plain digits becomes 0.
quint64 goParseUint(const QString &piece)
{
    if (piece.isEmpty() || !std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return 0;
    bool ok = false;
    const quint64 value = piece.toULongLong(&ok);
    return ok ? value : 0;
}

} // namespace

DemoDashboard::DemoDashboard(int serverCount, quint32 seed, QObject *parent)
    : QObject(parent), m_fleet(serverCount, seed), m_http(std::make_unique<QHttpServer>()), m_token(generateToken())
{
    m_auth = std::make_unique<DemoAuth>([this] { return m_fleet.nowMs(); });
    m_v1 = std::make_unique<DemoNezhaV1>(*this);
    m_stream = new DemoStream(*this, *m_v1, this);
    installRoutes();
}

DemoDashboard::~DemoDashboard() = default;

bool DemoDashboard::listen(quint16 port)
{
    auto *tcp = new DemoTcpServer(m_http.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    tcp->setInterceptor([this](QTcpSocket *socket) {
        return m_generation != Generation::V0 && m_stream->takeOver(socket);
    });
    m_http->bind(tcp);
    m_tcp = tcp;
    m_port = tcp->serverPort();
    return true;
}

QUrl DemoDashboard::url() const
{
    if (m_port == 0)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

QString DemoDashboard::generateToken()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString token;
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

QByteArray DemoDashboard::httpDate(qint64 msecsSinceEpoch)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc());
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString DemoDashboard::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None: return QStringLiteral("none");
    case Fault::Slow: return QStringLiteral("slow");
    case Fault::DropConnection: return QStringLiteral("drop");
    case Fault::ServerError: return QStringLiteral("500");
    case Fault::HtmlNotFound: return QStringLiteral("html404");
    case Fault::TruncatedJson: return QStringLiteral("truncated");
    case Fault::RejectToken: return QStringLiteral("reject-token");
    case Fault::ErrorInBody: return QStringLiteral("error-in-body");
    case Fault::HugeBody: return QStringLiteral("huge");
    case Fault::Trickle: return QStringLiteral("trickle");
    }
    return {};
}

QStringList DemoDashboard::faultNames()
{
    QStringList names;
    for (int i = int(Fault::None); i <= int(Fault::Trickle); ++i)
        names << faultName(Fault(i));
    return names;
}

bool DemoDashboard::parseFault(const QString &name, Fault *fault)
{
    const qsizetype i = faultNames().indexOf(name.trimmed().toLower());
    if (i < 0)
        return false;
    *fault = Fault(i);
    return true;
}

void DemoDashboard::installRoutes()
{
    m_http->route(QStringLiteral("/api/v1/server/list"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleApi(request, std::move(responder), false);
                  });
    m_http->route(QStringLiteral("/api/v1/server/details"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleApi(request, std::move(responder), true);
                  });
    // gin's NoRoute: an HTML page with a real 404 for anything else (nezha.md 2).
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (m_generation != Generation::V0)
            return handleV1(request, std::move(responder));
        reply(std::move(responder), notFoundPage(), htmlType, 404);
    });
    m_grafana = GrafanaDemo::install(*m_http);
}

QString DemoDashboard::grafanaUser()
{
    return QString::fromLatin1(GrafanaDemoStore::AdminLogin);
}

QString DemoDashboard::grafanaPassword()
{
    return QString::fromLatin1(GrafanaDemoStore::AdminPassword);
}

void DemoDashboard::reply(QHttpServerResponder &&responder, const QByteArray &body, const QByteArray &type,
                          int status)
{
    const QByteArray date = httpDate(m_fleet.nowMs());
    if (type.isEmpty())
        responder.write(body, {{"Date", date}}, Status(status));
    else
        responder.write(body, {{"Content-Type", type}, {"Date", date}}, Status(status));
}

void DemoDashboard::handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool details)
{
    if (m_generation != Generation::V0)
        return handleV1(request, std::move(responder)); // v1/v2 have no /server/list: 404 JSON there
    ++m_requests;
    const QString path = request.url().path();
    QTcpSocket *socket = m_tcp ? m_tcp->currentSocket() : nullptr;
    const QUrlQuery query = request.query();
    const QString tag = query.queryItemValue(QStringLiteral("tag"), QUrl::FullyDecoded);
    const QString ids = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);

    QByteArray body;
    QByteArray type = jsonType;
    int status = 200;
    switch (m_fault) {
    case Fault::DropConnection:
        if (socket)
            socket->abort();
        emit requestServed(path);
        return;
    case Fault::ServerError:
        status = 500;
        type.clear();
        break;
    case Fault::HtmlNotFound:
        status = 404;
        type = htmlType;
        body = notFoundPage();
        break;
    case Fault::RejectToken:
        body = authFailureBody;
        break;
    case Fault::ErrorInBody:
        body = errorInBody;
        break;
    case Fault::HugeBody:
        body = QByteArrayLiteral("{\"code\":0,\"message\":\"success\",\"result\":[");
        body.append(QByteArray(qMax<qint64>(0, m_hugeBytes - body.size() - 2), ' '));
        body.append("]}");
        break;
    case Fault::None:
    case Fault::Slow:
    case Fault::TruncatedJson:
    case Fault::Trickle:
        if (request.value("Authorization") != m_token.toLatin1())
            body = authFailureBody;
        else
            body = details ? detailsBody(tag, ids) : listBody(tag);
        if (m_fault == Fault::TruncatedJson)
            body.truncate(body.size() / 2);
        break;
    }

    if (m_fault == Fault::Slow) {
        // Answer later; the timer dies with the connection if the client gives up first.
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(m_slowDelayMs, socket ? static_cast<QObject *>(socket) : this,
                           [this, held, body, type, status, path] {
                               reply(std::move(*held), body, type, status);
                               emit requestServed(path);
                           });
        return;
    }
    if (m_fault == Fault::Trickle)
        return trickle(std::move(responder), body, type, status, socket);
    reply(std::move(responder), body, type, status);
    emit requestServed(path);
}

// The headers (with the full Content-Length) at once, then one byte per trickleIntervalMs(): the server an
// idle timeout alone never gives up on. The timer belongs to the connection, so a client that gives up ends it.
void DemoDashboard::trickle(QHttpServerResponder &&responder, const QByteArray &body, const QByteArray &type,
                            int status, QTcpSocket *socket)
{
    responder.writeStatusLine(Status(status));
    if (!type.isEmpty())
        responder.writeHeader("Content-Type", type);
    responder.writeHeader("Date", httpDate(m_fleet.nowMs()));
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (!socket || body.isEmpty())
        return responder.writeBody(body);
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, timer, [held, body, timer, sent = qsizetype(0)]() mutable {
        held->writeBody(body.constData() + sent, 1);
        if (++sent >= body.size())
            timer->deleteLater();
    });
    timer->start(m_trickleMs);
}

QByteArray DemoDashboard::listBody(const QString &tag) const
{
    QList<ServerSnapshot> servers;
    if (tag.isEmpty()) {
        servers = m_fleet.servers();
        // Go ranges over a map: a new order on every request (deterministic here for a given seed).
        QRandomGenerator rng(m_fleet.seed() ^ quint32(++m_orderCounter * 2654435761u));
        std::shuffle(servers.begin(), servers.end(), rng);
    } else {
        for (quint64 id : m_fleet.idsWithTag(tag))
            servers.append(m_fleet.server(id));
    }
    QJsonArray result;
    for (const ServerSnapshot &s : std::as_const(servers))
        result.append(encodeNezhaV0Server(s, false, false));
    return encodeNezhaV0Response(result);
}

QByteArray DemoDashboard::detailsBody(const QString &tag, const QString &idParam) const
{
    QList<ServerSnapshot> servers;
    bool realIndex = false;
    if (!tag.isEmpty()) { // tag wins over id (nezha.md 1.3)
        for (quint64 id : m_fleet.idsWithTag(tag))
            servers.append(m_fleet.server(id));
    } else if (!idParam.isEmpty()) {
        for (const QString &piece : idParam.split(QLatin1Char(','))) {
            bool found = false;
            const ServerSnapshot s = m_fleet.server(goParseUint(piece), &found);
            if (found)
                servers.append(s); // duplicates are answered twice, in request order
        }
    } else {
        servers = m_fleet.servers();
        QRandomGenerator rng(m_fleet.seed() ^ quint32(++m_orderCounter * 2654435761u));
        std::shuffle(servers.begin(), servers.end(), rng);
        realIndex = true;
    }
    QJsonArray result;
    for (const ServerSnapshot &s : std::as_const(servers))
        result.append(encodeNezhaV0Server(s, true, realIndex));
    return encodeNezhaV0Response(result);
}
