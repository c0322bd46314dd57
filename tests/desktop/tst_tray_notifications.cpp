// End to end on a real session bus and X server (run-desktop-test.sh): the demo dashboard, FleetService, the
// alert pipeline, DesktopNotifier and TrayController against a fake StatusNotifierWatcher and a fake
// org.freedesktop.Notifications served from helper threads. A server goes offline and comes back; the test
// asserts the exact Notify calls, the in-place update, no duplicate on later polls, the Open action, that a
// recovery never replaces a still-open outage with a calm bubble (web-1 down, db-1 down, db-1 up => the
// notification on screen is critical and names web-1), and measures the time from a server's last report to its
// notification.

#include "FakeNotifications.h"
#include "FakeStatusNotifierWatcher.h"
#include "FleetModel.h"
#include "alerts/AlertCenter.h"
#include "demo/DemoDashboard.h"
#include "fleet/FleetService.h"
#include "notify/DesktopNotifier.h"
#include "tray/TrayController.h"

#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace {
constexpr int kThresholdSecs = 2;
constexpr int kPollMs = 400;
constexpr int kGracePolls = 2;
constexpr int kWaitMs = 20000;
}

class TestTrayNotifications : public QObject
{
    Q_OBJECT

    FakeStatusNotifierWatcher m_watcher;
    FakeNotifications m_notifications;
    std::unique_ptr<DemoDashboard> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FleetModel> m_model;
    std::unique_ptr<FleetService> m_service;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TrayController> m_tray;
    QList<ServerSnapshot> m_servers; // the demo's reporting servers, in id order
    QList<ServerSnapshot> m_offlinePair;

    // Polls until `count` more snapshots arrived.
    bool waitPolls(int count)
    {
        QSignalSpy applied(m_service.get(), &FleetService::snapshotApplied);
        while (applied.size() < count) {
            if (!applied.wait(kWaitMs))
                return false;
        }
        return true;
    }
    bool waitNotify(qsizetype count)
    {
        QTest::qWaitFor([&] { return m_notifications.calls().size() >= count; }, kWaitMs);
        return m_notifications.calls().size() == count;
    }
    void report(const char *what, const ServerSnapshot &server, const NotifyCall &call)
    {
        // last_active and the Date header have 1 s resolution, so "more than T s" is first seen at last_active +
        // T + 1 s; then a first stale poll within one interval and (grace - 1) more polls.
        const qint64 latencyMs = call.receivedAtMs - server.lastActive * 1000;
        const int boundMs = (kThresholdSecs + 1) * 1000 + kGracePolls * kPollMs;
        qInfo("%s: last report -> notification %lld ms (threshold %d s, grace %d polls of %d ms, bound ~%d ms "
              "+ request time)",
              what, latencyMs, kThresholdSecs, kGracePolls, kPollMs, boundMs);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_watcher.start(&error), qPrintable(error));
        QVERIFY2(m_notifications.start(&error), qPrintable(error));

        m_demo = std::make_unique<DemoDashboard>(6, 7);
        m_demo->fleet()->setScheduledOutages(false);
        QVERIFY(m_demo->listen());
        for (const ServerSnapshot &s : m_demo->fleet()->servers()) {
            if (!s.neverReported())
                m_servers.append(s);
        }
        QVERIFY(m_servers.size() >= 3);

        m_nam = std::make_unique<QNetworkAccessManager>();
        m_model = std::make_unique<FleetModel>();
        m_service = std::make_unique<FleetService>(m_model.get(), nullptr);
        m_service->useNezhaV0(m_nam.get());
        DashboardConnection connection;
        connection.url = m_demo->url();
        connection.token = m_demo->token();
        connection.offlineThresholdSecs = kThresholdSecs;
        connection.pollIntervalMs = kPollMs;
        m_service->setConnection(connection);

        m_alerts = std::make_unique<AlertCenter>();
        m_alerts->watch(m_service.get());
        m_notifier = std::make_unique<DesktopNotifier>();
        m_alerts->setNotifier(m_notifier.get());

        m_window = std::make_unique<QWidget>();
        m_window->setObjectName(QStringLiteral("mainWindow"));
        m_tray = std::make_unique<TrayController>(m_window.get(), *m_alerts);
        m_tray->setNotifier(m_notifier.get());
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(m_tray->isTrayAvailable());
        m_tray->showInitialWindow(true); // --minimized: only the tray icon
        QVERIFY(!m_window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_watcher.registeredItems().isEmpty(), kWaitMs); // the icon is on the (fake) tray

        m_service->start();
        QVERIFY(waitPolls(kGracePolls + 1));
        QCOMPARE(m_alerts->health().state, FleetHealth::State::AllOnline);
        QVERIFY(m_notifications.calls().isEmpty()); // a healthy start is silent
    }

    void offlineIsNotifiedOnce()
    {
        const ServerSnapshot web = m_servers.at(0);
        m_demo->fleet()->setServerOffline(web.id, true);
        const ServerSnapshot frozen = m_demo->fleet()->server(web.id);
        QVERIFY(waitNotify(1));
        const NotifyCall call = m_notifications.calls().at(0);
        report("offline", frozen, call);
        QCOMPARE(call.appName, QStringLiteral("Farsight"));
        QCOMPARE(call.replacesId, 0u);
        QVERIFY(!call.appIcon.isEmpty());
        QCOMPARE(call.summary, QStringLiteral("%1 is offline").arg(web.name));
        QVERIFY2(call.body.startsWith(web.name + QStringLiteral(": no report for ")), qPrintable(call.body));
        QCOMPARE(call.urgency(), 2);
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("network.disconnected"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.farsight.Farsight"));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"),
                                           QStringLiteral("Open")}));
        QCOMPARE(call.expireTimeout, -1);

        QCOMPARE(m_alerts->health().offlineNames, QStringList{web.name});
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Offline: ") + web.name));
        QVERIFY(m_tray->trayIcon()->toolTip().contains(web.name));

        QVERIFY(waitPolls(3)); // no duplicate on the next polls
        QCOMPARE(m_notifications.calls().size(), 1);
        QVERIFY(!m_window->isVisible()); // never steals focus
    }

    void recoveryUpdatesInPlace()
    {
        const ServerSnapshot web = m_servers.at(0);
        const uint firstId = m_notifications.calls().at(0).returnedId;
        m_demo->fleet()->setServerOffline(web.id, false);
        QVERIFY(waitNotify(2));
        const NotifyCall call = m_notifications.calls().at(1);
        QCOMPARE(call.replacesId, firstId);
        QCOMPARE(call.returnedId, firstId);
        QVERIFY2(call.summary.startsWith(web.name + QStringLiteral(" is back online after ")), qPrintable(call.summary));
        QCOMPARE(call.body, QString());
        QCOMPARE(call.urgency(), 1);
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("network.connected"));
        QVERIFY(waitPolls(3));
        QCOMPARE(m_notifications.calls().size(), 2);
        QCOMPARE(m_alerts->health().state, FleetHealth::State::AllOnline);
        QCOMPARE(m_alerts->history().rowCount(), 2);
    }

    void openActionShowsTheServer()
    {
        QSignalSpy open(m_notifier.get(), &DesktopNotifier::openRequested);
        m_notifications.invokeAction(m_notifications.calls().at(1).returnedId, QStringLiteral("open"));
        QVERIFY(open.wait(kWaitMs));
        QCOMPARE(open.first().first().toULongLong(), m_servers.at(0).id);
        m_notifications.invokeAction(4242, QStringLiteral("open")); // someone else's notification
        QVERIFY(!open.wait(300));
    }

    void severalChangesMakeOneNotification()
    {
        // Two servers that stop in the same second cross the threshold in the same poll. The demo's last_active
        // jitters by a second per server, so stop every candidate at once and keep two with the same last report
        // (pigeonhole: with 3+ candidates two share it); the rest resume before reaching the threshold.
        const uint id = m_notifications.calls().last().returnedId;
        const QList<ServerSnapshot> candidates = m_servers.mid(1); // m_servers[0] just flapped: damped
        QVERIFY(candidates.size() >= 3);
        QHash<qint64, QList<ServerSnapshot>> byLastReport;
        for (const ServerSnapshot &s : candidates)
            m_demo->fleet()->setServerOffline(s.id, true);
        for (const ServerSnapshot &s : candidates)
            byLastReport[m_demo->fleet()->server(s.id).lastActive].append(s);
        QList<ServerSnapshot> pair;
        for (const QList<ServerSnapshot> &group : std::as_const(byLastReport)) {
            if (pair.isEmpty() && group.size() >= 2)
                pair = group.mid(0, 2);
        }
        QCOMPARE(pair.size(), 2);
        for (const ServerSnapshot &s : candidates) {
            if (s.id != pair.at(0).id && s.id != pair.at(1).id)
                m_demo->fleet()->setServerOffline(s.id, false);
        }
        m_offlinePair = pair;
        const ServerSnapshot frozen = m_demo->fleet()->server(pair.at(0).id);
        QVERIFY(waitNotify(3));
        const NotifyCall call = m_notifications.calls().at(2);
        report("two offline", frozen, call);
        QCOMPARE(call.replacesId, id);
        QCOMPARE(call.summary, QStringLiteral("2 servers offline: %1, %2").arg(pair.at(0).name, pair.at(1).name));
        QCOMPARE(call.body.count(QLatin1Char('\n')), 1);
        QCOMPARE(call.urgency(), 2);
        QCOMPARE(m_alerts->health().offline, 2);
        QVERIFY(waitPolls(3));
        QCOMPARE(m_notifications.calls().size(), 3);
    }

    void trayMenuMutes()
    {
        QMenu *menu = m_tray->menu();
        auto action = [menu](const char *name) { return menu->findChild<QAction *>(QString::fromLatin1(name)); };
        QVERIFY(action("trayMute1h") && action("trayUnmute") && action("trayHistory") && action("trayQuit"));
        QVERIFY(!action("trayUnmute")->isEnabled());
        action("trayMute1h")->trigger();
        QVERIFY(m_alerts->mutes().isGloballyMuted());
        QVERIFY(action("trayUnmute")->isEnabled());
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Notifications muted until")));
        // Muted: the recovery of b and c is not announced.
        for (const ServerSnapshot &s : std::as_const(m_offlinePair))
            m_demo->fleet()->setServerOffline(s.id, false);
        QVERIFY(waitPolls(3));
        QCOMPARE(m_notifications.calls().size(), 3);
        action("trayUnmute")->trigger();
        QVERIFY(!m_alerts->mutes().isGloballyMuted());
        action("trayHistory")->trigger();
        QVERIFY(m_tray->historyDialog() && m_tray->historyDialog()->isVisible());
        m_tray->historyDialog()->close();
    }

    void recoveryKeepsAnotherOutageOnScreen()
    {
        OfflinePolicy::Config config = m_alerts->policy().config();
        config.flapWindowSecs = 0; // these servers already went down and up above: no damping here
        m_alerts->policy().setConfig(config);
        const ServerSnapshot web = m_servers.at(0);
        const ServerSnapshot db = m_servers.at(1);
        const qsizetype before = m_notifications.calls().size();
        m_demo->fleet()->setServerOffline(web.id, true);
        QVERIFY(waitNotify(before + 1));
        m_demo->fleet()->setServerOffline(db.id, true);
        QVERIFY(waitNotify(before + 2));
        m_demo->fleet()->setServerOffline(db.id, false);
        QVERIFY(waitNotify(before + 3));
        const QList<NotifyCall> calls = m_notifications.calls().mid(before);
        const uint id = calls.at(0).returnedId;
        QCOMPARE(calls.at(0).summary, QStringLiteral("%1 is offline").arg(web.name));
        QCOMPARE(calls.at(0).urgency(), 2);
        QCOMPARE(calls.at(1).replacesId, id);
        QCOMPARE(calls.at(1).summary, QStringLiteral("2 servers offline: %1, %2").arg(web.name, db.name));
        QCOMPARE(calls.at(1).urgency(), 2);
        // db-1's recovery replaces the one bubble: it still says web-1 is offline and stays critical (a normal
        // urgency bubble expires, and web-1's outage would vanish from the screen with it).
        QCOMPARE(calls.at(2).replacesId, id);
        QCOMPARE(calls.at(2).returnedId, id);
        QCOMPARE(calls.at(2).summary, QStringLiteral("%1 is offline").arg(web.name));
        QVERIFY2(calls.at(2).body.startsWith(db.name + QStringLiteral(": back online after ")),
                 qPrintable(calls.at(2).body));
        QCOMPARE(calls.at(2).urgency(), 2);
        QCOMPARE(calls.at(2).hints.value(QStringLiteral("category")).toString(), QStringLiteral("network.disconnected"));
        m_demo->fleet()->setServerOffline(web.id, false);
        QVERIFY(waitNotify(before + 4));
        const NotifyCall last = m_notifications.calls().last();
        QCOMPARE(last.replacesId, id);
        QVERIFY2(last.summary.startsWith(web.name + QStringLiteral(" is back online after ")), qPrintable(last.summary));
        QCOMPARE(last.urgency(), 1); // all well again: now it may expire
    }

    void closeHidesToTray()
    {
        QSignalSpy quitting(m_tray.get(), &TrayController::quitting);
        m_tray->showWindow();
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->close()); // closing only hides a top-level window...
        QVERIFY(!m_window->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed()); // ...and with a tray the app lives on
        QCoreApplication::processEvents();
        QCOMPARE(quitting.size(), 0);
        QVERIFY(m_tray->menu()->findChild<QAction *>(QStringLiteral("trayShowHide"))->text().contains(QStringLiteral("Show")));
        m_tray->toggleWindow(); // and comes back from the tray
        QVERIFY(m_window->isVisible());
        m_tray->toggleWindow();
        QVERIFY(!m_window->isVisible());
    }

    void cleanupTestCase()
    {
        m_tray.reset();
        if (m_service)
            m_service->stop();
        m_notifications.stop();
        m_watcher.stop();
    }
};

QTEST_MAIN(TestTrayNotifications)
#include "tst_tray_notifications.moc"
