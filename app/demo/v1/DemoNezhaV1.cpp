#include "demo/v1/DemoNezhaV1.h"

#include "demo/DemoDashboard.h"
#include "demo/v1/DemoFleetViews.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace {

using NezhaV1::encodeError;
using NezhaV1::encodeSuccess;

constexpr int OffsetSecs = 8 * 3600;
const QByteArray unauthorized = QByteArrayLiteral("ApiErrorUnauthorized");

DemoAnswer error(const QString &text, int status = 200)
{
    return DemoAnswer::json(encodeError(text), status);
}

QString stamp(qint64 secs)
{
    return NezhaV1::formatTimestamp(secs * 1000, OffsetSecs);
}

// Go's strconv.ParseUint(piece, 10, 64): digits only.
bool parseId(const QString &piece, quint64 *id)
{
    if (piece.isEmpty() || !std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }))
        return false;
    bool ok = false;
    *id = piece.toULongLong(&ok);
    return ok;
}

} // namespace

bool DemoNezhaV1::v2() const
{
    return m_demo.generation() == DemoDashboard::Generation::V2;
}

DemoAnswer DemoNezhaV1::handle(const DemoRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (post && path == QLatin1String("/api/v1/login"))
        return login(request);
    if (path == QLatin1String("/api/v1/refresh-token") && (v2() ? post : get))
        return refresh(request);
    if (get && path == QLatin1String("/api/v1/profile"))
        return profile(request);
    if (get && path == QLatin1String("/api/v1/setting"))
        return setting(request);
    if (get && path == QLatin1String("/api/v1/server"))
        return serverList(request);
    if (get && path == QLatin1String("/api/v1/server-group"))
        return serverGroups(request);
    static const QRegularExpression metricsPath(QStringLiteral("^/api/v1/server/([^/]+)/metrics$"));
    if (const auto match = metricsPath.match(path); v2() && get && match.hasMatch())
        return metrics(request, match.captured(1));
    if (path.startsWith(QLatin1String("/api/")))
        return error(QStringLiteral("404 Not Found"), 404); // gin NoRoute -> fallbackToFrontend
    return DemoAnswer::html(QByteArrayLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                                              "<title>Nezha Monitoring</title></head><body><div id=\"root\"></div>"
                                              "</body></html>\n"),
                            200);
}

std::optional<DemoAnswer> DemoNezhaV1::authorize(const DemoRequest &request, Access access, const char *scope,
                                                 Caller *caller)
{
    DemoAuth &auth = *m_demo.auth();
    *caller = {};
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QString bearer = authorization.startsWith("Bearer ")
                               ? QString::fromLatin1(authorization.mid(7).trimmed()) : QString();
    if (v2() && bearer.startsWith(QLatin1String("nzp_"))) {
        const DemoAuth::Pat *pat = auth.pat(bearer);
        if (!pat) {
            auth.strike(request.ip);
            return error(QStringLiteral("ApiErrorUnauthorized: invalid api token"), 401);
        }
        if (access == Access::StrictNoPat)
            return error(QStringLiteral("ApiErrorForbidden: this endpoint is not accessible by api token"), 403);
        if (scope && !pat->hasScope(QLatin1String(scope)))
            return error(QStringLiteral("ApiErrorForbidden: api token lacks scope ") + QLatin1String(scope), 403);
        *caller = {auth.adminUser(), pat};
        return std::nullopt;
    }
    QString jwt = bearer;
    if (jwt.isEmpty())
        jwt = request.queryValue(QStringLiteral("token"));
    if (jwt.isEmpty())
        jwt = QString::fromLatin1(request.cookie("nz-jwt"));
    const DemoAuth::JwtCheck check = auth.checkJwt(jwt);
    if (check.state == DemoAuth::JwtState::Valid) {
        caller->user = check.user;
        return std::nullopt;
    }
    if (access == Access::Optional)
        return std::nullopt; // expired, unknown or IP-rebound: silently a guest (nezha.md 5.2)
    return error(QLatin1String(unauthorized));
}

QList<ServerSnapshot> DemoNezhaV1::visibleServers(const Caller &caller) const
{
    QList<ServerSnapshot> servers = m_demo.fleet()->servers();
    servers.erase(std::remove_if(servers.begin(), servers.end(),
                                 [&](const ServerSnapshot &s) {
                                     if (caller.guest() && s.hideForGuest)
                                         return true;
                                     return caller.pat && !caller.pat->serverIds.isEmpty()
                                            && !caller.pat->serverIds.contains(s.id);
                                 }),
                  servers.end());
    std::stable_sort(servers.begin(), servers.end(), [](const ServerSnapshot &a, const ServerSnapshot &b) {
        return a.displayIndex != b.displayIndex ? a.displayIndex > b.displayIndex : a.id < b.id;
    });
    if (caller.guest()) { // the guest view of host leaves out platform_version and the agent version
        for (ServerSnapshot &s : servers) {
            s.host.platformVersion.clear();
            s.host.agentVersion.clear();
        }
    }
    return servers;
}

DemoAnswer DemoNezhaV1::tokenAnswer(const DemoAuth::Login &login) const
{
    const QJsonObject data{{QStringLiteral("token"), login.token},
                           {QStringLiteral("expire"), NezhaV1::formatTimestamp(login.expireMs / 1000 * 1000, OffsetSecs)}};
    DemoAnswer answer = DemoAnswer::json(encodeSuccess(data));
    answer.cookies << "nz-jwt=" + login.token.toLatin1() + "; Path=/; Max-Age="
                          + QByteArray::number(m_demo.auth()->jwtTtlSecs()) + "; SameSite=Lax";
    if (v2())
        answer.cookies << "nz-csrf=" + m_demo.auth()->newCsrf() + "; Path=/; SameSite=Strict";
    return answer;
}

DemoAnswer DemoNezhaV1::login(const DemoRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const DemoAuth::Login result = m_demo.auth()->login(body.value(QLatin1String("username")).toString(),
                                                        body.value(QLatin1String("password")).toString(), request.ip);
    return result.ok ? tokenAnswer(result) : error(QLatin1String(unauthorized));
}

DemoAnswer DemoNezhaV1::refresh(const DemoRequest &request)
{
    Caller caller;
    if (auto denied = authorize(request, v2() ? Access::Strict : Access::StrictNoPat, nullptr, &caller))
        return *denied;
    if (v2() && !caller.pat) { // csrfMiddleware runs before the PAT ban; PATs are exempt from it
        const QByteArray cookie = request.cookie("nz-csrf");
        const QByteArray header = request.header("X-CSRF-Token");
        if (cookie.isEmpty() || header != cookie || !m_demo.auth()->csrfValid(cookie))
            return error(QStringLiteral("ApiErrorForbidden: missing or invalid CSRF token"), 403);
    }
    if (caller.pat)
        return error(QStringLiteral("ApiErrorForbidden: this endpoint is not accessible by api token"), 403);
    QString token = QString::fromLatin1(request.header("Authorization").mid(7).trimmed());
    if (token.isEmpty())
        token = QString::fromLatin1(request.cookie("nz-jwt"));
    const DemoAuth::Login result = m_demo.auth()->refresh(token);
    return result.ok ? tokenAnswer(result) : error(QLatin1String(unauthorized));
}

void DemoNezhaV1::healCsrf(const DemoRequest &request, DemoAnswer &answer) const
{
    // v2's csrfMiddleware seeds a missing nz-csrf cookie on safe methods of authenticated routes.
    if (v2() && request.cookie("nz-csrf").isEmpty())
        answer.cookies << "nz-csrf=" + m_demo.auth()->newCsrf() + "; Path=/; SameSite=Strict";
}

DemoAnswer DemoNezhaV1::profile(const DemoRequest &request)
{
    Caller caller;
    if (auto denied = authorize(request, Access::StrictNoPat, nullptr, &caller))
        return *denied;
    QJsonObject user{{QStringLiteral("id"), qint64(caller.user->id)},
                     {QStringLiteral("created_at"), stamp(1724665483 + qint64(caller.user->id))},
                     {QStringLiteral("updated_at"), stamp(1732355083)},
                     {QStringLiteral("username"), caller.user->username},
                     {QStringLiteral("agent_secret"), QStringLiteral("demoAgentSecretNotARealOne000000")}};
    if (v2()) // v2 hides the password hash and always sends the role (0 admin, 1 member)
        user.insert(QStringLiteral("role"), int(caller.user->role));
    else // v1 leaks the bcrypt hash (of nothing real here)
        user.insert(QStringLiteral("password"),
                    QStringLiteral("$2a$10$UcK2ALVLnY2uMcrDKXBMu14EpYaTBCWnspmM0Pm2DF5RwrYAtUudj"));
    DemoAnswer answer = DemoAnswer::json(encodeSuccess(user));
    healCsrf(request, answer);
    return answer;
}

QJsonObject DemoNezhaV1::settingConfig(bool admin) const
{
    QJsonObject config{{QStringLiteral("language"), QStringLiteral("en-US")},
                       {QStringLiteral("site_name"), QStringLiteral("Nezha Demo")},
                       {QStringLiteral("ip_change_notification_group_id"), 0},
                       {QStringLiteral("cover"), admin ? 1 : 0}};
    if (admin) {
        config.insert(QStringLiteral("install_host"), m_demo.url().authority());
        config.insert(QStringLiteral("user_template"), QStringLiteral("user-dist"));
        config.insert(QStringLiteral("admin_template"), QStringLiteral("admin-dist"));
    }
    return config;
}

DemoAnswer DemoNezhaV1::setting(const DemoRequest &request)
{
    Caller caller; // fallbackAuth: JWT only (a PAT reads as a guest) and never force_auth
    QString jwt = QString::fromLatin1(request.header("Authorization").mid(7).trimmed());
    if (jwt.isEmpty())
        jwt = QString::fromLatin1(request.cookie("nz-jwt"));
    const DemoAuth::JwtCheck check = m_demo.auth()->checkJwt(jwt);
    const bool admin = check.state == DemoAuth::JwtState::Valid && check.user->role == DemoAuth::Role::Admin;
    QJsonObject data{{QStringLiteral("config"), settingConfig(admin)}};
    if (admin)
        data.insert(QStringLiteral("version"), v2() ? QStringLiteral("2.3.7") : QStringLiteral("1.14.14"));
    if (v2())
        data.insert(QStringLiteral("tsdb_enabled"), m_demo.tsdbEnabled());
    return DemoAnswer::json(encodeSuccess(data));
}

DemoAnswer DemoNezhaV1::serverList(const DemoRequest &request)
{
    Caller caller;
    if (auto denied = authorize(request, Access::Strict, DemoAuth::ScopeInventoryRead, &caller))
        return *denied;
    const QList<ServerSnapshot> all = visibleServers(caller);
    QList<ServerSnapshot> picked;
    const QString ids = request.queryValue(QStringLiteral("id"));
    if (!ids.isEmpty()) { // model/common.go SearchByID: display_index != 0 first, then the rest, request order
        QList<ServerSnapshot> rest;
        for (const QString &piece : ids.split(QLatin1Char(','))) {
            quint64 id = 0;
            if (!parseId(piece, &id))
                continue;
            const auto it = std::find_if(all.begin(), all.end(), [id](const ServerSnapshot &s) { return s.id == id; });
            if (it != all.end())
                (it->displayIndex != 0 ? picked : rest).append(*it);
        }
        picked += rest;
    }
    if (picked.isEmpty())
        picked = all; // nothing matched: the full list (the opposite of v0)
    QJsonArray items;
    for (const ServerSnapshot &s : std::as_const(picked))
        items.append(NezhaV1::encodeServer(s, v2() ? NezhaV1::Wire::V2 : NezhaV1::Wire::V1));
    DemoAnswer answer = DemoAnswer::json(encodeSuccess(items));
    healCsrf(request, answer);
    return answer;
}

DemoAnswer DemoNezhaV1::serverGroups(const DemoRequest &request)
{
    Caller caller;
    if (auto denied = authorize(request, Access::Optional, DemoAuth::ScopeInventoryRead, &caller))
        return *denied;
    QList<quint64> visible;
    for (const ServerSnapshot &s : visibleServers(caller))
        visible << s.id;
    const bool filter = v2() && (caller.guest() || caller.pat); // v1 lists hidden ids to guests too
    QJsonArray items;
    const QList<ServerGroup> groups = DemoFleetViews::serverGroups(*m_demo.fleet());
    for (const ServerGroup &g : groups) {
        const qint64 created = 1729936000 + qint64(g.id) * 86400;
        const QJsonObject group{{QStringLiteral("id"), qint64(g.id)},
                                {QStringLiteral("created_at"), stamp(created)},
                                {QStringLiteral("updated_at"), stamp(created + 60)},
                                {QStringLiteral("name"), g.name}};
        QJsonValue servers; // a group without servers is "servers": null
        if (!g.serverIds.isEmpty()) {
            QJsonArray ids;
            for (quint64 id : g.serverIds) {
                if (!filter || visible.contains(id))
                    ids.append(qint64(id));
            }
            servers = ids;
        }
        items.append(QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("servers"), servers}});
    }
    return DemoAnswer::json(encodeSuccess(items));
}

DemoAnswer DemoNezhaV1::metrics(const DemoRequest &request, const QString &idText)
{
    Caller caller;
    if (auto denied = authorize(request, Access::Optional, DemoAuth::ScopeServerRead, &caller))
        return *denied;
    quint64 id = 0;
    if (!parseId(idText, &id))
        return error(QStringLiteral("strconv.ParseUint: parsing \"%1\": invalid syntax").arg(idText));
    bool found = false;
    const ServerSnapshot server = m_demo.fleet()->server(id, &found);
    if (!found)
        return error(QStringLiteral("server not found"));
    const QList<ServerSnapshot> visible = visibleServers(caller);
    if (std::none_of(visible.begin(), visible.end(), [id](const ServerSnapshot &s) { return s.id == id; }))
        return error(QStringLiteral("unauthorized"));
    const QString metric = request.queryValue(QStringLiteral("metric"));
    if (!DemoFleetViews::isMetric(metric))
        return error(QStringLiteral("invalid metric name"));
    QString period = request.queryValue(QStringLiteral("period"));
    if (period.isEmpty())
        period = QStringLiteral("1d");
    const qint64 bucketMs = DemoFleetViews::bucketMs(period);
    if (bucketMs == 0)
        return error(QStringLiteral("invalid period: %1, expected 1d, 7d, or 30d").arg(period));
    if (caller.guest() && period != QLatin1String("1d"))
        return error(QStringLiteral("unauthorized: only 1d data available for guests"));
    QJsonObject data{{QStringLiteral("server_id"), qint64(id)},
                     {QStringLiteral("server_name"), server.name},
                     {QStringLiteral("metric"), metric}};
    data.insert(QStringLiteral("data_points"),
                m_demo.tsdbEnabled() ? DemoFleetViews::points(*m_demo.fleet(), id, metric, period) : QJsonArray());
    return DemoAnswer::json(encodeSuccess(data));
}
