// TrayController and TrayIconPainter offscreen, where no tray host exists: the window is never hidden beyond
// reach (closing is a real close, --minimized minimizes), the tooltip and the menu follow the fleet's health,
// and the painted icon carries the badge.

#include "alerts/AlertCenter.h"
#include "tray/TrayController.h"
#include "tray/TrayIconPainter.h"

#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

class TestTrayController : public QObject
{
    Q_OBJECT

    static ServerSnapshot server(quint64 id, const QString &name, qint64 lastActive)
    {
        ServerSnapshot s;
        s.id = id;
        s.name = name;
        s.lastActive = lastActive;
        return s;
    }
    qint64 m_nowMs = 1'700'000'000'000;
    void poll(AlertCenter &alerts, qint64 agoA, qint64 agoB)
    {
        m_nowMs += 10'000;
        FleetSnapshot snapshot;
        snapshot.dashboardTimeMs = m_nowMs;
        snapshot.servers = {server(1, QStringLiteral("web-1"), m_nowMs / 1000 - agoA),
                            server(2, QStringLiteral("db-1"), m_nowMs / 1000 - agoB)};
        alerts.onSnapshot(snapshot);
    }

private slots:
    void noTrayKeepsWindowReachable()
    {
        AlertCenter alerts;
        QWidget window;
        TrayController tray(&window, alerts);
        QVERIFY(!tray.isTrayAvailable()); // offscreen has no tray host
        QVERIFY(QApplication::quitOnLastWindowClosed());
        tray.showInitialWindow(true);
        QVERIFY(window.isVisible()); // minimized, but on the taskbar: never hidden
        tray.toggleWindow();         // without a tray, "hide" would lose the window: it shows instead
        QVERIFY(window.isVisible());
        QVERIFY(window.close());     // a real close
        QVERIFY(!window.isVisible());
    }

    void healthDrivesTooltipAndMenu()
    {
        AlertCenter alerts(nullptr, [this] { return m_nowMs; }, [this] { return QDateTime::fromMSecsSinceEpoch(m_nowMs); });
        QWidget window;
        TrayController tray(&window, alerts);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Waiting for the dashboard")));
        poll(alerts, 0, 0);
        QCOMPARE(tray.menu()->findChild<QAction *>(QStringLiteral("trayStatus"))->text(),
                 QStringLiteral("All servers online"));
        poll(alerts, 40, 0);
        poll(alerts, 50, 0);
        QCOMPARE(alerts.health().state, FleetHealth::State::SomeOffline);
        QVERIFY(tray.toolTip().contains(QStringLiteral("\nOffline: web-1")));
        QVERIFY(tray.trayIcon()->toolTip().contains(QStringLiteral("Offline: web-1")));
        QVERIFY(!tray.toolTip().contains(QLatin1Char('<'))); // plain text

        // A per-server mute takes it out of the worst state; Unmute brings it back.
        alerts.mutes().muteServer(1, QDateTime::fromMSecsSinceEpoch(m_nowMs).addSecs(3600));
        QCOMPARE(alerts.health().state, FleetHealth::State::AllOnline);
        QVERIFY(!tray.toolTip().contains(QStringLiteral("Offline: web-1")));
        QAction *unmute = tray.menu()->findChild<QAction *>(QStringLiteral("trayUnmute"));
        QVERIFY(unmute->isEnabled());
        unmute->trigger();
        QCOMPARE(alerts.health().state, FleetHealth::State::SomeOffline);
        QVERIFY(!unmute->isEnabled());

        tray.menu()->findChild<QAction *>(QStringLiteral("trayMuteTomorrow"))->trigger();
        QCOMPARE(alerts.mutes().globalMuteUntil().time(), QTime(8, 0));
        QVERIFY(tray.toolTip().contains(QStringLiteral("Notifications muted until")));

        QSignalSpy refresh(&tray, &TrayController::refreshRequested);
        tray.menu()->findChild<QAction *>(QStringLiteral("trayRefresh"))->trigger();
        QCOMPARE(refresh.size(), 1);
    }

    void badgeIsPainted()
    {
        QCOMPARE(TrayIconPainter::badgeText(FleetHealth::State::SomeOffline, 3), QStringLiteral("3"));
        QCOMPARE(TrayIconPainter::badgeText(FleetHealth::State::SomeOffline, 120), QStringLiteral("99+"));
        QCOMPARE(TrayIconPainter::badgeText(FleetHealth::State::AllOnline, 0), QString());
        const QImage ok = TrayIconPainter::pixmap(FleetHealth::State::AllOnline, 0, 32).toImage();
        const QImage bad = TrayIconPainter::pixmap(FleetHealth::State::SomeOffline, 3, 32).toImage();
        QVERIFY(!ok.isNull());
        QVERIFY(ok != bad);
        // The app icon is there (blue body) and the badge corner is red.
        QCOMPARE(ok.pixelColor(16, 4).blue() > 200, true);
        const QColor corner = bad.pixelColor(27, 22);
        QVERIFY2(corner.red() > 180 && corner.green() < 80, qPrintable(corner.name()));
        const QImage grey = TrayIconPainter::pixmap(FleetHealth::State::DashboardUnreachable, 0, 32).toImage();
        QVERIFY2(grey.pixelColor(3, 16).saturation() < ok.pixelColor(3, 16).saturation(),
                 qPrintable(grey.pixelColor(3, 16).name(QColor::HexArgb) + QLatin1Char(' ') + ok.pixelColor(3, 16).name(QColor::HexArgb)));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_tray_controller.moc"
