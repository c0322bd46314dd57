#include "FakeNezhaV1.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace {

QString rfc3339(qint64 ms)
{
    // The Docker image's zone: +08:00, as real dashboards send it.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QByteArray cookieValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const QByteArray &part : request.value("Cookie").split(';')) {
        const QByteArray kv = part.trimmed();
        if (kv.startsWith(QByteArray(name + '=')))
            return kv.mid(name.size() + 1);
    }
    return {};
}

} // namespace

FakeNezhaV1::FakeNezhaV1(Generation g, QObject *parent) : QObject(parent), generation(g)
{
    installRoutes();
    setRefuseUpgrades(false);
    connect(&m_frames, &QTimer::timeout, this, &FakeNezhaV1::sendFrames);
}

FakeNezhaV1::~FakeNezhaV1() = default;

bool FakeNezhaV1::listen()
{
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    m_frames.start(frameIntervalMs);
    return m_port != 0;
}

QUrl FakeNezhaV1::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

void FakeNezhaV1::setRefuseUpgrades(bool refuse)
{
    // Qt 6.4's QHttpServer accepts an upgrade only while newWebSocketConnection has a receiver; without one it
    // closes the connection before answering, which the client sees as a refused upgrade.
    QObject::disconnect(m_wsConnection);
    if (!refuse)
        m_wsConnection = connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &FakeNezhaV1::onWebSocket);
}

void FakeNezhaV1::expireSessions()
{
    m_tokens.clear();
}

void FakeNezhaV1::dropStreams()
{
    for (Stream &s : m_streams)
        s.socket->abort();
    m_streams.clear();
}

void FakeNezhaV1::pingStreams()
{
    for (Stream &s : m_streams)
        s.socket->ping("nezha");
}

FakeNezhaV1::Response FakeNezhaV1::json(const QJsonObject &body, int status) const
{
    Response r("application/json; charset=utf-8", QJsonDocument(body).toJson(QJsonDocument::Compact),
               Response::StatusCode(status));
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    r.addHeader("Date", QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
    return r;
}

FakeNezhaV1::Response FakeNezhaV1::error(const QString &message, int status) const
{
    return json({{QStringLiteral("error"), message}}, status); // no "success": false is omitted
}

FakeNezhaV1::Response FakeNezhaV1::success(const QJsonValue &data) const
{
    QJsonObject body{{QStringLiteral("success"), true}};
    if (!data.isNull())
        body.insert(QStringLiteral("data"), data);
    return json(body);
}

FakeNezhaV1::Response FakeNezhaV1::wafPage() const
{
    return Response("text/html; charset=utf-8",
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Blocked</title></head><body><main>"
                    "<h1>Blocked</h1><p>you were blocked by nezha WAF</p></main></body></html>",
                    Response::StatusCode::Forbidden);
}

FakeNezhaV1::Caller FakeNezhaV1::caller(const QByteArray &authorization, const QString &scope,
                                        QString *missingScope) const
{
    if (!authorization.startsWith("Bearer "))
        return Caller::Guest;
    const QByteArray token = authorization.mid(7);
    if (token.startsWith("nzp_")) {
        if (!pats.contains(token))
            return Caller::BadPat;
        if (!scope.isEmpty() && !pats.value(token).contains(scope) && missingScope)
            *missingScope = scope;
        return Caller::Member;
    }
    const qint64 expiry = m_tokens.value(QString::fromLatin1(token), 0);
    return expiry > QDateTime::currentMSecsSinceEpoch() ? Caller::Member : Caller::Guest;
}

QString FakeNezhaV1::issue()
{
    const QString token = QStringLiteral("jwt-%1").arg(++m_serial);
    m_tokens.insert(token, QDateTime::currentMSecsSinceEpoch() + ttlMs);
    return token;
}

QJsonArray FakeNezhaV1::servers(bool member, bool stream) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Row { int id; const char *name; int index; bool hidden; bool reported; double cpu; };
    static const Row rows[] = {{1, "alpha", 5, false, true, 12.5}, {2, "beta", 5, false, true, 0},
                               {3, "gamma", 1, true, true, 80}, {4, "delta", 0, false, false, 0}};
    QJsonArray out;
    for (const Row &row : rows) {
        if (row.hidden && !member)
            continue;
        QJsonObject host, state;
        if (row.reported) {
            host = {{QStringLiteral("platform"), QStringLiteral("debian")},
                    {QStringLiteral("mem_total"), 8LL << 30},
                    {QStringLiteral("cpu"), QJsonArray{QStringLiteral("AMD EPYC 4 Virtual Core")}}};
            if (member)
                host.insert(QStringLiteral("platform_version"), QStringLiteral("12"));
            state = {{QStringLiteral("mem_used"), 1LL << 30}, {QStringLiteral("uptime"), 3600}};
            if (row.cpu > 0) // omitempty: a zero CPU is left out
                state.insert(QStringLiteral("cpu"), row.cpu);
        }
        QJsonObject server{{QStringLiteral("id"), row.id}, {QStringLiteral("name"), QString::fromLatin1(row.name)},
                           {QStringLiteral("host"), host}, {QStringLiteral("state"), state},
                           {QStringLiteral("last_active"), row.reported ? rfc3339(now - 1000)
                                                                        : QStringLiteral("0001-01-01T00:00:00Z")}};
        if (row.index)
            server.insert(QStringLiteral("display_index"), row.index);
        if (!stream)
            server.insert(QStringLiteral("uuid"), QStringLiteral("uuid-%1").arg(row.id));
        out.append(server);
    }
    return out;
}

void FakeNezhaV1::installRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(QStringLiteral("/api/v1/setting"), [this](const QHttpServerRequest &) {
        if (blocked())
            return wafPage();
        QJsonObject data{{QStringLiteral("config"), QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Fake")},
                                                                {QStringLiteral("language"), QStringLiteral("en-US")}}}};
        if (generation == Generation::V2)
            data.insert(QStringLiteral("tsdb_enabled"), tsdbEnabled);
        return success(data); // no version: the caller is a guest
    });
    m_http.route(QStringLiteral("/api/v1/login"), Method::Post,
                 [this](const QHttpServerRequest &request) { return login(request); });
    m_http.route(QStringLiteral("/api/v1/refresh-token"), [this](const QHttpServerRequest &request) {
        return refresh(request);
    });
    installFleetRoutes();
}

void FakeNezhaV1::installFleetRoutes()
{
    m_http.route(QStringLiteral("/api/v1/profile"), [this](const QHttpServerRequest &request) {
        ++profileChecks;
        if (blocked())
            return wafPage();
        if (request.value("Authorization").startsWith("Bearer nzp_"))
            return error(QStringLiteral("ApiErrorForbidden: api token is not allowed here"), 403);
        if (caller(request.value("Authorization"), {}) != Caller::Member)
            return error(QStringLiteral("ApiErrorUnauthorized"));
        return success(QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("username"), QLatin1String(User)},
                                   {QStringLiteral("role"), 0}});
    });
    m_http.route(QStringLiteral("/api/v1/server"), [this](const QHttpServerRequest &request) {
        ++serverPolls;
        if (blocked())
            return wafPage();
        QString missing;
        const Caller who = caller(request.value("Authorization"), QStringLiteral("nezha:inventory:read"), &missing);
        if (who == Caller::BadPat)
            return error(QStringLiteral("ApiErrorUnauthorized: invalid api token"), 401);
        if (!missing.isEmpty())
            return error(QStringLiteral("ApiErrorForbidden: api token lacks scope ") + missing, 403);
        if (who != Caller::Member)
            return error(QStringLiteral("ApiErrorUnauthorized"));
        return success(servers(true, false));
    });
    m_http.route(QStringLiteral("/api/v1/server-group"), [this](const QHttpServerRequest &) {
        ++groupFetches;
        auto group = [](int id, const char *name, const QJsonValue &ids) {
            return QJsonObject{{QStringLiteral("group"), QJsonObject{{QStringLiteral("id"), id},
                                                                     {QStringLiteral("name"), QLatin1String(name)}}},
                               {QStringLiteral("servers"), ids}};
        };
        return success(QJsonArray{group(1, "web", QJsonArray{1, 2}), group(2, "db", QJsonArray{2, 3}),
                                  group(3, "empty", QJsonValue::Null)});
    });
    m_http.route(QStringLiteral("/api/v1/server/<arg>/metrics"), [this](quint64 id, const QHttpServerRequest &request) {
        return metrics(id, request);
    });
    // Qt 6.4.2 hands an upgrade to newWebSocketConnection only when a route accepts the request; the route
    // must leave the responder untouched (the handshake answer is the WebSocket server's).
    m_http.route(QStringLiteral("/api/v1/ws/server"), [](const QHttpServerRequest &, QHttpServerResponder &&) {});
    m_http.setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("404 Not Found")}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

FakeNezhaV1::Response FakeNezhaV1::login(const QHttpServerRequest &request)
{
    if (blocked())
        return wafPage();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (body.value(QStringLiteral("username")).toString() != QLatin1String(User)
        || body.value(QStringLiteral("password")).toString() != QLatin1String(Password)) {
        ++rejectedLogins;
        ++m_strikes;
        return error(QStringLiteral("ApiErrorUnauthorized"));
    }
    ++logins;
    const QString token = issue();
    Response r = success(QJsonObject{{QStringLiteral("token"), token},
                                     {QStringLiteral("expire"), rfc3339(m_tokens.value(token))}});
    r.addHeader("Set-Cookie", "nz-jwt=" + token.toLatin1() + "; Path=/; HttpOnly");
    if (generation == Generation::V2) {
        const QByteArray csrf = "nonce" + QByteArray::number(m_serial) + ".sig";
        m_csrf.insert(csrf);
        r.addHeader("Set-Cookie", "nz-csrf=" + csrf + "; Path=/; SameSite=Strict");
    }
    return r;
}

FakeNezhaV1::Response FakeNezhaV1::refresh(const QHttpServerRequest &request)
{
    if (blocked())
        return wafPage();
    lastRefreshMethod = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    const bool v2 = generation == Generation::V2 && !v20;
    if ((v2 && lastRefreshMethod != "POST") || (!v2 && lastRefreshMethod != "GET"))
        return error(QStringLiteral("404 Not Found"), 404);
    if (v2 && csrfRequired) {
        const QByteArray header = request.value("X-CSRF-Token");
        if (header.isEmpty() || header != cookieValue(request, "nz-csrf") || !m_csrf.contains(header)) {
            ++csrfRejections;
            return error(QStringLiteral("ApiErrorForbidden: missing or invalid CSRF token"), 403);
        }
    }
    if (failRefresh || caller(request.value("Authorization"), {}) != Caller::Member)
        return error(QStringLiteral("ApiErrorUnauthorized"));
    ++refreshes;
    const QString token = issue();
    Response r = success(QJsonObject{{QStringLiteral("token"), token},
                                     {QStringLiteral("expire"), rfc3339(m_tokens.value(token))}});
    if (v2) {
        const QByteArray csrf = "renewed" + QByteArray::number(m_serial) + ".sig";
        m_csrf.insert(csrf);
        r.addHeader("Set-Cookie", "nz-csrf=" + csrf + "; Path=/");
    }
    return r;
}

FakeNezhaV1::Response FakeNezhaV1::metrics(quint64 id, const QHttpServerRequest &request)
{
    ++metricsFetches;
    if (generation != Generation::V2)
        return error(QStringLiteral("404 Not Found"), 404);
    QString missing;
    const Caller who = caller(request.value("Authorization"), QStringLiteral("nezha:server:read"), &missing);
    if (who == Caller::BadPat)
        return error(QStringLiteral("ApiErrorUnauthorized: invalid api token"), 401);
    if (!missing.isEmpty())
        return error(QStringLiteral("ApiErrorForbidden: api token lacks scope ") + missing, 403);
    const QString metric = request.query().queryItemValue(QStringLiteral("metric"));
    QJsonArray points;
    if (tsdbEnabled) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 3; i > 0; --i)
            points.append(QJsonObject{{QStringLiteral("ts"), now - i * 60000}, {QStringLiteral("value"), 10.0 * i}});
    }
    return success(QJsonObject{{QStringLiteral("server_id"), qint64(id)}, {QStringLiteral("server_name"), QStringLiteral("alpha")},
                               {QStringLiteral("metric"), metric}, {QStringLiteral("data_points"), points}});
}

void FakeNezhaV1::onWebSocket()
{
    while (m_http.hasPendingWebSocketConnections()) {
        Stream s;
        s.socket = m_http.nextPendingWebSocketConnection();
        s.authorization = s.socket->request().rawHeader("Authorization");
        s.origin = s.socket->origin().toUtf8();
        s.member = caller(s.authorization, {}) == Caller::Member;
        connect(s.socket.get(), &QWebSocket::pong, this, [this] { ++pongs; });
        ++upgrades;
        m_streams.push_back(std::move(s));
    }
}

void FakeNezhaV1::sendFrames()
{
    m_frames.setInterval(frameIntervalMs);
    std::erase_if(m_streams, [](const Stream &s) { return s.socket->state() != QAbstractSocket::ConnectedState; });
    if (silent)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    for (Stream &s : m_streams) {
        const QJsonObject frame{{QStringLiteral("now"), now}, {QStringLiteral("online"), 1},
                                {QStringLiteral("servers"), servers(s.member, true)}};
        s.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
}
