#include "demo/grafana/GrafanaDemo.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace {

using Method = QHttpServerRequest::Method;

void write(QHttpServerResponder &responder, const GrafanaDemoReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (reply.contentType.isEmpty())
        responder.write(reply.body, {}, status);
    else
        responder.write(reply.body, reply.contentType, status);
}

// What a reverse proxy's sign-in page looks like to an API client: 200, HTML.
const QByteArray proxyPage = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                             "<body><form action=\"/oauth2/start\">Sign in with SSO</form></body></html>\n";

GrafanaDemoReply notFound()
{
    // Grafana's router has no 405: an unregistered method on a known path is a plain 404.
    return GrafanaDemoReply::message(404, QStringLiteral("Not found"));
}

} // namespace

GrafanaDemo::GrafanaDemo(GrafanaDemoStore::Clock clock, QObject *parent) : QObject(parent), m_store(std::move(clock))
{
}

void GrafanaDemo::respond(GrafanaDemoReply reply, QHttpServerResponder &&responder)
{
    const Fault fault = ++m_requests > m_faultAfter ? m_fault : Fault::None;
    switch (fault) {
    case Fault::None:
    case Fault::Slow:
        break;
    case Fault::ServerError: // a recovered panic behind a proxy: 500, no body
        reply = {500, QByteArray(), QByteArray()};
        break;
    case Fault::HtmlPage:
        reply = {200, "text/html; charset=utf-8", proxyPage};
        break;
    case Fault::Truncated:
        reply.body.truncate(reply.body.size() / 2);
        break;
    }
    if (fault != Fault::Slow)
        return write(responder, reply);
    // Answer later; the timer belongs to the connection, so a client that gives up ends it.
    QTcpSocket *socket = responder.socket();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_slowDelayMs, socket ? static_cast<QObject *>(socket) : this,
                       [held, reply] { write(*held, reply); });
}

void GrafanaDemo::add(QHttpServer &server, const QString &path, std::function<GrafanaDemoReply(const QHttpServerRequest &)> h)
{
    server.route(path, [this, h](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(h(req), std::move(responder));
    });
}

void GrafanaDemo::add(QHttpServer &server, const QString &path,
                      std::function<GrafanaDemoReply(const QString &, const QHttpServerRequest &)> h)
{
    server.route(path, [this, h](const QString &a, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(h(a, req), std::move(responder));
    });
}

void GrafanaDemo::add(QHttpServer &server, const QString &path,
                      std::function<GrafanaDemoReply(const QString &, const QString &, const QHttpServerRequest &)> h)
{
    server.route(path, [this, h](const QString &a, const QString &b, const QHttpServerRequest &req,
                                 QHttpServerResponder &&responder) { respond(h(a, b, req), std::move(responder)); });
}

GrafanaDemo *GrafanaDemo::install(QHttpServer &server, GrafanaDemoStore::Clock clock)
{
    auto *demo = new GrafanaDemo(std::move(clock), &server);
    demo->registerRoutes(server);
    return demo;
}

bool GrafanaDemo::allow(const QHttpServerRequest &request, Guard guard, const QString &action,
                        GrafanaDemoReply &denied, qint64 *callerId)
{
    const qint64 id = m_store.authenticate(request.value("Authorization"), &denied);
    if (id == 0)
        return false;
    if (callerId)
        *callerId = id;
    if (guard == Guard::SignedIn || m_store.isGrafanaAdmin(id))
        return true;
    denied = guard == Guard::Rbac ? m_store.rbacDenied(action) : GrafanaDemoStore::permissionDenied();
    return false;
}

void GrafanaDemo::registerRoutes(QHttpServer &server)
{
    // Each path is registered once for every method and dispatches inside, so a wrong method gets
    // Grafana's 404 body rather than QHttpServer's empty one.
    add(server, QStringLiteral("/api/health"), [this](const QHttpServerRequest &req) {
        return (req.method() == Method::Get || req.method() == Method::Head ? m_store.health() : notFound());
    });
    add(server, QStringLiteral("/api/user"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        qint64 caller = 0;
        if (req.method() != Method::Get)
            return (notFound());
        if (allow(req, Guard::SignedIn, {}, r, &caller))
            r = m_store.currentUser(caller);
        return (r);
    });
    add(server, QStringLiteral("/api/users/search"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:read"), r)) {
            const QUrlQuery q = req.query();
            r = m_store.searchUsers(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                                    q.queryItemValue(QStringLiteral("page")).toInt(),
                                    q.queryItemValue(QStringLiteral("perpage")).toInt());
        }
        return (r);
    });
    add(server, QStringLiteral("/api/admin/settings"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get) // PUT is Enterprise-only: this demo is OSS
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("settings:read"), r))
            r = m_store.settings();
        return (r);
    });
    add(server, QStringLiteral("/api/admin/stats"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("server.stats:read"), r))
            r = m_store.stats();
        return (r);
    });
    add(server, QStringLiteral("/api/admin/usage-report-preview"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("server.usagestats.report:read"), r))
            r = m_store.usageReport();
        return (r);
    });
    add(server, QStringLiteral("/api/admin/users"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:create"), r))
            r = m_store.createUser(req.body());
        return (r);
    });
    add(server, QStringLiteral("/api/admin/users/<arg>"), [this](const QString &id, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Delete)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:delete"), r))
            r = m_store.deleteUser(id);
        return (r);
    });
    add(server, QStringLiteral("/api/admin/users/<arg>/<arg>"),
                 [this](const QString &id, const QString &what, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        const Method m = req.method();
        qint64 caller = 0;
        if (what == QLatin1String("password") && m == Method::Put) {
            if (allow(req, Guard::Rbac, QStringLiteral("users.password:update"), r))
                r = m_store.changePassword(id, req.body());
        } else if (what == QLatin1String("permissions") && m == Method::Put) {
            if (allow(req, Guard::GrafanaAdmin, {}, r))
                r = m_store.setPermissions(id, req.body());
        } else if (what == QLatin1String("auth-tokens") && m == Method::Get) {
            if (allow(req, Guard::Rbac, QStringLiteral("users.authtoken:list"), r))
                r = m_store.authTokens(id);
        } else if (what == QLatin1String("revoke-auth-token") && m == Method::Post) {
            if (allow(req, Guard::Rbac, QStringLiteral("users.authtoken:update"), r))
                r = m_store.revokeAuthToken(id, req.body());
        } else if (what == QLatin1String("logout") && m == Method::Post) {
            if (allow(req, Guard::Rbac, QStringLiteral("users.logout"), r, &caller))
                r = m_store.logoutUser(id, caller);
        } else {
            r = notFound();
        }
        return (r);
    });
    add(server, QStringLiteral("/api/admin/provisioning/<arg>/reload"),
                 [this](const QString &type, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("provisioning:reload"), r))
            r = m_store.reloadProvisioning(type);
        return (r);
    });
    add(server, QStringLiteral("/api/admin/ldap/reload"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return (notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("ldap.config:reload"), r))
            r = m_store.reloadLdap();
        return (r);
    });
    add(server, QStringLiteral("/api/admin/encryption/<arg>"),
                 [this](const QString &action, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return (notFound());
        if (allow(req, Guard::GrafanaAdmin, {}, r))
            r = m_store.encryption(action);
        return (r);
    });
}
