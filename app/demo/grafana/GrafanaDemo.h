#pragma once

// The Grafana half of the demo dashboard: installs Grafana's Admin API routes (/api/health, /api/user,
// /api/users/search, /api/admin/...) on a QHttpServer, with Basic auth, backed by a GrafanaDemoStore.
// Nothing under /api/v1/server/* (the Nezha demo's), so both share one server. The DemoDashboard calls
// install() once at start-up; tests install it on their own QHttpServer bound to 127.0.0.1:0.
// Demo logins: admin / admin-demo (Grafana Admin), viewer / viewer-demo (no admin rights).
// Fault modes (setFault) make every Grafana route misbehave on demand, like DemoDashboard's for Nezha.
// Lives on the server's thread; owned by the server (child QObject).

#include "demo/grafana/GrafanaDemoStore.h"

#include <QObject>
#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

class GrafanaDemo : public QObject
{
    Q_OBJECT
public:
    // Registers the routes and returns the demo, parented to `server`.
    static GrafanaDemo *install(QHttpServer &server, GrafanaDemoStore::Clock clock = {});

    GrafanaDemoStore &store() { return m_store; }

    enum class Fault {
        None,
        Slow,        // answer only after slowDelayMs()
        ServerError, // 500 with an empty body
        HtmlPage,    // 200 with a proxy's HTML sign-in page
        Truncated,   // the real answer cut in the middle
    };
    Q_ENUM(Fault)
    // The fault hits requests after the first `afterRequests` ones (e.g. 1: /api/health answers, the command not).
    void setFault(Fault fault, int afterRequests = 0)
    {
        m_fault = fault;
        m_faultAfter = m_requests + afterRequests;
    }
    Fault fault() const { return m_fault; }
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    int requestCount() const { return m_requests; } // Grafana requests answered or held, for tests

private:
    void respond(GrafanaDemoReply reply, QHttpServerResponder &&responder);
    void add(QHttpServer &server, const QString &path, std::function<GrafanaDemoReply(const QHttpServerRequest &)> h);
    void add(QHttpServer &server, const QString &path,
             std::function<GrafanaDemoReply(const QString &, const QHttpServerRequest &)> h);
    void add(QHttpServer &server, const QString &path,
             std::function<GrafanaDemoReply(const QString &, const QString &, const QHttpServerRequest &)> h);

    explicit GrafanaDemo(GrafanaDemoStore::Clock clock, QObject *parent);
    void registerRoutes(QHttpServer &server);

    enum class Guard { SignedIn, Rbac, GrafanaAdmin };
    // Authenticates and authorises the request; on failure fills `denied` with Grafana's 401/403 body.
    bool allow(const QHttpServerRequest &request, Guard guard, const QString &action, GrafanaDemoReply &denied,
               qint64 *callerId = nullptr);

    GrafanaDemoStore m_store;
    Fault m_fault = Fault::None;
    int m_faultAfter = 0;
    int m_slowDelayMs = 15000;
    int m_requests = 0;
};
