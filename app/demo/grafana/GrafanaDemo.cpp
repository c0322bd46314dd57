#include "demo/grafana/GrafanaDemo.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace {

using Method = QHttpServerRequest::Method;

QHttpServerResponse toResponse(const GrafanaDemoReply &reply)
{
    const auto status = QHttpServerResponse::StatusCode(reply.status);
    if (reply.body.isEmpty() && reply.contentType.isEmpty())
        return QHttpServerResponse(status);
    return QHttpServerResponse(reply.contentType, reply.body, status);
}

GrafanaDemoReply notFound()
{
    // Grafana's router has no 405: an unregistered method on a known path is a plain 404.
    return GrafanaDemoReply::message(404, QStringLiteral("Not found"));
}

} // namespace

GrafanaDemo::GrafanaDemo(GrafanaDemoStore::Clock clock, QObject *parent) : QObject(parent), m_store(std::move(clock))
{
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
    denied = guard == Guard::Rbac ? GrafanaDemoStore::rbacDenied(action) : GrafanaDemoStore::permissionDenied();
    return false;
}

void GrafanaDemo::registerRoutes(QHttpServer &server)
{
    // Each path is registered once for every method and dispatches inside, so a wrong method gets
    // Grafana's 404 body rather than QHttpServer's empty one.
    server.route(QStringLiteral("/api/health"), [this](const QHttpServerRequest &req) {
        return toResponse(req.method() == Method::Get || req.method() == Method::Head ? m_store.health() : notFound());
    });
    server.route(QStringLiteral("/api/user"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        qint64 caller = 0;
        if (req.method() != Method::Get)
            return toResponse(notFound());
        if (allow(req, Guard::SignedIn, {}, r, &caller))
            r = m_store.currentUser(caller);
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/users/search"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:read"), r)) {
            const QUrlQuery q = req.query();
            r = m_store.searchUsers(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                                    q.queryItemValue(QStringLiteral("page")).toInt(),
                                    q.queryItemValue(QStringLiteral("perpage")).toInt());
        }
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/settings"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get) // PUT is Enterprise-only: this demo is OSS
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("settings:read"), r))
            r = m_store.settings();
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/stats"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("server.stats:read"), r))
            r = m_store.stats();
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/usage-report-preview"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Get)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("server.usagestats.report:read"), r))
            r = m_store.usageReport();
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/users"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:create"), r))
            r = m_store.createUser(req.body());
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/users/<arg>"), [this](const QString &id, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Delete)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("users:delete"), r))
            r = m_store.deleteUser(id);
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/users/<arg>/<arg>"),
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
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/provisioning/<arg>/reload"),
                 [this](const QString &type, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("provisioning:reload"), r))
            r = m_store.reloadProvisioning(type);
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/ldap/reload"), [this](const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return toResponse(notFound());
        if (allow(req, Guard::Rbac, QStringLiteral("ldap.config:reload"), r))
            r = m_store.reloadLdap();
        return toResponse(r);
    });
    server.route(QStringLiteral("/api/admin/encryption/<arg>"),
                 [this](const QString &action, const QHttpServerRequest &req) {
        GrafanaDemoReply r;
        if (req.method() != Method::Post)
            return toResponse(notFound());
        if (allow(req, Guard::GrafanaAdmin, {}, r))
            r = m_store.encryption(action);
        return toResponse(r);
    });
}
