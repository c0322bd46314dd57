#pragma once

// The credentials of one Nezha v1/v2 connection: either a v2 personal access token (nzp_..., used as is) or a
// username/password login (POST /api/v1/login -> JWT) kept alive by renewing before it expires (GET
// /api/v1/refresh-token on v1 and v2.0, POST with X-CSRF-Token echoing the nz-csrf cookie on v2.1+). When a
// renewal fails, or the driver finds the token dead (guest view, ApiErrorUnauthorized), it logs in again ONCE
// with the stored password. A rejected password is final: the session stops (isRejected) until the
// credentials change, because every rejected login is a strike in the dashboard's WAF. The login's cookies
// are kept here, per session (so per profile), not in the shared QNetworkAccessManager's jar.
// Owned by NezhaV1Driver; main thread; the QNetworkAccessManager is injected and not owned.

#include "ApiError.h"
#include "DashboardInfo.h"
#include "fleet/DashboardConnection.h"
#include "net/HttpCall.h"

#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

class V1Session : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit V1Session(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setConnection(const DashboardConnection &connection); // forgets the token when credentials change
    void setGeneration(NezhaGeneration generation) { m_generation = generation; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRenewLeadMs(qint64 ms) { m_renewLeadMs = ms; } // renew this long before expiry (capped at half the TTL)
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool usesToken() const { return m_connection.token.startsWith(QLatin1String("nzp_")); }
    bool isReady() const { return usesToken() || !m_jwt.isEmpty(); }
    bool isBusy() const { return !m_call.isNull(); }
    bool isRejected() const { return m_rejected.isError(); } // a rejected password: nothing more is tried
    ApiError rejection() const { return m_rejected; }
    qint64 expireMs() const { return m_expireMs; }
    qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }
    int failedLogins() const { return m_failedLogins; }
    int loginCount() const { return m_logins; }
    int renewCount() const { return m_renewals; }

    // Starts a login when there is no usable token (ready() or failed() follows); returns isReady().
    bool ensure();
    // Renews now (refresh-token, falling back to one login); used before expiry and when the token looks stale.
    void renew();
    // The token was found dead (strict route said ApiErrorUnauthorized, or the stream turned guest): log in
    // again, once per token. Returns false when that once was already used or the password was rejected.
    bool relogin();

    // Sets Authorization ("Bearer <jwt>" or "Bearer nzp_...") on a request; nothing when not ready.
    void authorize(QNetworkRequest &request) const;
    QByteArray authorization() const;

signals:
    void ready();                        // a usable token exists (after a login, a renewal or a re-login)
    void failed(const ApiError &error);  // login impossible now; isRejected() says whether it is final

private:
    void login();
    void refresh();
    void onLogin(const HttpResult &result);
    void onRefresh(const HttpResult &result);
    void accept(const QString &token, qint64 expireMs, const HttpResult &result);
    void scheduleRenewal();
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager *m_nam;
    DashboardConnection m_connection;
    NezhaGeneration m_generation = NezhaGeneration::V1;
    Clock m_clock;
    qint64 m_renewLeadMs = 5 * 60 * 1000;
    int m_timeoutMs = 10000;
    QString m_jwt;
    qint64 m_expireMs = 0;
    QList<QNetworkCookie> m_cookies; // nz-csrf (v2) and nz-jwt from the last login/refresh
    QPointer<HttpCall> m_call;       // the login or refresh in flight
    QTimer m_renewTimer;
    ApiError m_rejected;
    bool m_refreshWithGet = false; // a v2.0.x dashboard answered 404 to POST refresh-token
    bool m_reloginUsed = false; // the one re-login allowed since the last successful login
    int m_failedLogins = 0;
    int m_logins = 0;
    int m_renewals = 0;
};
