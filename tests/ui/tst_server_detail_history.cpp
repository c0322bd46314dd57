// ServerDetailPanel's day-long windows: offered only where the dashboard keeps history of its own (v2),
// drawn from it with the source named, "keeps no history" said in words when TSDB is off, the error in
// words when it fails; a remembered long window on a v1 dashboard falls back to a live one.

#include "FakeHistorySource.h"
#include "FleetModel.h"
#include "HistoryStore.h"
#include "ScriptedDriver.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"
#include "fleet/DashboardHistory.h"
#include "fleet/FleetService.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Stack
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    FleetModel model;
    HistoryStore history;
    FleetService fleet{&model, &history};
    ScriptedDriver *driver = new ScriptedDriver;
    DashboardHistory dashboardHistory{&fleet};
    ServerDetailPanel panel{settings};

    explicit Stack(NezhaGeneration generation)
    {
        driver->generation = generation;
        fleet.setDriver(driver);
        FleetSnapshot snapshot;
        ServerSnapshot s;
        s.id = 7;
        s.name = QStringLiteral("db-1");
        s.lastActive = 40000;
        s.hasDetails = true;
        snapshot.servers = {s};
        snapshot.dashboardTimeMs = 40000 * 1000LL;
        model.apply(snapshot);
        panel.setSources(&model, &history);
        panel.setDashboardHistory(&dashboardHistory);
        panel.resize(700, 2400); // every chart in view
        panel.show();
        panel.setServer(7);
    }
    QComboBox *window() { return panel.findChild<QComboBox *>(QStringLiteral("chartWindow")); }
    QLabel *source() { return panel.findChild<QLabel *>(QStringLiteral("chartSource")); }
};

} // namespace

class TestServerDetailHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void v2OffersDayLongWindowsFromTheDashboard()
    {
        Stack s(NezhaGeneration::V2);
        QCOMPARE(s.window()->count(), 6);
        QCOMPARE(s.window()->itemText(4), QStringLiteral("7 days"));
        s.panel.setWindowSecs(7 * 86400);
        QVERIFY(s.source()->isVisible());
        QTRY_COMPARE(s.dashboardHistory.status(), DashboardHistory::Status::Ready);
        QTRY_VERIFY(s.source()->text().contains(QStringLiteral("dashboard's own history")));
        QTRY_COMPARE(s.panel.chart(QStringLiteral("cpuChart"))->pointCount(0), 2);
        QVERIFY(s.driver->asked.contains(QStringLiteral("cpu/7d")));
        s.panel.setWindowSecs(300); // back to live: the source line goes away
        QVERIFY(!s.source()->isVisible());
    }

    void tsdbOffIsSaidInWords()
    {
        Stack s(NezhaGeneration::V2);
        s.driver->emptyAnswers = true;
        s.panel.setWindowSecs(86400);
        QTRY_VERIFY2(s.source()->text().contains(QStringLiteral("keeps no history")), qPrintable(s.source()->text()));
    }

    void failureIsSaidInWords()
    {
        Stack s(NezhaGeneration::V2);
        s.driver->failMetric = QStringLiteral("cpu");
        s.panel.setWindowSecs(30 * 86400);
        QTRY_VERIFY2(s.source()->text().contains(QStringLiteral("could not be loaded")), qPrintable(s.source()->text()));
        QVERIFY(s.source()->text().contains(QStringLiteral("guests only get 1d")));
    }

    // Both sources: the local store when it reaches back to the window's start (bands, finer buckets), else
    // the dashboard, whose history predates Farsight's; the source line says which.
    void localStoreOrDashboard()
    {
        Stack s(NezhaGeneration::V2);
        FakeHistorySource local;
        s.panel.setLocalHistory(&local);
        QCOMPARE(s.window()->count(), 7);
        local.oldest = (40000 - 3600) * 1000LL; // one hour of local history
        s.panel.setWindowSecs(86400);
        QTRY_VERIFY2(s.source()->text().contains(QStringLiteral("dashboard's own history")), qPrintable(s.source()->text()));
        QVERIFY(local.requests.isEmpty());
        QVERIFY(s.driver->asked.contains(QStringLiteral("cpu/1d")));
        local.oldest = 1; // since 1970: the store covers 24 h
        s.panel.setWindowSecs(300);
        s.panel.setWindowSecs(86400);
        QCOMPARE(local.requests.size(), 1);
        QVERIFY2(s.source()->text().contains(QStringLiteral("local history")), qPrintable(s.source()->text()));
    }

    void v1HasOnlyLiveWindows()
    {
        Stack s(NezhaGeneration::V1);
        QCOMPARE(s.window()->count(), 3);
        s.panel.setWindowSecs(7 * 86400); // remembered from a v2 dashboard
        QCOMPARE(s.window()->currentData().toInt(), 3600);
        QVERIFY(!s.source()->isVisible());
        QVERIFY(s.driver->asked.isEmpty());
    }
};

QTEST_MAIN(TestServerDetailHistory)
#include "tst_server_detail_history.moc"
