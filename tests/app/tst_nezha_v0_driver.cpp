// NezhaV0Driver against the real demo dashboard over loopback (success paths, quirks, every fault mode)
// and against a bare QHttpServer for answers the demo never gives (401/403, HTML with status 200).

#include "demo/DemoDashboard.h"
#include "nezha/NezhaV0Driver.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(DemoDashboard::Fault)

class TestNezhaV0Driver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverList();
    void listByTag();
    void detailsAll();
    void detailsByIds();
    void detailsByTag();
    void dashboardClockFromDateHeader();
    void urls();
    void tokenRejected();
    void oneRequestPerEndpoint();
    void cancelAllDropsAnswersInFlight();
    void faults_data();
    void faults();
    void statusCodes_data();
    void statusCodes();

private:
    FleetSnapshot fetch(bool details, const DetailsQuery &query = DetailsQuery::all(), const QString &tag = {});
    ApiError fetchError(NezhaV0Driver *driver);

    QNetworkAccessManager m_nam;
    DemoDashboard *m_demo = nullptr;
    NezhaV0Driver *m_driver = nullptr;
    qint64 m_nowMs = 1732096800000; // 2024-11-20T10:00:00Z
};

void TestNezhaV0Driver::init()
{
    m_demo = new DemoDashboard(12, 7, this);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    m_demo->fleet()->setScheduledOutages(false);
    QVERIFY(m_demo->listen());
    m_driver = new NezhaV0Driver(&m_nam, this);
    m_driver->setConnection({m_demo->url(), m_demo->token()});
}

void TestNezhaV0Driver::cleanup()
{
    delete m_driver;
    delete m_demo;
}

FleetSnapshot TestNezhaV0Driver::fetch(bool details, const DetailsQuery &query, const QString &tag)
{
    QSignalSpy ok(m_driver, details ? &DashboardDriver::detailsReceived : &DashboardDriver::serverListReceived);
    QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
    const bool started = details ? m_driver->fetchDetails(query) : m_driver->fetchServerList(tag);
    if (!started || !ok.wait(5000)) {
        if (!failed.isEmpty())
            qWarning() << failed.at(0).at(1).value<ApiError>().text();
        return {};
    }
    return ok.at(0).at(0).value<FleetSnapshot>();
}

ApiError TestNezhaV0Driver::fetchError(NezhaV0Driver *driver)
{
    QSignalSpy failed(driver, &DashboardDriver::requestFailed);
    QSignalSpy ok(driver, &DashboardDriver::detailsReceived);
    driver->fetchDetails();
    if (!failed.wait(10000))
        return {};
    return ok.isEmpty() ? failed.at(0).at(1).value<ApiError>() : ApiError();
}

void TestNezhaV0Driver::serverList()
{
    const FleetSnapshot s = fetch(false);
    QCOMPARE(s.servers.size(), 12);
    QVERIFY(!s.realDisplayIndex);
    QVERIFY(!s.servers.first().hasDetails);
    QCOMPARE(s.servers.last().lastActive, SimulatedFleet::NeverReported);
    QVERIFY(s.servers.last().neverReported());
}

void TestNezhaV0Driver::listByTag()
{
    const FleetSnapshot s = fetch(false, {}, QStringLiteral("Edge"));
    QVERIFY(!s.servers.isEmpty());
    for (const ServerSnapshot &server : s.servers)
        QCOMPARE(server.tag, QStringLiteral("Edge"));
    QVERIFY(fetch(false, {}, QStringLiteral("edge")).servers.isEmpty()); // exact, case-sensitive
}

void TestNezhaV0Driver::detailsAll()
{
    // The dashboard shuffles; the snapshot is in display order (display_index desc, id asc) every time.
    const FleetSnapshot first = fetch(true);
    QVERIFY(first.realDisplayIndex);
    QCOMPARE(first.servers.size(), 12);
    QVERIFY(first.servers.first().displayIndex > 0);
    for (qsizetype i = 1; i < first.servers.size(); ++i) {
        const ServerSnapshot &a = first.servers.at(i - 1);
        const ServerSnapshot &b = first.servers.at(i);
        QVERIFY(a.displayIndex > b.displayIndex || (a.displayIndex == b.displayIndex && a.id < b.id));
    }
    QVERIFY(first.servers.first().hasDetails);
    const FleetSnapshot second = fetch(true);
    QCOMPARE(second.servers.size(), first.servers.size());
    for (qsizetype i = 0; i < first.servers.size(); ++i)
        QCOMPARE(second.servers.at(i).id, first.servers.at(i).id);
}

void TestNezhaV0Driver::detailsByIds()
{
    const FleetSnapshot s = fetch(true, DetailsQuery::byIds({3, 1}));
    QCOMPARE(s.servers.size(), 2);
    QVERIFY(!s.realDisplayIndex);
    for (const ServerSnapshot &server : s.servers)
        QCOMPARE(server.displayIndex, 0); // v0 sends zeros here
}

void TestNezhaV0Driver::detailsByTag()
{
    const FleetSnapshot s = fetch(true, DetailsQuery::byTag(QStringLiteral("Production")));
    QCOMPARE(s.servers.size(), int(m_demo->fleet()->idsWithTag(QStringLiteral("Production")).size()));
    for (const ServerSnapshot &server : s.servers)
        QCOMPARE(server.tag, QStringLiteral("Production"));
}

void TestNezhaV0Driver::dashboardClockFromDateHeader()
{
    m_nowMs = 1732096800750;
    const FleetSnapshot s = fetch(true);
    QCOMPARE(s.dashboardTimeMs, qint64(1732096800000)); // the Date header has whole seconds
    QVERIFY(qAbs(s.receivedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    m_demo->fleet()->setServerOffline(1, true);
    m_nowMs += 45000;
    const FleetSnapshot later = fetch(true);
    QCOMPARE(later.dashboardTimeMs, qint64(1732096845000));
    const auto one = std::find_if(later.servers.cbegin(), later.servers.cend(), [](const auto &x) { return x.id == 1; });
    QVERIFY(one != later.servers.cend());
    QCOMPARE(serverStateAt(*one, later.dashboardTimeMs / 1000, 30), ServerState::Offline);
}

void TestNezhaV0Driver::urls()
{
    m_driver->setConnection({QUrl(QStringLiteral("https://status.example.org/nezha/")), QStringLiteral("t")});
    QCOMPARE(m_driver->listUrl({}).toString(), QStringLiteral("https://status.example.org/nezha/api/v1/server/list"));
    QCOMPARE(m_driver->listUrl(QStringLiteral("Home")).toString(),
             QStringLiteral("https://status.example.org/nezha/api/v1/server/list?tag=Home"));
    QCOMPARE(m_driver->detailsUrl(DetailsQuery::byIds({1, 2})).toString(),
             QStringLiteral("https://status.example.org/nezha/api/v1/server/details?id=1,2"));
    QCOMPARE(m_driver->detailsUrl(DetailsQuery::all()).toString(),
             QStringLiteral("https://status.example.org/nezha/api/v1/server/details"));
    // Joined by ReplyChecks::joinPath, not by rewriting the list URL: a sub-path may contain "/server/list".
    m_driver->setConnection({QUrl(QStringLiteral("https://h.example.org/server/list/#x")), QStringLiteral("t")});
    QCOMPARE(m_driver->detailsUrl(DetailsQuery::all()).toString(),
             QStringLiteral("https://h.example.org/server/list/api/v1/server/details"));
}

void TestNezhaV0Driver::tokenRejected()
{
    m_driver->setConnection({m_demo->url(), QStringLiteral("Bearer ") + m_demo->token()});
    const ApiError error = fetchError(m_driver);
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.httpStatus, 200);
}

void TestNezhaV0Driver::oneRequestPerEndpoint()
{
    m_demo->setFault(DemoDashboard::Fault::Slow);
    m_demo->setSlowDelayMs(200);
    QSignalSpy ok(m_driver, &DashboardDriver::detailsReceived);
    QVERIFY(m_driver->fetchDetails());
    QVERIFY(m_driver->busy(DashboardDriver::Endpoint::Details));
    QVERIFY(!m_driver->busy(DashboardDriver::Endpoint::ServerList));
    QVERIFY(!m_driver->fetchDetails(DetailsQuery::byIds({1})));
    QVERIFY(ok.wait(5000));
    QCOMPARE(ok.count(), 1);
    QCOMPARE(m_demo->requestCount(), 1);
    QVERIFY(!m_driver->busy(DashboardDriver::Endpoint::Details));
}

void TestNezhaV0Driver::cancelAllDropsAnswersInFlight()
{
    // A big fleet keeps the background decode busy for a while after the reply has arrived.
    DemoDashboard big(3000, 5, this);
    big.fleet()->setClock([this] { return m_nowMs; });
    QVERIFY(big.listen());
    DashboardConnection c;
    c.url = big.url();
    c.token = big.token();
    m_driver->setConnection(c);
    QSignalSpy served(&big, &DemoDashboard::requestServed);
    QSignalSpy ok(m_driver, &DashboardDriver::detailsReceived);
    QSignalSpy failed(m_driver, &DashboardDriver::requestFailed);
    QVERIFY(m_driver->fetchDetails());
    QVERIFY(served.wait(5000));
    QVERIFY(m_driver->busy(DashboardDriver::Endpoint::Details)); // reply or decode still in flight
    m_driver->cancelAll();
    QVERIFY(!m_driver->busy(DashboardDriver::Endpoint::Details));
    QVERIFY(!ok.wait(1000)); // neither the reply nor a finished decode may surface after a cancel
    QCOMPARE(failed.count(), 0);
    // The driver works normally afterwards, and the decoded fleet is complete.
    QVERIFY(m_driver->fetchDetails());
    QVERIFY(ok.wait(10000));
    QCOMPARE(ok.first().first().value<FleetSnapshot>().servers.size(), 3000);
}

void TestNezhaV0Driver::faults_data()
{
    QTest::addColumn<DemoDashboard::Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("timeout") << DemoDashboard::Fault::Slow << ApiError::Kind::Timeout << 0;
    QTest::newRow("dropped connection") << DemoDashboard::Fault::DropConnection << ApiError::Kind::Network << 0;
    QTest::newRow("500 with empty body") << DemoDashboard::Fault::ServerError << ApiError::Kind::Http << 500;
    QTest::newRow("HTML 404 page") << DemoDashboard::Fault::HtmlNotFound << ApiError::Kind::Http << 404;
    QTest::newRow("truncated JSON") << DemoDashboard::Fault::TruncatedJson << ApiError::Kind::Parse << 200;
    QTest::newRow("token rejected in body") << DemoDashboard::Fault::RejectToken << ApiError::Kind::Auth << 200;
    QTest::newRow("error code in 200") << DemoDashboard::Fault::ErrorInBody << ApiError::Kind::Api << 200;
    QTest::newRow("oversized body") << DemoDashboard::Fault::HugeBody << ApiError::Kind::TooLarge << 200;
    // One byte every 100 ms never trips an idle timeout of 300 ms: only the total deadline ends it.
    QTest::newRow("trickled body") << DemoDashboard::Fault::Trickle << ApiError::Kind::Timeout << 200;
}

void TestNezhaV0Driver::faults()
{
    QFETCH(DemoDashboard::Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    m_demo->setFault(fault);
    m_demo->setSlowDelayMs(3000);
    m_demo->setHugeBodyBytes(3 * 1024 * 1024);
    m_demo->setTrickleIntervalMs(100);
    m_driver->setRequestTimeoutMs(300);
    m_driver->setMaxBodyBytes(1024 * 1024);
    const ApiError error = fetchError(m_driver);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.text().isEmpty());
    if (fault == DemoDashboard::Fault::HtmlNotFound) {
        QVERIFY2(error.text().contains(QStringLiteral("expected JSON")), qPrintable(error.text()));
        // v1/v2 are supported (Automatic detects them): the advice points there, not to "not supported"
        QVERIFY2(!error.text().contains(QStringLiteral("not supported")), qPrintable(error.text()));
        QVERIFY2(error.text().contains(QStringLiteral("Automatic")), qPrintable(error.text()));
    }
    if (fault == DemoDashboard::Fault::ServerError)
        QVERIFY2(error.text().contains(QStringLiteral("empty reply")), qPrintable(error.text()));
    QVERIFY(!m_driver->busy(DashboardDriver::Endpoint::Details));
}

void TestNezhaV0Driver::statusCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("401 from a proxy") << 401 << QByteArray("application/json")
                                      << QByteArray("{\"error\":\"ApiErrorUnauthorized: invalid api token\"}")
                                      << ApiError::Kind::Auth;
    QTest::newRow("403 page") << 403 << QByteArray("text/html") << QByteArray("<html>blocked</html>")
                              << ApiError::Kind::Auth;
    QTest::newRow("HTML with 200") << 200 << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html></html>")
                                   << ApiError::Kind::Parse;
    QTest::newRow("empty 200") << 200 << QByteArray("application/json") << QByteArray() << ApiError::Kind::Parse;
    QTest::newRow("502 text") << 502 << QByteArray("text/plain") << QByteArray("bad gateway") << ApiError::Kind::Http;
}

void TestNezhaV0Driver::statusCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QHttpServer server;
    server.route(QStringLiteral("/api/v1/server/details"), [&] {
        return QHttpServerResponse(type, body, QHttpServerResponder::StatusCode(status));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    NezhaV0Driver driver(&m_nam);
    driver.setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("t")});
    const ApiError error = fetchError(&driver);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
}

QTEST_GUILESS_MAIN(TestNezhaV0Driver)
#include "tst_nezha_v0_driver.moc"
