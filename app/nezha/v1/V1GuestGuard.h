#pragma once

// Keeps a logged-in Nezha v1/v2 client from showing a guest view as its fleet. An expired or IP-rebound JWT on
// the optional-auth stream silently turns into a guest view (hidden servers vanish, host fields go), so with a
// login every freshly opened stream, and every snapshot with fewer servers than the last one delivered, is
// held until GET /api/v1/profile confirms the token (so is every snapshot once the login's expire has passed). Confirmed -> the held snapshot (the newest) is delivered;
// refused (ApiErrorUnauthorized) -> tokenRejected(), the driver logs in again and reopens the stream, and the
// guest snapshot is never delivered. Personal access tokens are not guest-downgraded (a bad PAT is a 401), so
// they pass straight through. Owned by NezhaV1Driver; main thread.

#include "ApiError.h"
#include "ServerSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpCall;
class QNetworkAccessManager;
class V1Session;

class V1GuestGuard : public QObject
{
    Q_OBJECT
public:
    V1GuestGuard(QNetworkAccessManager *nam, V1Session *session, QObject *parent = nullptr);

    void setDashboardUrl(const QUrl &url) { m_url = url; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    void reset();       // a new stream (or connection): the next snapshot needs a confirmed token again
    void clear() { reset(); m_lastCount = -1; } // another dashboard or account
    void offer(const FleetSnapshot &snapshot); // -> accepted() now or after the check, or never
    bool isHolding() const { return m_holding; }
    int checks() const { return m_checks; }

signals:
    void accepted(const FleetSnapshot &snapshot);
    void tokenRejected();                     // the session is a guest now: log in again
    void checkFailed(const ApiError &error);  // /profile could not answer (network, WAF, ...)

private:
    void check();

    QNetworkAccessManager *m_nam;
    V1Session *m_session;
    QUrl m_url;
    int m_timeoutMs = 10000;
    QPointer<HttpCall> m_call;
    FleetSnapshot m_held;
    bool m_holding = false;
    bool m_confirmed = false;
    qsizetype m_lastCount = -1;
    qint64 m_checkedExpireMs = -1; // the login expire a /profile check already confirmed past its time
    int m_checks = 0;
};
