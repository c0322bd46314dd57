#include "nezha/v1/V1GuestGuard.h"

#include "nezha/v1/NezhaV1Codec.h"
#include "nezha/v1/V1Replies.h"
#include "nezha/v1/V1Session.h"
#include "net/HttpCall.h"
#include "net/ReplyChecks.h"

V1GuestGuard::V1GuestGuard(QNetworkAccessManager *nam, V1Session *session, QObject *parent)
    : QObject(parent), m_nam(nam), m_session(session)
{
}

void V1GuestGuard::reset()
{
    delete m_call.data();
    m_confirmed = false;
    m_holding = false;
    m_held = {};
}

void V1GuestGuard::offer(const FleetSnapshot &snapshot)
{
    const bool shrank = m_lastCount >= 0 && snapshot.servers.size() < m_lastCount;
    // Past the login's expire (a renewal that never came: suspend, network), the token needs a look too.
    // One look per expire: a dashboard that still accepts it (clock skew) is not asked again every frame.
    const bool expired = m_session->expireMs() > 0 && m_session->now() >= m_session->expireMs()
        && m_checkedExpireMs != m_session->expireMs();
    if (m_session->usesToken() || (m_confirmed && !shrank && !expired)) {
        m_lastCount = snapshot.servers.size();
        emit accepted(snapshot);
        return;
    }
    // Hold the newest snapshot until the token is confirmed; a guest view never reaches the fleet.
    m_held = snapshot;
    m_holding = true;
    m_confirmed = false;
    if (!m_call && !m_session->isBusy()) // a login or renewal on its way: the next frame checks its token
        check();
}

void V1GuestGuard::check()
{
    ++m_checks;
    const QUrl url = ReplyChecks::joinPath(m_url, QStringLiteral("/api/v1/profile"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    m_session->authorize(request);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    HttpCall *call = HttpCall::start(m_nam, request, "GET", {}, m_timeoutMs, 1024 * 1024, this);
    m_call = call;
    connect(call, &HttpCall::finished, this, [this, url](const HttpResult &result) {
        m_call.clear(); // the call deletes itself after this handler
        // v1 /profile carries the bcrypt hash and the agent secret: only the verdict is kept, never the body.
        ApiError error = V1Replies::check(result, url, m_session->failedLogins());
        if (!error.isError())
            error = NezhaV1::decodeProfile(result.body, result.status).error;
        if (error.kind == ApiError::Kind::Auth) {
            m_held = {};
            m_holding = false;
            emit tokenRejected();
        } else if (error.isError()) {
            emit checkFailed(error);
        } else {
            m_confirmed = true;
            if (m_session->expireMs() > 0 && m_session->now() >= m_session->expireMs())
                m_checkedExpireMs = m_session->expireMs(); // confirmed although past its expire
            if (m_holding) {
                m_holding = false;
                m_lastCount = m_held.servers.size();
                emit accepted(std::exchange(m_held, {}));
            }
        }
    });
}
