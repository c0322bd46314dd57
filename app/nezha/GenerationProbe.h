#pragma once

// Finds out which Nezha API generation a dashboard speaks (nezha.md 5.5): GET /api/v1/setting without auth
// answers v1/v2 with JSON (v2 when data.tsdb_enabled is present; data.version only for admins) and v0 with its
// HTML 404 page, which a v0 token confirms on /api/v1/server/list (a body with "code"). The credential's shape
// must fit what was found (nzp_ token -> v2, username/password -> v1/v2, 32-char token -> v0); a mismatch is an
// Auth error that says which credential the dashboard needs. A WAF block page is recognised and explained.
// A generation forced in DashboardConnection skips the network. Used by NezhaAutoDriver (and the connection
// test); main thread; the QNetworkAccessManager is injected and not owned.

#include "ApiError.h"
#include "DashboardInfo.h"
#include "fleet/DashboardConnection.h"
#include "net/HttpCall.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

class GenerationProbe : public QObject
{
    Q_OBJECT
public:
    explicit GenerationProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Logins this client saw rejected by the dashboard, so a WAF page can say how long the block lasts.
    void setFailedLogins(int count) { m_failedLogins = count; }
    // Starts probing; finished() follows exactly once (later, never from inside start()) unless cancel().
    void start(const DashboardConnection &connection);
    void cancel();
    bool isRunning() const { return m_running; }

    // What the credential alone says: V2 for nzp_ tokens, V0 for other tokens, Unknown (V1 or V2) for a login.
    static NezhaGeneration fromCredentials(const DashboardConnection &connection);

signals:
    // info.generation is Unknown only when nothing could be learnt; error may accompany a known generation
    // (e.g. "this is Nezha v1; log in with username and password").
    void finished(const DashboardInfo &info, const ApiError &error);

private:
    void onSetting(const HttpResult &result);
    void confirmV0();
    void finish(const DashboardInfo &info, const ApiError &error = {});
    ApiError credentialMismatch(NezhaGeneration found) const;
    HttpCall *get(const QString &path, const QByteArray &authorization);

    QNetworkAccessManager *m_nam;
    DashboardConnection m_connection;
    int m_timeoutMs = 10000;
    QPointer<HttpCall> m_call;
    bool m_running = false;
    int m_failedLogins = 0;
};
