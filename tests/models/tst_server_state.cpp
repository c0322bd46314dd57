// The one "dashboard now" (dashboardNowMs), the state decision against it and the one wording of states
// (ServerStateText) that the table, the detail pane, the filter and the command line share.

#include "ServerSnapshot.h"
#include "ServerStateText.h"

#include <QtTest>

class TestServerState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dashboardNow_data();
    void dashboardNow();
    void stateAgainstDashboardNow_data();
    void stateAgainstDashboardNow();
    void texts_data();
    void texts();
};

void TestServerState::dashboardNow_data()
{
    QTest::addColumn<qint64>("dashboardMs");
    QTest::addColumn<qint64>("receivedMs");
    QTest::addColumn<qint64>("fallbackMs");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("dashboard clock known") << qint64(5000) << qint64(9000) << qint64(1) << qint64(5000);
    QTest::newRow("no Date header: local receive time") << qint64(0) << qint64(9000) << qint64(1) << qint64(9000);
    QTest::newRow("neither: the caller's clock") << qint64(0) << qint64(0) << qint64(7) << qint64(7);
    QTest::newRow("neither, no fallback") << qint64(-1) << qint64(0) << qint64(0) << qint64(0);
}

void TestServerState::dashboardNow()
{
    QFETCH(qint64, dashboardMs);
    QFETCH(qint64, receivedMs);
    QFETCH(qint64, fallbackMs);
    QFETCH(qint64, expected);
    FleetSnapshot snapshot;
    snapshot.dashboardTimeMs = dashboardMs;
    snapshot.receivedAtMs = receivedMs;
    QCOMPARE(dashboardNowMs(snapshot, fallbackMs), expected);
}

void TestServerState::stateAgainstDashboardNow_data()
{
    QTest::addColumn<qint64>("lastActive");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("state");
    QTest::newRow("reported 10 s ago") << qint64(1000) << qint64(1010) << int(ServerState::Online);
    QTest::newRow("reported 31 s ago") << qint64(1000) << qint64(1031) << int(ServerState::Offline);
    QTest::newRow("never reported") << qint64(0) << qint64(1031) << int(ServerState::NeverReported);
    QTest::newRow("Go zero time") << qint64(-62135596800) << qint64(1031) << int(ServerState::NeverReported);
}

void TestServerState::stateAgainstDashboardNow()
{
    QFETCH(qint64, lastActive);
    QFETCH(qint64, now);
    QFETCH(int, state);
    ServerSnapshot s;
    s.lastActive = lastActive;
    QCOMPARE(int(serverStateAt(s, now, 30)), state);
}

void TestServerState::texts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("lastActive");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withTime");
    QTest::newRow("online") << int(ServerState::Online) << qint64(1732096800) << "Online" << false;
    QTest::newRow("offline") << int(ServerState::Offline) << qint64(1732096800) << "Offline" << true;
    QTest::newRow("offline, time unknown") << int(ServerState::Offline) << qint64(0) << "Offline" << false;
    QTest::newRow("never reported") << int(ServerState::NeverReported) << qint64(0) << "Never reported" << false;
}

void TestServerState::texts()
{
    QFETCH(int, state);
    QFETCH(qint64, lastActive);
    QFETCH(QString, name);
    QFETCH(bool, withTime);
    QCOMPARE(ServerStateText::name(ServerState(state)), name);
    const QString since = ServerStateText::withSince(ServerState(state), lastActive);
    if (withTime) {
        QVERIFY(since.startsWith(QStringLiteral("Offline since ")));
        QVERIFY(since.size() > 16);
    } else {
        QCOMPARE(since, name);
    }
}

QTEST_GUILESS_MAIN(TestServerState)
#include "tst_server_state.moc"
