// The main window on a Nezha v2 dashboard, end to end over real HTTP and a real WebSocket: the demo dashboard
// plays v2 (login, stream, groups, TSDB); the window signs in with a username and password through the same
// auto-detecting driver the app uses, names the generation in the status bar, filters by server group, and
// draws the 7-day window from the dashboard's own history, in English and in Chinese. With
// FARSIGHT_SCREENSHOT_DIR set, the grabs are saved there (resources/screenshots/v2-7day-*.png come from here).

#include "FleetModel.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "credentials/MemoryCredentialStore.h"
#include "demo/DemoDashboard.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"
#include "fleet/DashboardHistory.h"
#include "fleet/FleetService.h"
#include "grafana/GrafanaClient.h"
#include "i18n/Translations.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestV2DashboardWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Translations::instance().setLanguage(QStringLiteral("en")); }

    void signsInStreamsAndDrawsSevenDays()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("farsight.ini")));
        MemoryCredentialStore keychain;
        ProfileStore profiles(&settings, &keychain, nullptr);
        QNetworkAccessManager nam;
        FleetModel model;
        HistoryStore history;
        FleetService fleet(&model, &history);
        fleet.useNezha(&nam);
        DemoDashboard demo(12, 1);
        demo.setGeneration(DemoDashboard::Generation::V2);
        demo.setTsdbEnabled(true);
        QVERIFY(demo.listen(0));
        GrafanaClient grafana(&nam);
        ConnectionTester tester(&nam);
        DashboardHistory dashboardHistory(&fleet);
        MainWindow window(GuiServices{&settings, &profiles, &model, &history, &fleet, &nam, &grafana, &tester,
                                      &dashboardHistory});
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        DashboardConnection c;
        c.url = demo.url();
        c.username = DemoDashboard::loginUser();
        c.password = DemoDashboard::loginPassword();
        c.pollIntervalMs = 3000;
        QSignalSpy applied(&fleet, &FleetService::snapshotApplied);
        window.openAdHoc(c, QStringLiteral("Demo dashboard (Nezha v2)"));
        QVERIFY(applied.wait(15000));
        QCOMPARE(model.rowCount(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(model.usesGroups(), 10000); // v2 server groups replace v0's tag (fetched beside the stream)
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QTRY_VERIFY2(state->text().contains(QStringLiteral("Nezha v2")), qPrintable(state->text()));

        // A server that reports, its detail on the 7-day window: drawn from the dashboard's TSDB.
        quint64 id = 0;
        for (int row = 0; row < model.rowCount() && !id; ++row)
            if (model.stateOf(row) == ServerState::Online)
                id = model.idAt(row);
        QVERIFY(id);
        window.showServer(id);
        auto *detail = window.findChild<ServerDetailPanel *>(QStringLiteral("serverDetail"));
        QVERIFY(detail);
        QTRY_COMPARE(detail->findChild<QComboBox *>(QStringLiteral("chartWindow"))->count(), 6);
        detail->setWindowSecs(7 * 86400);
        QTRY_COMPARE_WITH_TIMEOUT(dashboardHistory.status(), DashboardHistory::Status::Ready, 20000);
        QTRY_VERIFY(detail->chart(QStringLiteral("cpuChart"))->pointCount(0) > 100); // 30-minute buckets over 7 days
        auto *source = detail->findChild<QLabel *>(QStringLiteral("chartSource"));
        QVERIFY2(source->text().contains(QStringLiteral("dashboard's own history")), qPrintable(source->text()));
        save(window, QStringLiteral("v2-7day.png"));

        QVERIFY(Translations::instance().setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY2(source->text().contains(QStringLiteral("面板")), qPrintable(source->text()));
        QTRY_VERIFY2(state->text().contains(QStringLiteral("哪吒 v2")), qPrintable(state->text()));
        save(window, QStringLiteral("v2-7day-zh_CN.png"));
        fleet.stop();
    }

private:
    static void save(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR");
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(TestV2DashboardWindow)
#include "tst_v2_dashboard_window.moc"
