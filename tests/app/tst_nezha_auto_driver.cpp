// NezhaAutoDriver: probes once per connection, then delegates to the generation's driver and re-emits its
// signals (v0 demo dashboard, fake v1/v2 dashboards); calls made while probing are queued (one per endpoint);
// a failed probe answers each queued call; a new connection probes again.

#include "FakeNezhaV1.h"
#include "demo/DemoDashboard.h"
#include "nezha/NezhaAutoDriver.h"
#include "nezha/NezhaV0Driver.h"
#include "nezha/v1/NezhaV1Driver.h"
#include "nezha/v1/V1Stream.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(NezhaGeneration)

class TestNezhaAutoDriver : public QObject
{
    Q_OBJECT
private slots:
    void identifiesAndDelegates_data();
    void identifiesAndDelegates();
    void v0Dashboard();
    void oneQueuedCallPerEndpoint();
    void probeFailureAnswersQueuedCalls();
    void newConnectionProbesAgain();
    void metricsOnlyOnV2();

private:
    QNetworkAccessManager m_nam;
};

namespace {

DashboardConnection login(const QUrl &url)
{
    DashboardConnection c;
    c.url = url;
    c.username = QString::fromLatin1(FakeNezhaV1::User);
    c.password = QString::fromLatin1(FakeNezhaV1::Password);
    return c;
}

void shorten(NezhaAutoDriver *driver)
{
    driver->setV1Setup([](NezhaV1Driver *v1) {
        v1->stream()->setFrameIntervalMs(100);
        v1->stream()->setBackoff(20, 200);
    });
}

} // namespace

void TestNezhaAutoDriver::identifiesAndDelegates_data()
{
    QTest::addColumn<bool>("v2");
    QTest::addColumn<NezhaGeneration>("generation");
    QTest::newRow("v1") << false << NezhaGeneration::V1;
    QTest::newRow("v2") << true << NezhaGeneration::V2;
}

void TestNezhaAutoDriver::identifiesAndDelegates()
{
    QFETCH(bool, v2);
    QFETCH(NezhaGeneration, generation);
    FakeNezhaV1 fake(v2 ? FakeNezhaV1::Generation::V2 : FakeNezhaV1::Generation::V1);
    QVERIFY(fake.listen());
    NezhaAutoDriver driver(&m_nam);
    shorten(&driver);
    driver.setConnection(login(fake.url()));
    QSignalSpy identified(&driver, &DashboardDriver::identified);
    QSignalSpy details(&driver, &DashboardDriver::detailsReceived);
    QCOMPARE(driver.info().generation, NezhaGeneration::Unknown);
    QVERIFY(driver.fetchDetails());
    QVERIFY(details.wait(5000));
    QCOMPARE(identified.size(), 1);
    QCOMPARE(identified.at(0).at(0).value<DashboardInfo>().generation, generation);
    QCOMPARE(driver.info().generation, generation);
    QCOMPARE(details.at(0).at(0).value<FleetSnapshot>().servers.size(), 4);
    QVERIFY(qobject_cast<NezhaV1Driver *>(driver.driver()));
    QVERIFY(driver.isStreaming());
    // Frames keep arriving through the wrapper, unasked.
    QTRY_VERIFY_WITH_TIMEOUT(details.size() >= 3, 3000);
    QCOMPARE(identified.size(), 1); // probed once
}

void TestNezhaAutoDriver::v0Dashboard()
{
    DemoDashboard demo(5, 1);
    QVERIFY(demo.listen());
    NezhaAutoDriver driver(&m_nam);
    DashboardConnection c;
    c.url = demo.url();
    c.token = demo.token();
    driver.setConnection(c);
    QSignalSpy identified(&driver, &DashboardDriver::identified);
    QSignalSpy list(&driver, &DashboardDriver::serverListReceived);
    QSignalSpy details(&driver, &DashboardDriver::detailsReceived);
    QVERIFY(driver.fetchServerList());
    QVERIFY(driver.fetchDetails());
    QTRY_VERIFY_WITH_TIMEOUT(!list.isEmpty() && !details.isEmpty(), 5000);
    QCOMPARE(identified.at(0).at(0).value<DashboardInfo>().generation, NezhaGeneration::V0);
    QVERIFY(qobject_cast<NezhaV0Driver *>(driver.driver()));
    QVERIFY(!driver.isStreaming());
    QCOMPARE(details.at(0).at(0).value<FleetSnapshot>().servers.size(), 5);
}

void TestNezhaAutoDriver::oneQueuedCallPerEndpoint()
{
    FakeNezhaV1 fake(FakeNezhaV1::Generation::V2);
    QVERIFY(fake.listen());
    NezhaAutoDriver driver(&m_nam);
    shorten(&driver);
    driver.setConnection(login(fake.url()));
    QVERIFY(driver.fetchDetails());
    QVERIFY(driver.busy(DashboardDriver::Endpoint::Details));
    QVERIFY(!driver.fetchDetails()); // skipped, like any busy endpoint
    QVERIFY(!driver.busy(DashboardDriver::Endpoint::ServerList));
    QSignalSpy details(&driver, &DashboardDriver::detailsReceived);
    QVERIFY(details.wait(5000));
}

void TestNezhaAutoDriver::probeFailureAnswersQueuedCalls()
{
    NezhaAutoDriver driver(&m_nam);
    driver.setConnection(login(QUrl(QStringLiteral("http://127.0.0.1:9"))));
    QSignalSpy failed(&driver, &DashboardDriver::requestFailed);
    QVERIFY(driver.fetchServerList());
    QVERIFY(driver.fetchDetails());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Network);
    QVERIFY(!driver.driver());
    QVERIFY(driver.fetchDetails()); // the next call probes again
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 10000);
}

void TestNezhaAutoDriver::newConnectionProbesAgain()
{
    FakeNezhaV1 v1(FakeNezhaV1::Generation::V1);
    DemoDashboard v0(3, 1);
    QVERIFY(v1.listen());
    QVERIFY(v0.listen());
    NezhaAutoDriver driver(&m_nam);
    shorten(&driver);
    QSignalSpy identified(&driver, &DashboardDriver::identified);
    QSignalSpy details(&driver, &DashboardDriver::detailsReceived);
    driver.setConnection(login(v1.url()));
    QVERIFY(driver.fetchDetails());
    QVERIFY(details.wait(5000));
    DashboardConnection c;
    c.url = v0.url();
    c.token = v0.token();
    driver.setConnection(c);
    QVERIFY(!driver.driver());
    details.clear();
    QVERIFY(driver.fetchDetails());
    QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty() && details.last().at(0).value<FleetSnapshot>().servers.size() == 3,
                             5000);
    QCOMPARE(identified.size(), 2);
    QCOMPARE(identified.last().at(0).value<DashboardInfo>().generation, NezhaGeneration::V0);
}

void TestNezhaAutoDriver::metricsOnlyOnV2()
{
    FakeNezhaV1 fake(FakeNezhaV1::Generation::V2);
    QVERIFY(fake.listen());
    NezhaAutoDriver driver(&m_nam);
    shorten(&driver);
    driver.setConnection(login(fake.url()));
    QVERIFY(!driver.fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("1d"))); // not identified yet
    QSignalSpy details(&driver, &DashboardDriver::detailsReceived);
    QVERIFY(driver.fetchDetails());
    QVERIFY(details.wait(5000));
    QSignalSpy metrics(&driver, &DashboardDriver::metricsReceived);
    QVERIFY(driver.fetchMetrics(1, QStringLiteral("cpu"), QStringLiteral("1d")));
    QVERIFY(metrics.wait(5000));
    QCOMPARE(metrics.at(0).at(0).value<NezhaV1::MetricsResult>().points.size(), 3);
}

QTEST_GUILESS_MAIN(TestNezhaAutoDriver)
#include "tst_nezha_auto_driver.moc"
