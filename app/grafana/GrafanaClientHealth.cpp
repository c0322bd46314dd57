#include "grafana/GrafanaClient.h"

#include "grafana/GrafanaDecoders.h"
#include "net/HttpCall.h"

#include <QNetworkAccessManager>
#include <QTimer>

// The unauthenticated side of GrafanaClient: /api/health (the server's version) and the two-step connection
// test (health, then /api/user). Same class as GrafanaClient.cpp, split by concern.

void GrafanaClient::fetchHealth()
{
    if (!m_connection.url.isValid() || m_connection.url.host().isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.detail = tr("no Grafana server is configured for this profile");
        QTimer::singleShot(0, this, [this, e] { fail(Operation::Health, 0, e); });
        return;
    }
    QNetworkRequest req = request(QStringLiteral("/api/health"));
    req.setRawHeader("Authorization", QByteArray());
    const quint64 generation = m_generation;
    HttpCall *call = HttpCall::start(m_nam, req, "GET", {}, m_timeoutMs, 1024 * 1024, this);
    connect(call, &HttpCall::finished, this, [this, generation](const HttpResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok())
            return fail(Operation::Health, 0, r.error);
        const auto health = decodeGrafanaHealth(r.body);
        if ((r.status != 200 && r.status != 503) || !health.ok()) {
            ApiError e = r.status == 200 ? health.error : decodeGrafanaError(r.status, r.body);
            e.httpStatus = r.status;
            return fail(Operation::Health, 0, e);
        }
        m_version = GrafanaVersion::parse(health.value.version);
        emit healthReceived(health.value, r.status);
    });
}

void GrafanaClient::testConnection()
{
    if (m_running.contains(Operation::TestConnection)) {
        ++m_testCallers; // the test in flight answers this call too: no second sign-in attempt
        return;
    }
    if (!m_connection.isComplete()) {
        GrafanaConnectionTest t;
        t.status = GrafanaConnectionTest::Status::Unreachable;
        t.error.kind = ApiError::Kind::Network;
        t.error.detail = tr("enter the server URL and the admin user name");
        QTimer::singleShot(0, this, [this, t] { emit connectionTested(t); });
        return;
    }
    m_running.insert(Operation::TestConnection);
    m_testCallers = 1;
    emit runningChanged(Operation::TestConnection, true);
    const quint64 generation = m_generation;
    // /api/health needs no credentials, so identifying the server never counts towards the lockout.
    QNetworkRequest health = request(QStringLiteral("/api/health"));
    health.setRawHeader("Authorization", QByteArray());
    HttpCall *call = HttpCall::start(m_nam, health, "GET", {}, m_timeoutMs, 1024 * 1024, this);
    connect(call, &HttpCall::finished, this, [this, generation](const HttpResult &r) {
        if (generation == m_generation)
            onHealthAnswered(r);
    });
}

void GrafanaClient::onHealthAnswered(const HttpResult &r)
{
    GrafanaConnectionTest t;
    if (!r.ok()) {
        t.status = GrafanaConnectionTest::Status::Unreachable;
        t.error = r.error;
        return finishTest(t);
    }
    const auto health = decodeGrafanaHealth(r.body);
    // 503 with {"database":"failing"} is still Grafana; anything else that is not its health JSON is not.
    if ((r.status != 200 && r.status != 503) || !health.ok()) {
        t.status = GrafanaConnectionTest::Status::NotGrafana;
        t.error = r.status == 200 ? health.error : decodeGrafanaError(r.status, r.body);
        t.error.httpStatus = r.status;
        return finishTest(t);
    }
    const QString version = health.value.version;
    m_version = GrafanaVersion::parse(version);
    const quint64 generation = m_generation;
    HttpCall *call = HttpCall::start(m_nam, request(QStringLiteral("/api/user")), "GET", {}, m_timeoutMs,
                                     1024 * 1024, this);
    connect(call, &HttpCall::finished, this, [this, generation, version](const HttpResult &user) {
        if (generation == m_generation)
            onUserAnswered(user, version);
    });
}

void GrafanaClient::onUserAnswered(const HttpResult &r, const QString &version)
{
    GrafanaConnectionTest t;
    t.version = version;
    if (!r.ok()) {
        t.status = GrafanaConnectionTest::Status::Unreachable;
        t.error = r.error;
    } else if (r.status == 401) {
        t.status = GrafanaConnectionTest::Status::WrongCredentials;
        t.error = decodeGrafanaError(r.status, r.body);
        rememberAuthFailure();
    } else if (r.status != 200) {
        t.status = GrafanaConnectionTest::Status::NotGrafana;
        t.error = decodeGrafanaError(r.status, r.body);
    } else {
        const auto profile = decodeGrafanaUserProfile(r.body);
        if (!profile.ok()) {
            t.status = GrafanaConnectionTest::Status::NotGrafana;
            t.error = profile.error;
            t.error.httpStatus = r.status;
        } else {
            t.login = profile.value.login;
            t.status = profile.value.isGrafanaAdmin ? GrafanaConnectionTest::Status::Connected
                                                    : GrafanaConnectionTest::Status::NotServerAdmin;
            if (t.status == GrafanaConnectionTest::Status::Connected)
                clearAuthFailure();
            else
                t.error = ApiError::auth(tr("the user is not a Grafana server admin"), 200);
        }
    }
    finishTest(t);
}

void GrafanaClient::finishTest(const GrafanaConnectionTest &result)
{
    m_running.remove(Operation::TestConnection);
    emit runningChanged(Operation::TestConnection, false);
    const quint64 generation = m_generation;
    for (int callers = std::exchange(m_testCallers, 0); callers > 0 && generation == m_generation; --callers)
        emit connectionTested(result);
}
