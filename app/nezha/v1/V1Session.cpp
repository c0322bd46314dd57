#include "nezha/v1/V1Session.h"

#include "nezha/v1/NezhaV1Codec.h"
#include "nezha/v1/V1Replies.h"
#include "net/ReplyChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

V1Session::V1Session(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    Q_ASSERT(nam);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        m_reloginUsed = false; // the token lived its life: a failed renewal may log in again once
        renew();
    });
}

void V1Session::setConnection(const DashboardConnection &connection)
{
    if (connection.sameCredentials(m_connection))
        return;
    if (connection.url != m_connection.url)
        m_failedLogins = 0; // WAF strikes count per dashboard, whatever the credentials
    m_connection = connection;
    delete m_call.data();
    m_renewTimer.stop();
    m_jwt.clear();
    m_cookies.clear();
    m_expireMs = 0;
    m_rejected = {};
    m_reloginUsed = false;
}

QNetworkRequest V1Session::request(const QString &path) const
{
    QNetworkRequest request(ReplyChecks::joinPath(m_connection.url, path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Farsight/" FARSIGHT_VERSION));
    // Cookies belong to this session, not to the shared manager's jar (two profiles may share a dashboard).
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

QByteArray V1Session::authorization() const
{
    if (usesToken())
        return "Bearer " + m_connection.token.toUtf8();
    return m_jwt.isEmpty() ? QByteArray() : "Bearer " + m_jwt.toUtf8();
}

void V1Session::authorize(QNetworkRequest &request) const
{
    if (const QByteArray value = authorization(); !value.isEmpty())
        request.setRawHeader("Authorization", value);
}

bool V1Session::ensure()
{
    if (isReady())
        return true;
    if (!isRejected() && !isBusy() && m_connection.hasLogin())
        login();
    return false;
}

void V1Session::login()
{
    QNetworkRequest req = request(QStringLiteral("/api/v1/login"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_connection.username},
                                                      {QStringLiteral("password"), m_connection.password}})
                                .toJson(QJsonDocument::Compact);
    HttpCall *call = HttpCall::start(m_nam, req, "POST", body, m_timeoutMs, 1024 * 1024, this);
    m_call = call;
    connect(call, &HttpCall::finished, this, &V1Session::onLogin);
}

void V1Session::onLogin(const HttpResult &result)
{
    m_call.clear(); // the call deletes itself after this handler
    const QUrl url = ReplyChecks::joinPath(m_connection.url, QStringLiteral("/api/v1/login"));
    ApiError error = V1Replies::check(result, url, m_failedLogins);
    NezhaV1::LoginResult login;
    if (!error.isError()) {
        login = NezhaV1::decodeLogin(result.body, result.status);
        error = login.error;
        if (!error.isError() && login.token.isEmpty())
            error = ApiError::parse(QStringLiteral("data.token"), tr("the login answer carries no token"));
    }
    if (error.kind == ApiError::Kind::Auth) {
        // Never again with this password: each rejected login is a WAF strike (blocked strikes^4 s).
        ++m_failedLogins;
        m_jwt.clear();
        m_rejected = V1Replies::explain(error, url, false);
        emit failed(m_rejected);
        return;
    }
    if (error.isError()) {
        emit failed(error);
        return;
    }
    ++m_logins;
    accept(login.token, login.expireMs, result);
}

void V1Session::accept(const QString &token, qint64 expireMs, const HttpResult &result)
{
    m_jwt = token;
    m_expireMs = expireMs;
    for (const QNetworkCookie &cookie : result.cookies) {
        m_cookies.removeIf([&](const QNetworkCookie &c) { return c.name() == cookie.name(); });
        m_cookies.append(cookie);
    }
    scheduleRenewal();
    emit ready();
}

void V1Session::scheduleRenewal()
{
    m_renewTimer.stop();
    if (m_expireMs <= 0)
        return; // no expiry given: the driver's checks (/profile, ApiErrorUnauthorized) trigger a re-login
    const qint64 left = m_expireMs - now();
    const qint64 lead = qMin(m_renewLeadMs, qMax<qint64>(left / 2, 0));
    m_renewTimer.start(int(qBound<qint64>(0, left - lead, 24LL * 3600 * 1000)));
}

void V1Session::renew()
{
    if (usesToken() || isRejected() || isBusy())
        return;
    if (m_jwt.isEmpty()) {
        login();
        return;
    }
    refresh();
}

void V1Session::refresh()
{
    QNetworkRequest req = request(QStringLiteral("/api/v1/refresh-token"));
    authorize(req);
    QByteArray verb = "GET"; // v1 and v2.0
    if (m_generation == NezhaGeneration::V2 && !m_refreshWithGet) {
        verb = "POST"; // v2.1+: POST, and the CSRF double-submit: cookie nz-csrf echoed in X-CSRF-Token
        QByteArray cookieHeader;
        for (const QNetworkCookie &cookie : std::as_const(m_cookies)) {
            if (cookie.name() == "nz-csrf")
                req.setRawHeader("X-CSRF-Token", cookie.value());
            cookieHeader += (cookieHeader.isEmpty() ? "" : "; ") + cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
        }
        if (!cookieHeader.isEmpty())
            req.setRawHeader("Cookie", cookieHeader);
    }
    HttpCall *call = HttpCall::start(m_nam, req, verb, {}, m_timeoutMs, 1024 * 1024, this);
    m_call = call;
    connect(call, &HttpCall::finished, this, &V1Session::onRefresh);
}

void V1Session::onRefresh(const HttpResult &result)
{
    m_call.clear();
    const QUrl url = ReplyChecks::joinPath(m_connection.url, QStringLiteral("/api/v1/refresh-token"));
    ApiError error = V1Replies::check(result, url, m_failedLogins);
    NezhaV1::LoginResult answer;
    if (!error.isError()) {
        answer = NezhaV1::decodeLogin(result.body, result.status);
        error = answer.error;
        if (!error.isError() && answer.token.isEmpty())
            error = ApiError::parse(QStringLiteral("data.token"), tr("the renewal answer carries no token"));
    }
    if (!error.isError()) {
        ++m_renewals;
        accept(answer.token, answer.expireMs, result);
        return;
    }
    if (result.status == 404 && m_generation == NezhaGeneration::V2 && !m_refreshWithGet) {
        m_refreshWithGet = true; // v2.0.x still renews with GET, like v1 (POST came with v2.1)
        refresh();
        return;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || V1Replies::isWafPage(result)) {
        emit failed(error); // the dashboard is out of reach: keep the token, the next attempt renews
        return;
    }
    // Expired, IP-rebound, CSRF refused, route missing: log in again, once.
    if (!relogin())
        emit failed(error);
}

bool V1Session::relogin()
{
    if (usesToken() || isRejected() || m_reloginUsed || !m_connection.hasLogin())
        return false;
    m_reloginUsed = true;
    m_jwt.clear();
    m_expireMs = 0;
    m_renewTimer.stop();
    delete m_call.data();
    login();
    return true;
}
