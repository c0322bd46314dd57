// The message screens of issue 11 in both languages at 1024x640 and 1920x1080: connecting, a refused port,
// the HTML 404 page, a wrong token (all before any data: the Servers tab's empty state, and the status bar),
// the HTML 404 after data (list, detail and status bar), and the Grafana tab without a Grafana. Each scene
// checks that the window keeps its size (nothing widens it); with FARSIGHT_SCREENSHOT_DIR set it also saves
// msg-<scene>-<lang>-<w>x<h>.png there for a person to look at.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "admin/AdminPane.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QTabWidget>
#include <QTcpServer>

class TestMessageShots : public QObject
{
    Q_OBJECT
private:
    static void switchTo(const QString &code)
    {
        QVERIFY(Translations::instance().setLanguage(code));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    static void save(QWidget *window, const QString &scene, const QString &lang)
    {
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString file = QStringLiteral("%1/msg-%2-%3-%4x%5.png")
                                 .arg(dir, scene, lang, QString::number(window->width()), QString::number(window->height()));
        QVERIFY(window->grab().save(file));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Translations::instance().setLanguage(QStringLiteral("en")); }

    void scenes_data()
    {
        QTest::addColumn<QString>("scene");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const QString &scene : {QStringLiteral("connecting"), QStringLiteral("refused"), QStringLiteral("html404"),
                                     QStringLiteral("html404-after-data"), QStringLiteral("wrong-token"),
                                     QStringLiteral("grafana-setup")})
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                for (const QSize &size : {QSize(1024, 640), QSize(1920, 1080)})
                    QTest::addRow("%s %s %dx%d", qPrintable(scene), qPrintable(lang), size.width(), size.height())
                        << scene << lang << size;
    }

    void scenes()
    {
        QFETCH(QString, scene);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        switchTo(lang);
        GuiTestStack stack;
        MainWindow window(stack.services());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardConnection c = stack.demoConnection();
        if (scene == QLatin1String("connecting")) {
            stack.demo.setFault(DemoDashboard::Fault::Slow);
        } else if (scene == QLatin1String("refused")) {
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost, 0);
            c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        } else if (scene == QLatin1String("html404")) {
            stack.demo.setFault(DemoDashboard::Fault::HtmlNotFound);
        } else if (scene == QLatin1String("wrong-token")) {
            stack.demo.setFault(DemoDashboard::Fault::RejectToken);
        }
        window.openAdHoc(c, c.url.authority());
        if (scene == QLatin1String("connecting")) {
            QCOMPARE(stack.fleet.state(), FleetService::ConnectionState::Connecting);
        } else if (scene == QLatin1String("html404-after-data") || scene == QLatin1String("grafana-setup")) {
            QTRY_COMPARE_WITH_TIMEOUT(stack.fleet.state(), FleetService::ConnectionState::Connected, 10000);
            if (scene == QLatin1String("grafana-setup")) {
                window.findChild<AdminPane *>(QStringLiteral("adminPane"))->setSetupAvailable(true); // as for a profile
                window.tabs()->setCurrentIndex(1);
            } else {
                stack.demo.setFault(DemoDashboard::Fault::HtmlNotFound);
                stack.fleet.refreshNow();
                QTRY_COMPARE_WITH_TIMEOUT(stack.fleet.state(), FleetService::ConnectionState::Stale, 10000);
            }
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(stack.fleet.state() == FleetService::ConnectionState::Stale
                                         || stack.fleet.state() == FleetService::ConnectionState::AuthRejected,
                                     10000);
        }
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), size); // no message widened the window
        save(&window, scene, lang == QLatin1String("en") ? lang : QStringLiteral("zh"));
    }
};

QTEST_MAIN(TestMessageShots)
#include "tst_message_shots.moc"
