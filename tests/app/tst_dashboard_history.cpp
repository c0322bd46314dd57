// DashboardHistory over a scripted driver: v0/v1 keep no history (Unsupported), a v2 answers every metric
// (Ready, series in ms/value), a v2 with TSDB off answers empty lists (NoHistory, not an error), a failure
// (e.g. a guest asking for 7 days) ends the load with the error, fresh answers are not asked again, and a
// dashboard switch forgets everything.

#include "FleetModel.h"
#include "HistoryStore.h"
#include "fleet/DashboardHistory.h"
#include "fleet/FleetService.h"
#include "nezha/DashboardDriver.h"
#include "ScriptedDriver.h"

#include <QSignalSpy>
#include <QTest>

namespace {

struct Stack
{
    FleetModel model;
    HistoryStore history;
    FleetService fleet{&model, &history};
    ScriptedDriver *driver = new ScriptedDriver;
    DashboardHistory dashboardHistory{&fleet};
    Stack() { fleet.setDriver(driver); }
};

} // namespace

class TestDashboardHistory : public QObject
{
    Q_OBJECT
private slots:
    void periods()
    {
        QCOMPARE(DashboardHistory::periodFor(86400), QStringLiteral("1d"));
        QCOMPARE(DashboardHistory::periodFor(7 * 86400), QStringLiteral("7d"));
        QCOMPARE(DashboardHistory::periodFor(30 * 86400), QStringLiteral("30d"));
        QCOMPARE(DashboardHistory::periodFor(3600), QString());
    }

    void v1KeepsNoHistory()
    {
        Stack s;
        s.driver->generation = NezhaGeneration::V1;
        s.dashboardHistory.load(7, QStringLiteral("1d"));
        QCOMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Unsupported);
        QVERIFY(s.driver->asked.isEmpty());
    }

    void v2LoadsEveryMetricOnce()
    {
        Stack s;
        s.dashboardHistory.load(7, QStringLiteral("7d"));
        QCOMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Loading);
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Ready);
        QCOMPARE(s.driver->asked.size(), DashboardHistory::metricNames().size());
        QVERIFY(s.driver->asked.contains(QStringLiteral("net_in_speed/7d")));
        const QList<QPointF> cpu = s.dashboardHistory.series(QStringLiteral("cpu"));
        QCOMPARE(cpu.size(), 2);
        QCOMPARE(cpu.last(), QPointF(31000, 2.5));
        s.dashboardHistory.load(7, QStringLiteral("7d")); // fresh: not asked again
        QCOMPARE(s.driver->asked.size(), DashboardHistory::metricNames().size());
        s.dashboardHistory.load(8, QStringLiteral("7d")); // another server: asked, old lines gone at once
        QVERIFY(s.dashboardHistory.series(QStringLiteral("cpu")).isEmpty());
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Ready);
    }

    void tsdbOffIsNoHistoryNotAnError()
    {
        Stack s;
        s.driver->emptyAnswers = true;
        s.dashboardHistory.load(7, QStringLiteral("1d"));
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::NoHistory);
        QVERIFY(!s.dashboardHistory.error().isError());
    }

    void failureEndsTheLoad()
    {
        Stack s;
        s.driver->failMetric = QStringLiteral("memory");
        s.dashboardHistory.load(7, QStringLiteral("30d"));
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Failed);
        QCOMPARE(s.dashboardHistory.error().detail, QStringLiteral("guests only get 1d"));
        QCOMPARE(s.driver->asked.size(), 2); // cpu, then memory failed: the rest are not asked
        QCOMPARE(s.dashboardHistory.series(QStringLiteral("cpu")).size(), 2);
        s.dashboardHistory.load(7, QStringLiteral("30d")); // not hammered again on every redraw
        QCOMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Failed);
        QCOMPARE(s.driver->asked.size(), 2);
        s.dashboardHistory.load(7, QStringLiteral("1d")); // another window is asked at once
        QCOMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Loading);
    }

    void dashboardSwitchForgets()
    {
        Stack s;
        s.dashboardHistory.load(7, QStringLiteral("1d"));
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Ready);
        DashboardConnection c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        c.token = QStringLiteral("x");
        s.fleet.setConnection(c);
        QCOMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Idle);
        QVERIFY(s.dashboardHistory.series(QStringLiteral("cpu")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardHistory)
#include "tst_dashboard_history.moc"
