// The fallback when no notification server answers: DesktopNotifier reports the missing service and the tray
// shows the same text as its own balloon. Runs under run-desktop-test.sh with an XEmbed tray (trayer) and no
// StatusNotifierWatcher, so Qt draws the balloon itself and the test can read it. The notifier is pointed at a
// name nobody owns, because the session bus may D-Bus-activate a real server (dunst) for the standard name.

#include "alerts/AlertCenter.h"
#include "i18n/Translations.h"
#include "notify/DesktopNotifier.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTrayFallback : public QObject
{
    Q_OBJECT
    QProcess m_trayer;

    static QWidget *balloon()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QBalloonTip") && w->isVisible())
                return w;
        }
        return nullptr;
    }
    static QStringList labels(QWidget *w)
    {
        QStringList texts;
        for (const QLabel *label : w->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    }

private slots:
    void initTestCase()
    {
        Translations::instance().setLanguage(QStringLiteral("en")); // as the app does: English plurals
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        QVERIFY2(!trayer.isEmpty(), "trayer (an XEmbed system tray) is needed: scripts/install-deps.sh installs it");
        m_trayer.start(trayer, {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--widthtype"),
                                QStringLiteral("pixel"), QStringLiteral("--width"), QStringLiteral("200")});
        QVERIFY(m_trayer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    }

    void missingServiceFallsBackToBalloon()
    {
        AlertCenter alerts;
        QWidget window;
        TrayController tray(&window, alerts);
        QVERIFY(tray.isTrayAvailable());
        DesktopNotifier notifier(QDBusConnection::sessionBus(), QStringLiteral("org.farsight.test.NoNotifications"));
        QVERIFY(!notifier.isServiceRegistered());
        tray.setNotifier(&notifier);
        QSignalSpy unavailable(&notifier, &DesktopNotifier::serviceUnavailable);
        QSignalSpy showServer(&tray, &TrayController::showServerRequested);

        AlertEvent event;
        event.kind = AlertEvent::Kind::ServerOffline;
        event.serverId = 9;
        event.serverName = QStringLiteral("web-1");
        event.durationSecs = 42;
        notifier.show(NotificationContent::compose({event}));
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(notifier.currentId(), 0u);

        QTRY_VERIFY_WITH_TIMEOUT(balloon() != nullptr, 10000);
        const QStringList texts = labels(balloon());
        QVERIFY2(texts.contains(QStringLiteral("web-1 is offline")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("web-1: no report for 42 s")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!window.isVisible()); // the balloon does not raise anything

        QTest::mouseClick(balloon(), Qt::LeftButton, {}, QPoint(10, 10));
        QTRY_COMPARE(showServer.size(), 1);
        QCOMPARE(showServer.first().first().toULongLong(), 9u);
        QVERIFY(window.isVisible()); // clicked: now the user asked for it
    }

    // The tray menu opens at the embedded icon and the history dialog shows, in a real XEmbed tray; the grabs
    // land in FARSIGHT_SCREENSHOT_DIR when it is set (resources/screenshots/tray-*.png come from here).
    void screenshots()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR", scratch.path());
        qint64 nowMs = QDateTime::currentMSecsSinceEpoch() - 600'000;
        AlertCenter alerts(nullptr, [&nowMs] { return nowMs; }, [&nowMs] { return QDateTime::fromMSecsSinceEpoch(nowMs); });
        QWidget window;
        TrayController tray(&window, alerts);
        const QStringList names{QStringLiteral("hk-web-01"), QStringLiteral("fra-db-01"), QStringLiteral("sin-edge-01"),
                                QStringLiteral("nyc-cache-02"), QStringLiteral("tyo-api-01")};
        auto poll = [&](qint64 stepSecs, const QList<qint64> &ago) {
            nowMs += stepSecs * 1000;
            FleetSnapshot snapshot;
            snapshot.dashboardTimeMs = nowMs;
            for (int i = 0; i < names.size(); ++i) {
                ServerSnapshot server;
                server.id = quint64(i + 1);
                server.name = names.at(i);
                server.lastActive = nowMs / 1000 - ago.value(i);
                snapshot.servers.append(server);
            }
            alerts.onSnapshot(snapshot);
        };
        poll(0, {0, 0, 0, 0, 0});
        poll(10, {40, 0, 0, 0, 0});
        poll(10, {50, 0, 0, 0, 0});
        poll(252, {0, 0, 0, 0, 0});
        poll(60, {0, 40, 40, 0, 0});
        poll(10, {0, 50, 50, 0, 0});
        poll(10, {0, 60, 60, 0, 0});
        QCOMPARE(alerts.health().offline, 2);

        QTRY_VERIFY_WITH_TIMEOUT(tray.trayIcon()->geometry().isValid(), 10000);
        QTest::qWait(500); // let the tray host draw the embedded icon
        const QRect icon = tray.trayIcon()->geometry();
        tray.menu()->popup(icon.bottomLeft() + QPoint(0, 4));
        QTRY_VERIFY(tray.menu()->isVisible());
        QTest::qWait(300);
        QScreen *screen = QGuiApplication::primaryScreen();
        const QRect menu = tray.menu()->geometry();
        const QRect area = menu.united(icon).adjusted(-40, -8, 260, 40).intersected(screen->geometry());
        QVERIFY(screen->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                    .save(dir + QStringLiteral("/tray-menu.png")));
        tray.menu()->hide();

        tray.showHistory();
        QTRY_VERIFY(tray.historyDialog()->isVisible());
        tray.historyDialog()->move(40, 60);
        QTest::qWait(300);
        QVERIFY(tray.historyDialog()->grab().save(dir + QStringLiteral("/tray-history.png")));
    }

    void cleanupTestCase()
    {
        if (m_trayer.state() != QProcess::NotRunning) {
            m_trayer.terminate();
            m_trayer.waitForFinished(5000);
        }
    }
};

QTEST_MAIN(TestTrayFallback)
#include "tst_tray_fallback.moc"
