// ConnectionTester (the profile dialog's "Test connection") against the real demo dashboard and its Grafana
// over loopback: the sentence for each outcome, and cancel() dropping a test in flight.

#include "demo/DemoDashboard.h"
#include "profiles/ConnectionTester.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestConnectionTester : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dashboard_data();
    void dashboard();
    void grafana_data();
    void grafana();
    void cancelDropsTheAnswer();
    void loginOnV1AndV2_data();
    void loginOnV1AndV2();

private:
    DemoDashboard m_demo{5, 1};
    QNetworkAccessManager m_nam;
};

void TestConnectionTester::initTestCase()
{
    QVERIFY(m_demo.listen());
}

void TestConnectionTester::dashboard_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    const QString demo = m_demo.url().toString();
    QTest::newRow("demo dashboard") << demo << m_demo.token() << true << QStringLiteral("5 server");
    QTest::newRow("token rejected") << demo << QStringLiteral("wrong") << false << QStringLiteral("Token rejected");
    QTest::newRow("no scheme") << QStringLiteral("ftp://h.example.org") << QStringLiteral("t") << false
                               << QStringLiteral("https://");
    QTest::newRow("no token") << demo << QString() << false << QStringLiteral("API token");
}

void TestConnectionTester::dashboard()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    ConnectionTester tester(&m_nam);
    QSignalSpy tested(&tester, &ConnectionTester::dashboardTested);
    DashboardConnection c;
    c.url = QUrl(url);
    c.token = token;
    tester.testDashboard(c);
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.first().at(0).toBool(), ok);
    QVERIFY2(tested.first().at(1).toString().contains(says), qPrintable(tested.first().at(1).toString()));
    QVERIFY(!tester.dashboardBusy());
}

// A v1/v2 login: the list is fetched after signing in (it used to go out without the JWT and read as rejected),
// and a wrong password says "Sign-in", not "Token".
void TestConnectionTester::loginOnV1AndV2_data()
{
    QTest::addColumn<int>("generation");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    for (const auto generation : {DemoDashboard::Generation::V1, DemoDashboard::Generation::V2}) {
        const QByteArray name = DemoDashboard::generationName(generation).toLatin1();
        QTest::newRow(QByteArray(name + " login").constData()) << int(generation) << DemoDashboard::loginPassword() << true
                                       << QStringLiteral("5 server");
        QTest::newRow(QByteArray(name + " wrong password").constData()) << int(generation) << QStringLiteral("wrong") << false
                                                << QStringLiteral("Sign-in rejected");
    }
}

void TestConnectionTester::loginOnV1AndV2()
{
    QFETCH(int, generation);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    DemoDashboard demo(5, 1);
    demo.setGeneration(DemoDashboard::Generation(generation));
    QVERIFY(demo.listen());
    ConnectionTester tester(&m_nam);
    QSignalSpy tested(&tester, &ConnectionTester::dashboardTested);
    DashboardConnection c;
    c.url = demo.url();
    c.username = DemoDashboard::loginUser();
    c.password = password;
    tester.testDashboard(c);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
    QVERIFY2(tested.first().at(1).toString().contains(says), qPrintable(tested.first().at(1).toString()));
    QCOMPARE(tested.first().at(0).toBool(), ok);
}

void TestConnectionTester::grafana_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("admin") << DemoDashboard::grafanaPassword() << true;
    QTest::newRow("wrong password") << QStringLiteral("nope") << false;
}

void TestConnectionTester::grafana()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    ConnectionTester tester(&m_nam);
    QSignalSpy tested(&tester, &ConnectionTester::grafanaTested);
    tester.testGrafana({m_demo.url(), DemoDashboard::grafanaUser(), password});
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.first().at(0).toBool(), ok);
    QVERIFY(!tested.first().at(1).toString().isEmpty());
}

void TestConnectionTester::cancelDropsTheAnswer()
{
    ConnectionTester tester(&m_nam);
    QSignalSpy dashboard(&tester, &ConnectionTester::dashboardTested);
    QSignalSpy grafana(&tester, &ConnectionTester::grafanaTested);
    DashboardConnection c;
    c.url = m_demo.url();
    c.token = m_demo.token();
    tester.testDashboard(c);
    tester.testGrafana({m_demo.url(), DemoDashboard::grafanaUser(), DemoDashboard::grafanaPassword()});
    QVERIFY(tester.dashboardBusy() && tester.grafanaBusy());
    tester.cancel();
    QVERIFY(!tester.dashboardBusy() && !tester.grafanaBusy());
    // Later tests still answer, each once; the cancelled ones (sent earlier) never arrive.
    tester.testDashboard(c);
    QTRY_COMPARE(dashboard.size(), 1);
    tester.testGrafana({m_demo.url(), DemoDashboard::grafanaUser(), DemoDashboard::grafanaPassword()});
    QTRY_COMPARE(grafana.size(), 1);
    QCOMPARE(dashboard.size(), 1);
    QVERIFY(grafana.first().at(0).toBool());
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connection_tester.moc"
