// FleetService: the connection state machine, backoff, auth stop, stale data, recovery; first with a
// scripted driver and an injected clock (no waiting), then end to end against the demo dashboard.

#include "FakeDashboardDriver.h"
#include "FleetModel.h"
#include "TricklingServer.h"
#include "HistoryStore.h"
#include "demo/DemoDashboard.h"
#include "fleet/FleetService.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using State = FleetService::ConnectionState;

class TestFleetService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void connectsAndApplies();
    void failureKeepsDataAndMarksStale();
    void backoffDoublesCapsAndResets();
    void backoffCap_data();
    void backoffCap();
    void retryNowSkipsTheBackoff();
    void networkBackRetries();
    void authStopsUntilCredentialsChange();
    void restartAfterAuthRejection_data();
    void restartAfterAuthRejection();
    void skipsTickWhileBusy();
    void skippedTickIsAFailure_data();
    void skippedTickIsAFailure();
    void recoversByItself();
    void stopAndNoConnection();
    void newDashboardClearsModel();
    void requestTimeoutShorterThanInterval();
    void endToEndWithDemoDashboard();
    void tricklingDashboardGoesStale();

private:
    static FleetSnapshot snapshot(int servers, qint64 nowSecs = 1732096800);
    static ApiError error(ApiError::Kind kind);
    DashboardConnection connection(const QString &token = QStringLiteral("tok")) const;

    FleetModel *m_model = nullptr;
    HistoryStore *m_history = nullptr;
    FleetService *m_service = nullptr;
    FakeDashboardDriver *m_driver = nullptr;
    qint64 m_nowMs = 1732096800000;
};

FleetSnapshot TestFleetService::snapshot(int servers, qint64 nowSecs)
{
    FleetSnapshot s;
    for (int i = 1; i <= servers; ++i) {
        ServerSnapshot server;
        server.id = quint64(i);
        server.name = QStringLiteral("server-%1").arg(i);
        server.lastActive = nowSecs - 1;
        server.hasDetails = true;
        server.status.cpu = 10 * i;
        s.servers.append(server);
    }
    s.dashboardTimeMs = nowSecs * 1000;
    s.receivedAtMs = nowSecs * 1000;
    s.realDisplayIndex = true;
    return s;
}

ApiError TestFleetService::error(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    e.detail = QStringLiteral("test");
    return e;
}

DashboardConnection TestFleetService::connection(const QString &token) const
{
    DashboardConnection c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
    c.token = token;
    c.pollIntervalMs = 100;
    return c;
}

void TestFleetService::init()
{
    m_model = new FleetModel(this);
    m_history = new HistoryStore(100);
    m_service = new FleetService(m_model, m_history, this);
    m_driver = new FakeDashboardDriver;
    m_service->setDriver(m_driver);
    m_service->setClock([this] { return m_nowMs; });
    m_service->setConnection(connection());
    m_driver->succeedWith(snapshot(3));
}

void TestFleetService::cleanup()
{
    delete m_service;
    delete m_model;
    delete m_history;
}

void TestFleetService::connectsAndApplies()
{
    QCOMPARE(m_service->state(), State::Idle);
    QSignalSpy states(m_service, &FleetService::stateChanged);
    QSignalSpy applied(m_service, &FleetService::snapshotApplied);
    QSignalSpy scheduled(m_service, &FleetService::nextPollScheduled);
    m_service->start();
    QCOMPARE(m_service->state(), State::Connecting);
    QVERIFY(applied.wait(2000));
    QCOMPARE(m_service->state(), State::Connected);
    QCOMPARE(states.count(), 2);
    QVERIFY(m_driver->lastQueryWasAll()); // details without parameters: the real display_index
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->isStale());
    QVERIFY(m_history->contains(1));
    QCOMPARE(m_service->lastSuccess().toMSecsSinceEpoch(), m_nowMs);
    QCOMPARE(scheduled.count(), 2); // when the request went out (a tick comes even without an answer), after it
    QCOMPARE(m_service->nextPollAt().toMSecsSinceEpoch(), m_nowMs + 100);
}

void TestFleetService::failureKeepsDataAndMarksStale()
{
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::Connected);
    QSignalSpy failed(m_service, &FleetService::pollFailed);
    m_driver->failWith(error(ApiError::Kind::Network));
    m_service->refreshNow();
    QTRY_COMPARE(m_service->state(), State::Stale);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_service->lastError().kind, ApiError::Kind::Network);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->isStale());
}

void TestFleetService::backoffDoublesCapsAndResets()
{
    m_service->setBackoffCapMs(1000);
    m_driver->failWith(error(ApiError::Kind::Timeout));
    QSignalSpy failed(m_service, &FleetService::pollFailed);
    m_service->start();
    const QList<int> expected = {200, 400, 400, 400, 400}; // 4 poll intervals, below the 1000 ms cap
    for (int i = 0; i < expected.size(); ++i) {
        QTRY_COMPARE(failed.count(), i + 1);
        QCOMPARE(m_service->consecutiveFailures(), i + 1);
        QCOMPARE(m_service->currentIntervalMs(), expected.at(i));
        QCOMPARE(m_service->nextPollAt().toMSecsSinceEpoch(), m_nowMs + expected.at(i));
        m_service->refreshNow(); // the next failure now, instead of waiting for the backed-off timer
    }
    m_driver->succeedWith(snapshot(3));
    QTRY_COMPARE(m_service->state(), State::Connected);
    QCOMPARE(m_service->consecutiveFailures(), 0);
    QCOMPARE(m_service->currentIntervalMs(), 100);
    QCOMPARE(m_service->nextPollAt().toMSecsSinceEpoch(), m_nowMs + 100);
}

void TestFleetService::backoffCap_data()
{
    QTest::addColumn<int>("pollMs");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expected");
    QTest::newRow("no failure") << 5000 << 0 << 5000;
    QTest::newRow("one doubles") << 5000 << 1 << 10000;
    QTest::newRow("two doubles twice") << 5000 << 2 << 20000;
    QTest::newRow("capped at 4 intervals") << 5000 << 9 << 20000;
    QTest::newRow("3 s poll: 12 s, not 48 s") << 3000 << 4 << 12000;
    QTest::newRow("capped at 30 s") << 10000 << 5 << 30000;
    QTest::newRow("poll above the cap stays") << 60000 << 3 << 60000;
    QTest::newRow("many failures do not overflow") << 1000 << 1000000 << 4000;
}

void TestFleetService::backoffCap()
{
    QFETCH(int, pollMs);
    QFETCH(int, failures);
    QFETCH(int, expected);
    QCOMPARE(FleetService::backoffIntervalMs(pollMs, failures), expected);
}

void TestFleetService::retryNowSkipsTheBackoff()
{
    m_service->setPollInterval(20000); // the backed-off timer would wait 30 s
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::Connected);
    const int afterConnect = m_driver->detailsCalls();
    m_service->retryNow(); // connected: nothing to retry
    QCOMPARE(m_driver->detailsCalls(), afterConnect);

    QSignalSpy failed(m_service, &FleetService::pollFailed);
    m_driver->failWith(error(ApiError::Kind::Network));
    m_service->refreshNow();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(m_service->currentIntervalMs(), 30000);
    m_driver->succeedWith(snapshot(3));
    m_service->retryNow();
    QTRY_COMPARE(m_service->state(), State::Connected);
    QCOMPARE(m_driver->detailsCalls(), afterConnect + 2);
}

void TestFleetService::networkBackRetries()
{
    m_service->setPollInterval(60000);
    m_driver->failWith(error(ApiError::Kind::Network));
    QSignalSpy failed(m_service, &FleetService::pollFailed);
    m_service->start();
    QTRY_COMPARE(failed.count(), 1);
    m_service->setNetworkOnline(false); // going offline polls nothing
    QCOMPARE(m_driver->detailsCalls(), 1);
    m_driver->succeedWith(snapshot(3));
    m_service->setNetworkOnline(true);
    QTRY_COMPARE(m_service->state(), State::Connected);
    QCOMPARE(m_driver->detailsCalls(), 2);
    // Without a reachability backend (CI) following the network is a no-op, not a crash.
    m_service->followNetworkReachability();
}

void TestFleetService::authStopsUntilCredentialsChange()
{
    m_driver->failWith(ApiError::auth(QStringLiteral("访问此接口需要认证")));
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::AuthRejected);
    QVERIFY(!m_service->nextPollAt().isValid());
    QVERIFY(m_model->isStale());
    const int calls = m_driver->detailsCalls();
    m_service->refreshNow();
    m_service->setConnection(connection()); // same credentials: still stopped
    QCOMPARE(m_driver->detailsCalls(), calls);
    QCOMPARE(m_service->state(), State::AuthRejected);
    m_driver->succeedWith(snapshot(2));
    m_service->setConnection(connection(QStringLiteral("new-token")));
    QCOMPARE(m_driver->connection().token, QStringLiteral("new-token"));
    QCOMPARE(m_service->state(), State::Connecting);
    QTRY_COMPARE(m_service->state(), State::Connected);
    QCOMPARE(m_driver->detailsCalls(), calls + 1);
}

void TestFleetService::restartAfterAuthRejection_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("polls");
    QTest::newRow("token fixed") << QStringLiteral("new-token") << QStringLiteral("http://127.0.0.1:1") << true;
    QTest::newRow("other profile") << QStringLiteral("tok") << QStringLiteral("http://127.0.0.1:2") << true;
    QTest::newRow("same credentials") << QStringLiteral("tok") << QStringLiteral("http://127.0.0.1:1") << false;
}

void TestFleetService::restartAfterAuthRejection()
{
    QFETCH(QString, token);
    QFETCH(QString, url);
    QFETCH(bool, polls);
    m_driver->failWith(ApiError::auth(QStringLiteral("bad token")));
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::AuthRejected);
    const int calls = m_driver->detailsCalls();
    m_driver->succeedWith(snapshot(2));
    // What MainWindow does on a profile switch, a fixed token or the demo: stop, set, start.
    m_service->stop();
    DashboardConnection next = connection(token);
    next.url = QUrl(url);
    m_service->setConnection(next);
    m_service->start();
    if (polls) {
        QCOMPARE(m_driver->detailsCalls(), calls + 1);
        QTRY_COMPARE(m_service->state(), State::Connected);
    } else {
        QCOMPARE(m_driver->detailsCalls(), calls);
        QCOMPARE(m_service->state(), State::AuthRejected);
        QVERIFY(!m_service->nextPollAt().isValid());
    }
}

void TestFleetService::skipsTickWhileBusy()
{
    m_driver->setHold(true);
    m_service->start();
    QCOMPARE(m_driver->detailsCalls(), 1);
    m_service->refreshNow();
    m_service->refreshNow();
    QCOMPARE(m_driver->detailsCalls(), 1);
    QVERIFY(m_service->nextPollAt().isValid()); // it will look again later
    m_driver->release();
    QCOMPARE(m_service->state(), State::Connected);
}

void TestFleetService::skippedTickIsAFailure_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("request still running") << false;
    QTest::newRow("stream running") << true;
}

void TestFleetService::skippedTickIsAFailure()
{
    QFETCH(bool, streaming);
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::Connected);
    m_driver->setHold(true);
    m_driver->setStreaming(streaming);
    QSignalSpy failed(m_service, &FleetService::pollFailed);
    // The poll after the interval (100 ms) is accepted and hangs; the one after that finds it still running.
    if (streaming) {
        QTRY_VERIFY(m_driver->detailsCalls() >= 3); // ticks go on, none of them is an error
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_service->state(), State::Connected);
        QVERIFY(!m_model->isStale());
        return;
    }
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(m_driver->detailsCalls(), 2);
    QCOMPARE(m_service->state(), State::Stale);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_service->lastError().kind, ApiError::Kind::Timeout);
    const QString text = m_service->lastError().text();
    QVERIFY2(text.contains(QLatin1String("http://127.0.0.1:1")) && text.contains(QLatin1String("has not finished")),
             qPrintable(text));
    QCOMPARE(m_service->consecutiveFailures(), 1);
    QCOMPARE(m_service->currentIntervalMs(), 200); // backs off like any failure
    m_driver->release();
    QCOMPARE(m_service->state(), State::Connected);
    QVERIFY(!m_model->isStale());
}

void TestFleetService::recoversByItself()
{
    m_driver->failWith(error(ApiError::Kind::Network));
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::Stale);
    m_driver->succeedWith(snapshot(4));
    // No refreshNow(): the backed-off timer (200 ms) polls again by itself.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->state(), State::Connected, 3000);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(!m_model->isStale());
}

void TestFleetService::stopAndNoConnection()
{
    m_service->start();
    QTRY_COMPARE(m_service->state(), State::Connected);
    m_service->stop();
    QCOMPARE(m_service->state(), State::Idle);
    QVERIFY(!m_service->nextPollAt().isValid());
    const int calls = m_driver->detailsCalls();
    m_service->refreshNow();
    QCOMPARE(m_driver->detailsCalls(), calls);
    QCOMPARE(m_model->rowCount(), 3); // stopping keeps what is shown

    FleetService empty(m_model, nullptr);
    auto *driver = new FakeDashboardDriver;
    empty.setDriver(driver);
    empty.start(); // no URL or token: nothing to poll
    QCOMPARE(empty.state(), State::Idle);
    QCOMPARE(driver->detailsCalls(), 0);
}

void TestFleetService::newDashboardClearsModel()
{
    m_service->start();
    QTRY_COMPARE(m_model->rowCount(), 3);
    m_driver->setHold(true);
    QSignalSpy changed(m_service, &FleetService::dashboardChanged);
    m_service->setConnection(connection(QStringLiteral("new-token"))); // same dashboard, new token
    QCOMPARE(changed.count(), 0);
    DashboardConnection other = connection();
    other.url = QUrl(QStringLiteral("http://127.0.0.1:2"));
    m_service->setConnection(other);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_history->contains(1));
    QCOMPARE(m_service->state(), State::Connecting);
}

void TestFleetService::requestTimeoutShorterThanInterval()
{
    m_service->setPollInterval(3000);
    QCOMPARE(m_driver->timeoutMs(), 2400);
    m_service->setPollInterval(60000);
    QCOMPARE(m_driver->timeoutMs(), 10000);
    m_service->setPollInterval(500);
    QCOMPARE(m_driver->timeoutMs(), 1000);
}

void TestFleetService::endToEndWithDemoDashboard()
{
    DemoDashboard demo(12, 3);
    QVERIFY(demo.listen());
    QNetworkAccessManager nam;
    FleetModel model;
    HistoryStore history(100);
    FleetService service(&model, &history);
    service.useNezhaV0(&nam);
    DashboardConnection c;
    c.url = demo.url();
    c.token = demo.token();
    c.pollIntervalMs = 150;
    service.setConnection(c);
    service.start();
    QTRY_COMPARE(service.state(), State::Connected);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.counts().neverReported, 1);

    demo.setFault(DemoDashboard::Fault::ServerError);
    QTRY_COMPARE(service.state(), State::Stale);
    QCOMPARE(service.lastError().httpStatus, 500);
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(model.isStale());

    demo.setFault(DemoDashboard::Fault::None);
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), State::Connected, 5000);
    QVERIFY(!model.isStale());

    demo.setFault(DemoDashboard::Fault::RejectToken);
    QTRY_COMPARE(service.state(), State::AuthRejected);
    QCOMPARE(model.rowCount(), 12); // last data kept
}

void TestFleetService::tricklingDashboardGoesStale()
{
    TricklingServer trickle(200, 1000); // headers, then a byte every 200 ms: never idle, never done
    QNetworkAccessManager nam;
    FleetModel model;
    FleetService service(&model, nullptr);
    service.useNezhaV0(&nam);
    DashboardConnection c;
    c.url = trickle.url(QString());
    c.token = QStringLiteral("tok");
    c.pollIntervalMs = 1250; // request deadline 1 s
    service.setConnection(c);
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), State::Stale, 5000);
    QCOMPARE(service.lastError().kind, ApiError::Kind::Timeout);
    QVERIFY2(service.lastError().text().contains(trickle.url(QString()).toDisplayString()),
             qPrintable(service.lastError().text()));
}

QTEST_GUILESS_MAIN(TestFleetService)
#include "tst_fleet_service.moc"
