// The fallback when no notification server answers: DesktopNotifier reports the missing service and the tray
// shows the same text as its own balloon. Runs under run-desktop-test.sh with an XEmbed tray (trayer) and no
// StatusNotifierWatcher, so Qt draws the balloon itself and the test can read it. The notifier is pointed at a
// name nobody owns, because the session bus may D-Bus-activate a real server (dunst) for the standard name.

#include "alerts/AlertCenter.h"
#include "notify/DesktopNotifier.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
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
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        if (trayer.isEmpty())
            QSKIP("trayer (an XEmbed system tray) is not installed");
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
