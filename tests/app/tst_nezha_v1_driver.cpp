// NezhaV1Driver against FakeNezhaV1 (QHttpServer + its WebSocket on 127.0.0.1, port 0): login and JWT
// renewal (GET on v1, POST + CSRF on v2), one re-login, a rejected password never retried, the WAF page,
// personal access tokens (401 vs 403 scope), the guest downgrade kept out of the fleet, the stream's drop,
// silence and refusal (polling fallback), pings, groups and TSDB metrics. Intervals are shortened so every
// case takes well under a second or two.

#include "FakeNezhaV1.h"
#include "nezha/v1/NezhaV1Driver.h"
#include "nezha/v1/V1Session.h"
#include "nezha/v1/V1Stream.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Gen = FakeNezhaV1::Generation;
Q_DECLARE_METATYPE(FakeNezhaV1::Generation)

class TestNezhaV1Driver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loginAndStream_data();
    void loginAndStream();
    void groupsApplied();
    void detailsByGroup();
    void personalAccessToken();
    void personalAccessTokenErrors_data();
    void personalAccessTokenErrors();
    void metrics_data();
    void metrics();
    void renewalBeforeExpiry_data();
    void renewalBeforeExpiry();
    void failedRenewalLogsInAgainOnce_data();
    void failedRenewalLogsInAgainOnce();
    void rejectedPasswordNeverRetried();
    void wafPageExplained();
    void guestDowngradeNeverDelivered();
    void expiredLoginIsChecked();
    void streamDropReconnects();
    void streamSilenceReconnects();
    void refusedUpgradeFallsBackToPolling();
    void pingsAnswered();
    void cancelAllDropsEverything();

private:
    void start(Gen generation, const QString &token = {}, const QString &password = QLatin1String(FakeNezhaV1::Password));
    FleetSnapshot nextDetails(int timeoutMs = 5000);
    ApiError nextFailure(int timeoutMs = 5000);

    QNetworkAccessManager m_nam;
    FakeNezhaV1 *m_fake = nullptr;
    NezhaV1Driver *m_driver = nullptr;
};

void TestNezhaV1Driver::init()
{
    m_fake = nullptr;
    m_driver = nullptr;
}

void TestNezhaV1Driver::cleanup()
{
    delete m_driver;
    delete m_fake;
}

void TestNezhaV1Driver::start(Gen generation, const QString &token, const QString &password)
{
    m_fake = new FakeNezhaV1(generation, this);
    QVERIFY(m_fake->listen());
    m_driver = new NezhaV1Driver(&m_nam, this);
    DashboardInfo info;
    info.generation = generation == Gen::V2 ? NezhaGeneration::V2 : NezhaGeneration::V1;
    info.tsdbEnabled = true;
    m_driver->setDashboardInfo(info);
    m_driver->setRequestTimeoutMs(3000);
    m_driver->stream()->setFrameIntervalMs(100); // silence limit 300 ms
    m_driver->stream()->setBackoff(20, 200);
    DashboardConnection c;
    c.url = m_fake->url();
    c.token = token;
    if (token.isEmpty()) {
        c.username = QString::fromLatin1(FakeNezhaV1::User);
        c.password = password;
    }
    m_driver->setConnection(c);
}

FleetSnapshot TestNezhaV1Driver::nextDetails(int timeoutMs)
{
    QSignalSpy ok(m_driver, &DashboardDriver::detailsReceived);
    QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
    if (!m_driver->fetchDetails() || !ok.wait(timeoutMs)) {
        if (!failed.isEmpty())
            qWarning() << failed.at(0).at(1).value<ApiError>().text();
        return {};
    }
    return ok.at(0).at(0).value<FleetSnapshot>();
}

ApiError TestNezhaV1Driver::nextFailure(int timeoutMs)
{
    QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
    if (!m_driver->fetchDetails() || !failed.wait(timeoutMs))
        return {};
    return failed.at(0).at(1).value<ApiError>();
}

void TestNezhaV1Driver::loginAndStream_data()
{
    QTest::addColumn<Gen>("generation");
    QTest::newRow("v1 login") << Gen::V1;
    QTest::newRow("v2 login") << Gen::V2;
}

void TestNezhaV1Driver::loginAndStream()
{
    QFETCH(Gen, generation);
    start(generation);
    const FleetSnapshot fleet = nextDetails();
    QCOMPARE(fleet.servers.size(), 4); // the hidden server too: logged in
    QVERIFY(m_driver->isStreaming());
    QCOMPARE(m_fake->logins, 1);
    QVERIFY(fleet.dashboardTimeMs > 0); // the frame's "now"
    QCOMPARE(m_fake->streams().size(), size_t(1));
    // Authenticated on the upgrade itself; no Origin header (gorilla rejects a foreign one).
    QCOMPARE(m_fake->streams().front().authorization, QByteArray("Bearer jwt-1"));
    QVERIFY(m_fake->streams().front().origin.isEmpty());
    // Frames keep arriving unasked.
    QSignalSpy unasked(m_driver, &DashboardDriver::detailsReceived);
    QTRY_VERIFY_WITH_TIMEOUT(unasked.size() >= 2, 3000);
}

void TestNezhaV1Driver::groupsApplied()
{
    start(Gen::V1);
    QVERIFY(!nextDetails().servers.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->groupFetches >= 1, 3000);
    FleetSnapshot fleet;
    QTRY_VERIFY_WITH_TIMEOUT((fleet = nextDetails()).groups.size() == 3, 5000);
    const auto beta = std::find_if(fleet.servers.cbegin(), fleet.servers.cend(), [](auto &s) { return s.id == 2; });
    QVERIFY(beta != fleet.servers.cend());
    QCOMPARE(beta->groups, QStringList({QStringLiteral("web"), QStringLiteral("db")}));
}

void TestNezhaV1Driver::detailsByGroup()
{
    start(Gen::V2);
    QVERIFY(!nextDetails().servers.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->groupFetches >= 1, 3000);
    QSignalSpy ok(m_driver, &DashboardDriver::detailsReceived);
    FleetSnapshot fleet;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ok.clear();
            if (!m_driver->fetchDetails(DetailsQuery::byTag(QStringLiteral("db"))) || !ok.wait(2000))
                return false;
            fleet = ok.at(0).at(0).value<FleetSnapshot>();
            return fleet.servers.size() == 2;
        }(),
        5000);
    QCOMPARE(fleet.servers.at(0).id, 2u);
    QCOMPARE(fleet.servers.at(1).id, 3u);
}

void TestNezhaV1Driver::personalAccessToken()
{
    start(Gen::V2, QStringLiteral("nzp_0123456789abcdef0123456789abcdef"));
    m_fake->pats.insert("nzp_0123456789abcdef0123456789abcdef", {QStringLiteral("nezha:inventory:read")});
    QCOMPARE(nextDetails().servers.size(), 4);
    QCOMPARE(m_fake->logins, 0); // a PAT needs no login
    QCOMPARE(m_fake->streams().front().authorization, QByteArray("Bearer nzp_0123456789abcdef0123456789abcdef"));
}

void TestNezhaV1Driver::personalAccessTokenErrors_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<bool>("metrics");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("invalid token on /server: 401") << QStringList() << false << 401 << "invalid or has expired";
    QTest::newRow("invalid token on metrics: 401") << QStringList() << true << 401 << "invalid or has expired";
    QTest::newRow("missing scope on metrics: 403")
        << QStringList{QStringLiteral("nezha:inventory:read")} << true << 403 << "grant nezha:server:read";
    QTest::newRow("missing scope on /server: 403")
        << QStringList{QStringLiteral("nezha:server:read")} << false << 403 << "grant nezha:inventory:read";
}

void TestNezhaV1Driver::personalAccessTokenErrors()
{
    QFETCH(QStringList, scopes);
    QFETCH(bool, metrics);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QString token = QStringLiteral("nzp_ffffffffffffffffffffffffffffffff");
    start(Gen::V2, token);
    if (!scopes.isEmpty())
        m_fake->pats.insert(token.toLatin1(), scopes);
    ApiError error;
    if (metrics) {
        QSignalSpy failed(m_driver, &DashboardDriver::metricsFailed);
        QVERIFY(m_driver->fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("1d")));
        QVERIFY(failed.wait(5000));
        error = failed.at(0).at(3).value<ApiError>();
    } else {
        QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
        QVERIFY(m_driver->fetchServerList());
        QVERIFY(failed.wait(5000));
        error = failed.at(0).at(1).value<ApiError>();
    }
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.text().contains(says), qPrintable(error.text()));
    QVERIFY2(error.text().contains(m_fake->url().host()), qPrintable(error.text()));
}

void TestNezhaV1Driver::metrics_data()
{
    QTest::addColumn<bool>("tsdb");
    QTest::newRow("TSDB on: points") << true;
    QTest::newRow("TSDB off: empty, not an error") << false;
}

void TestNezhaV1Driver::metrics()
{
    QFETCH(bool, tsdb);
    start(Gen::V2);
    m_fake->tsdbEnabled = tsdb;
    QVERIFY(!nextDetails().servers.isEmpty()); // logged in
    QSignalSpy ok(m_driver, &DashboardDriver::metricsReceived);
    QVERIFY(m_driver->fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("7d")));
    QVERIFY(!m_driver->fetchMetrics(2, QStringLiteral("cpu"), QStringLiteral("7d"))); // one in flight
    QVERIFY(ok.wait(5000));
    const auto result = ok.at(0).at(0).value<NezhaV1::MetricsResult>();
    QCOMPARE(result.serverId, 1u);
    QCOMPARE(result.points.size(), tsdb ? 3 : 0);
    QCOMPARE(result.noHistory, !tsdb);
}

void TestNezhaV1Driver::renewalBeforeExpiry_data()
{
    QTest::addColumn<Gen>("generation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("v20");
    QTest::newRow("v1: GET refresh-token") << Gen::V1 << QByteArray("GET") << false;
    QTest::newRow("v2: POST refresh-token with the CSRF pair") << Gen::V2 << QByteArray("POST") << false;
    QTest::newRow("v2.0: POST answers 404, GET renews") << Gen::V2 << QByteArray("GET") << true;
}

void TestNezhaV1Driver::renewalBeforeExpiry()
{
    QFETCH(Gen, generation);
    QFETCH(QByteArray, method);
    QFETCH(bool, v20);
    start(generation);
    m_fake->v20 = v20;
    m_fake->ttlMs = 1500; // the token lives 1.5 s; renewal 1 s ahead -> after ~0.5 s
    m_driver->session()->setRenewLeadMs(1000);
    QVERIFY(!nextDetails().servers.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->refreshes >= 2, 5000); // renewed, and the renewed token renewed again
    QCOMPARE(m_fake->lastRefreshMethod, method);
    QCOMPARE(m_fake->csrfRejections, 0);
    QCOMPARE(m_fake->logins, 1); // no re-login needed
    QCOMPARE(m_fake->upgrades, 1); // the open stream stays as it was upgraded
    QCOMPARE(nextDetails().servers.size(), 4);
}

void TestNezhaV1Driver::failedRenewalLogsInAgainOnce_data()
{
    QTest::addColumn<Gen>("generation");
    QTest::addColumn<bool>("csrf");
    QTest::newRow("v1: refresh refused (expired, IP rebound)") << Gen::V1 << false;
    QTest::newRow("v2: refresh refused for CSRF") << Gen::V2 << true;
}

void TestNezhaV1Driver::failedRenewalLogsInAgainOnce()
{
    QFETCH(Gen, generation);
    QFETCH(bool, csrf);
    start(generation);
    QVERIFY(!nextDetails().servers.isEmpty());
    if (csrf)
        m_fake->forgetCsrf(); // the echoed nz-csrf no longer verifies: 403 ApiErrorForbidden
    else
        m_fake->failRefresh = true;
    m_fake->expireSessions(); // renewal after expiry
    QSignalSpy failed(m_driver->session(), &V1Session::failed);
    m_driver->session()->renew();
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->logins == 2 && m_driver->session()->isReady(), 5000);
    QCOMPARE(m_fake->csrfRejections, csrf ? 1 : 0);
    QVERIFY(failed.isEmpty());
    // A second dead token within the same lifetime is not chased with another login.
    m_fake->expireSessions();
    QVERIFY(!m_driver->session()->relogin());
    QCOMPARE(m_fake->logins, 2);
}

void TestNezhaV1Driver::rejectedPasswordNeverRetried()
{
    start(Gen::V1, {}, QStringLiteral("wrong"));
    for (int i = 0; i < 3; ++i) {
        const ApiError error = nextFailure();
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QVERIFY2(error.text().contains(QLatin1String("username or password")), qPrintable(error.text()));
    }
    QCOMPARE(m_fake->rejectedLogins, 1);
    QVERIFY(m_driver->session()->isRejected());
}

void TestNezhaV1Driver::wafPageExplained()
{
    start(Gen::V2, {}, QStringLiteral("wrong"));
    m_fake->wafEnabled = true;
    QCOMPARE(nextFailure().kind, ApiError::Kind::Auth); // strike 1: blocked for max(3, 1^4) s
    DashboardConnection fixed;
    fixed.url = m_fake->url();
    fixed.username = QString::fromLatin1(FakeNezhaV1::User);
    fixed.password = QString::fromLatin1(FakeNezhaV1::Password);
    m_driver->setConnection(fixed);
    const ApiError error = nextFailure();
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.text().contains(QLatin1String("blocked by the dashboard's firewall for 3 s")), qPrintable(error.text()));
    QVERIFY(!error.text().contains(QLatin1String("not a Nezha")));
}

void TestNezhaV1Driver::guestDowngradeNeverDelivered()
{
    start(Gen::V1);
    QCOMPARE(nextDetails().servers.size(), 4);
    QSignalSpy delivered(m_driver, &DashboardDriver::detailsReceived);
    m_fake->expireSessions(); // the JWT dies; a new upgrade with it is answered as a guest (3 servers)
    m_fake->dropStreams();
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->logins == 2 && m_fake->streams().size() == 1
                                 && m_fake->streams().front().member, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() >= 2, 3000);
    for (const QList<QVariant> &args : delivered)
        QCOMPARE(args.at(0).value<FleetSnapshot>().servers.size(), 4); // never the shrunken guest view
    QVERIFY(m_fake->profileChecks >= 2);
}

void TestNezhaV1Driver::expiredLoginIsChecked()
{
    start(Gen::V2);
    QCOMPARE(nextDetails().servers.size(), 4);
    const int checks = m_fake->profileChecks;
    // The computer slept past the login's expire: the next frames wait for /profile before they count.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000;
    m_driver->session()->setClock([later] { return later; });
    QCOMPARE(nextDetails().servers.size(), 4);
    QVERIFY(m_fake->profileChecks > checks);
    // Still accepted there (clock skew): one look per expire, not one per frame.
    const int after = m_fake->profileChecks;
    QCOMPARE(nextDetails().servers.size(), 4);
    QCOMPARE(nextDetails().servers.size(), 4);
    QCOMPARE(m_fake->profileChecks, after);
}

void TestNezhaV1Driver::streamDropReconnects()
{
    start(Gen::V2);
    QVERIFY(!nextDetails().servers.isEmpty());
    QSignalSpy interrupted(m_driver->stream(), &V1Stream::interrupted);
    m_fake->dropStreams();
    QVERIFY(interrupted.wait(3000));
    QCOMPARE(interrupted.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->upgrades >= 2, 3000);
    QCOMPARE(nextDetails().servers.size(), 4);
    QCOMPARE(m_fake->logins, 1); // the token stays good: no new login for a new stream
}

void TestNezhaV1Driver::streamSilenceReconnects()
{
    start(Gen::V1);
    QVERIFY(!nextDetails().servers.isEmpty());
    m_fake->silent = true;
    const ApiError error = nextFailure(3000);
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.detail.contains(QLatin1String("no update")), qPrintable(error.detail));
    m_fake->silent = false;
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->upgrades >= 2, 3000);
    QCOMPARE(nextDetails().servers.size(), 4);
}

void TestNezhaV1Driver::refusedUpgradeFallsBackToPolling()
{
    start(Gen::V1);
    m_fake->setRefuseUpgrades(true);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("WebSocket received but no slots")));
    m_driver->setStreamRetryMs(200);
    const FleetSnapshot fleet = nextDetails();
    QCOMPARE(fleet.servers.size(), 4);
    QVERIFY(m_driver->isPolling());
    QVERIFY(!m_driver->isStreaming());
    QVERIFY(fleet.dashboardTimeMs > 0); // the Date header is the dashboard clock
    QVERIFY(m_fake->serverPolls >= 1);
    const int polls = m_fake->serverPolls;
    QCOMPARE(nextDetails().servers.size(), 4);
    QCOMPARE(m_fake->serverPolls, polls + 1); // each fetch is one GET
    m_fake->setRefuseUpgrades(false);         // the stream comes back: polling ends
    QTRY_VERIFY_WITH_TIMEOUT(m_driver->isStreaming(), 3000);
}

void TestNezhaV1Driver::pingsAnswered()
{
    start(Gen::V2);
    QVERIFY(!nextDetails().servers.isEmpty());
    m_fake->pingStreams();
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->pongs >= 1, 3000); // QWebSocket answers pings by itself
}

void TestNezhaV1Driver::cancelAllDropsEverything()
{
    start(Gen::V1);
    QVERIFY(!nextDetails().servers.isEmpty());
    QSignalSpy ok(m_driver, &DashboardDriver::detailsReceived);
    QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
    QVERIFY(m_driver->fetchDetails());
    m_driver->cancelAll();
    QVERIFY(!m_driver->busy(DashboardDriver::Endpoint::Details));
    QVERIFY(!ok.wait(500));
    QVERIFY(failed.isEmpty());
}

QTEST_GUILESS_MAIN(TestNezhaV1Driver)
#include "tst_nezha_v1_driver.moc"
