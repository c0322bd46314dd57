// The v1/v2 client side end to end against the real demo dashboard (DemoDashboard in v1 and v2 mode, over
// HTTP and its hand-made WebSocket), through NezhaAutoDriver as FleetService uses it: detection, login and
// stream, groups, renewal with a short TTL (GET on v1, POST + CSRF on v2), an IP-rebound session's guest view
// kept out of the fleet, a rejected password then the WAF page, PAT 401 / 403 scope / server subset, pings,
// stream drop, silence and refusal (polling), TSDB metrics on and off.

#include "demo/DemoDashboard.h"
#include "demo/v1/DemoStream.h"
#include "nezha/NezhaAutoDriver.h"
#include "nezha/v1/NezhaV1Driver.h"
#include "nezha/v1/V1Session.h"
#include "nezha/v1/V1Stream.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using DemoGen = DemoDashboard::Generation;
Q_DECLARE_METATYPE(DemoDashboard::Generation)
Q_DECLARE_METATYPE(NezhaGeneration)

class TestNezhaV1Demo : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void detectsAndStreams_data();
    void detectsAndStreams();
    void renewsBeforeExpiry_data();
    void renewsBeforeExpiry();
    void reboundSessionNeverShrinksTheFleet();
    void rejectedPasswordThenWafPage();
    void personalAccessTokens_data();
    void personalAccessTokens();
    void patBoundToSubset();
    void streamFaults();
    void refusedUpgradePolls();
    void metrics_data();
    void metrics();

private:
    void start(DemoGen generation, const QString &user = DemoDashboard::loginUser(),
               const QString &password = DemoDashboard::loginPassword(), const QString &token = {});
    NezhaV1Driver *v1() const { return qobject_cast<NezhaV1Driver *>(m_driver->driver()); }
    FleetSnapshot nextDetails(int timeoutMs = 5000);
    ApiError nextFailure(int timeoutMs = 5000);

    static constexpr int Servers = 12;
    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoDashboard> m_demo;
    std::unique_ptr<NezhaAutoDriver> m_driver;
};

void TestNezhaV1Demo::cleanup()
{
    m_driver.reset();
    m_demo.reset();
}

void TestNezhaV1Demo::start(DemoGen generation, const QString &user, const QString &password, const QString &token)
{
    m_demo = std::make_unique<DemoDashboard>(Servers, 7);
    m_demo->setGeneration(generation);
    m_demo->setStreamIntervalMs(100);
    QVERIFY(m_demo->listen());
    m_driver = std::make_unique<NezhaAutoDriver>(&m_nam);
    m_driver->setV1Setup([](NezhaV1Driver *driver) {
        driver->stream()->setFrameIntervalMs(100); // silence limit 300 ms
        driver->stream()->setBackoff(20, 200);
    });
    DashboardConnection c;
    c.url = m_demo->url();
    c.username = token.isEmpty() ? user : QString();
    c.password = token.isEmpty() ? password : QString();
    c.token = token;
    m_driver->setConnection(c);
}

FleetSnapshot TestNezhaV1Demo::nextDetails(int timeoutMs)
{
    QSignalSpy ok(m_driver.get(), &DashboardDriver::detailsReceived);
    QSignalSpy failed(m_driver.get(), &DashboardDriver::requestFailed);
    if (!m_driver->fetchDetails() || !ok.wait(timeoutMs)) {
        if (!failed.isEmpty())
            qWarning() << failed.at(0).at(1).value<ApiError>().text();
        return {};
    }
    return ok.at(0).at(0).value<FleetSnapshot>();
}

ApiError TestNezhaV1Demo::nextFailure(int timeoutMs)
{
    QSignalSpy failed(m_driver.get(), &DashboardDriver::requestFailed);
    if (!m_driver->fetchDetails() || !failed.wait(timeoutMs))
        return {};
    return failed.at(0).at(1).value<ApiError>();
}

void TestNezhaV1Demo::detectsAndStreams_data()
{
    QTest::addColumn<DemoGen>("demo");
    QTest::addColumn<NezhaGeneration>("generation");
    QTest::newRow("v1") << DemoGen::V1 << NezhaGeneration::V1;
    QTest::newRow("v2") << DemoGen::V2 << NezhaGeneration::V2;
}

void TestNezhaV1Demo::detectsAndStreams()
{
    QFETCH(DemoGen, demo);
    QFETCH(NezhaGeneration, generation);
    start(demo);
    const FleetSnapshot fleet = nextDetails();
    QCOMPARE(fleet.servers.size(), Servers);
    QCOMPARE(m_driver->info().generation, generation);
    QVERIFY(m_driver->isStreaming());
    QVERIFY(fleet.dashboardTimeMs > 0);
    // The admin login shows the version (/setting hides it from the unauthenticated probe).
    QTRY_VERIFY_WITH_TIMEOUT(!m_driver->info().version.isEmpty(), 5000);
    QCOMPARE(m_driver->info().version, generation == NezhaGeneration::V2 ? QStringLiteral("2.3.7")
                                                                         : QStringLiteral("1.14.14"));
    QCOMPARE(m_driver->info().generation, generation);
    // Groups arrive on connect and are applied to the following frames.
    QTRY_VERIFY_WITH_TIMEOUT(!nextDetails().groups.isEmpty(), 5000);
    // The demo pings after every 4th frame; QWebSocket answers.
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->stream()->pongsReceived() >= 1, 5000);
}

void TestNezhaV1Demo::renewsBeforeExpiry_data()
{
    detectsAndStreams_data();
}

void TestNezhaV1Demo::renewsBeforeExpiry()
{
    QFETCH(DemoGen, demo);
    start(demo);
    m_demo->setJwtTtlSecs(2);
    QVERIFY(!nextDetails().servers.isEmpty());
    v1()->session()->setRenewLeadMs(1500); // 2 s token: renewed after ~0.5 s
    v1()->session()->renew();              // (re)schedules from the current token
    QTRY_VERIFY_WITH_TIMEOUT(v1()->session()->renewCount() >= 2, 8000);
    QCOMPARE(v1()->session()->loginCount(), 1); // refresh worked each time (v2: with the CSRF pair)
    QCOMPARE(nextDetails().servers.size(), Servers);
}

void TestNezhaV1Demo::reboundSessionNeverShrinksTheFleet()
{
    start(DemoGen::V1);
    const qsizetype full = nextDetails().servers.size();
    QCOMPARE(full, Servers);
    QSignalSpy delivered(m_driver.get(), &DashboardDriver::detailsReceived);
    m_demo->invalidateSessions(); // as if this computer's IP changed: the JWT is now a guest's
    m_demo->stream()->closeAll();
    QTRY_VERIFY_WITH_TIMEOUT(v1()->session()->loginCount() == 2 && delivered.size() >= 3, 8000);
    for (const QList<QVariant> &args : delivered)
        QCOMPARE(args.at(0).value<FleetSnapshot>().servers.size(), full); // never the guest view
}

void TestNezhaV1Demo::rejectedPasswordThenWafPage()
{
    start(DemoGen::V2, DemoDashboard::loginUser(), QStringLiteral("wrong"));
    const ApiError rejected = nextFailure();
    QCOMPARE(rejected.kind, ApiError::Kind::Auth);
    QCOMPARE(nextFailure().kind, ApiError::Kind::Auth);
    QCOMPARE(m_demo->wafStrikes(), 1); // never retried
    DashboardConnection fixed;
    fixed.url = m_demo->url();
    fixed.username = DemoDashboard::loginUser();
    fixed.password = DemoDashboard::loginPassword();
    m_driver->setConnection(fixed);
    const ApiError blocked = nextFailure();
    QVERIFY2(blocked.text().contains(QLatin1String("blocked by the dashboard's firewall for 3 s")),
             qPrintable(blocked.text()));
    QVERIFY(!blocked.text().contains(QLatin1String("not look like")));
}

void TestNezhaV1Demo::personalAccessTokens_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("metrics");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown token: 401") << QStringList() << false << false << 401
                                        << QStringLiteral("invalid or has expired");
    QTest::newRow("metrics without nezha:server:read: 403")
        << QStringList{QStringLiteral("nezha:inventory:read")} << true << true << 403
        << QStringLiteral("grant nezha:server:read");
}

void TestNezhaV1Demo::personalAccessTokens()
{
    QFETCH(QStringList, scopes);
    QFETCH(bool, valid);
    QFETCH(bool, metrics);
    QFETCH(int, status);
    QFETCH(QString, says);
    start(DemoGen::V2);
    const QString token = valid ? m_demo->createPersonalAccessToken(scopes)
                                : QStringLiteral("nzp_00000000000000000000000000000000");
    DashboardConnection c;
    c.url = m_demo->url();
    c.token = token;
    m_driver->setConnection(c);
    ApiError error;
    if (metrics) {
        QCOMPARE(nextDetails().servers.size(), Servers);
        QSignalSpy failed(m_driver.get(), &DashboardDriver::metricsFailed);
        QVERIFY(m_driver->fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("1d")));
        QVERIFY(failed.wait(5000));
        error = failed.at(0).at(3).value<ApiError>();
    } else {
        error = nextFailure();
    }
    QVERIFY2(error.kind == ApiError::Kind::Auth, qPrintable(error.text()));
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.text().contains(says), qPrintable(error.text()));
}

void TestNezhaV1Demo::patBoundToSubset()
{
    start(DemoGen::V2);
    DashboardConnection c;
    c.url = m_demo->url();
    c.token = m_demo->createPersonalAccessToken({QStringLiteral("nezha:inventory:read")}, {1, 2});
    m_driver->setConnection(c);
    const FleetSnapshot fleet = nextDetails();
    QCOMPARE(fleet.servers.size(), 2); // the subset, not an error
}

void TestNezhaV1Demo::streamFaults()
{
    start(DemoGen::V2);
    QVERIFY(!nextDetails().servers.isEmpty());
    // Dropped without a close frame: reconnect.
    QSignalSpy interrupted(v1()->stream(), &V1Stream::interrupted);
    m_demo->stream()->closeAll();
    QVERIFY(interrupted.wait(3000));
    QCOMPARE(nextDetails().servers.size(), Servers);
    // Open but silent: a Timeout after 3 intervals, then a new stream.
    m_demo->stream()->setSilent(true);
    QCOMPARE(nextFailure(3000).kind, ApiError::Kind::Timeout);
    m_demo->stream()->setSilent(false);
    QCOMPARE(nextDetails().servers.size(), Servers);
}

void TestNezhaV1Demo::refusedUpgradePolls()
{
    start(DemoGen::V1);
    m_demo->stream()->setRefused(true);
    const FleetSnapshot fleet = nextDetails();
    QCOMPARE(fleet.servers.size(), Servers);
    QVERIFY(v1()->isPolling());
    QVERIFY(fleet.dashboardTimeMs > 0); // Date header
}

void TestNezhaV1Demo::metrics_data()
{
    QTest::addColumn<bool>("tsdb");
    QTest::newRow("TSDB on") << true;
    QTest::newRow("TSDB off: no history, not an error") << false;
}

void TestNezhaV1Demo::metrics()
{
    QFETCH(bool, tsdb);
    start(DemoGen::V2);
    m_demo->setTsdbEnabled(tsdb);
    QVERIFY(!nextDetails().servers.isEmpty());
    QSignalSpy ok(m_driver.get(), &DashboardDriver::metricsReceived);
    QVERIFY(m_driver->fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("7d")));
    QVERIFY(ok.wait(5000));
    const auto result = ok.at(0).at(0).value<NezhaV1::MetricsResult>();
    QCOMPARE(result.noHistory, !tsdb);
    QCOMPARE(result.points.isEmpty(), !tsdb);
}

QTEST_GUILESS_MAIN(TestNezhaV1Demo)
#include "tst_nezha_v1_demo.moc"
