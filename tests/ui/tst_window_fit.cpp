// Windows fit the screen: on a 1600x1000 screen at QT_SCALE_FACTOR=2 (800x500 logical) the main window, a
// geometry restored from a larger monitor and the Connection Profiles dialog (Save and Close included) stay
// inside QScreen::availableGeometry(). The offscreen platform gets that screen from a config file written
// before QApplication starts; the clamp itself is checked as pure rectangle maths.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "WindowFit.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/ProfilesDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QScreen>

class TestWindowFit : public QObject
{
    Q_OBJECT
private:
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }
    static bool onScreen(QWidget *w)
    {
        return available().contains(QRect(w->mapToGlobal(QPoint(0, 0)), w->size()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(available().size(), QSize(800, 500)); // the screen from main(): 1600x1000 at scale 2
    }

    void fitted_data()
    {
        QTest::addColumn<QRect>("wanted");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect screen(0, 0, 800, 500);
        QTest::newRow("fits already") << QRect(10, 10, 300, 200) << screen << QRect(10, 10, 300, 200);
        QTest::newRow("too big") << QRect(0, 0, 1200, 760) << screen << QRect(0, 0, 800, 500);
        QTest::newRow("hangs off the right") << QRect(700, 0, 300, 200) << screen << QRect(500, 0, 300, 200);
        QTest::newRow("above the top") << QRect(10, -50, 300, 200) << screen << QRect(10, 0, 300, 200);
        QTest::newRow("second monitor") << QRect(1500, 900, 400, 300) << QRect(1600, 0, 1024, 640)
                                        << QRect(1600, 340, 400, 300);
        QTest::newRow("no screen known") << QRect(0, 0, 100, 100) << QRect() << QRect(0, 0, 100, 100);
    }

    void fitted()
    {
        QFETCH(QRect, wanted);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        QCOMPARE(WindowFit::fitted(wanted, available), expected);
    }

    void mainWindowFits()
    {
        GuiTestStack stack;
        MainWindow window(stack.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available().contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    }

    void restoredGeometryIsClamped()
    {
        GuiTestStack stack;
        {
            QWidget big; // a layout saved on a 2560x1600 monitor
            big.setGeometry(100, 100, 2400, 1520);
            stack.settings.setMainWindowGeometry(big.saveGeometry());
        }
        MainWindow window(stack.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(available().contains(window.frameGeometry()));
    }

    void profilesDialogButtonsOnScreen()
    {
        GuiTestStack stack;
        MainWindow window(stack.services());
        window.show();
        ProfilesDialog dialog(&stack.profiles, &stack.tester, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(available().contains(dialog.frameGeometry()));
        QVERIFY(onScreen(dialog.findChild<QPushButton *>(QStringLiteral("saveProfile"))));
        if (!qEnvironmentVariableIsEmpty("FARSIGHT_SCREENSHOT_DIR")) // for looking at, not checked
            dialog.grab().save(qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR") + QStringLiteral("/scale2-profiles.png"));
        QVERIFY(onScreen(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)));
    }

    void preferencesDialogFits()
    {
        GuiTestStack stack;
        PreferencesDialog dialog(stack.settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(onScreen(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)));
    }
};

int main(int argc, char **argv)
{
    // One 1600x1000 screen, scaled by 2: what the issue saw. Written before QApplication reads the platform.
    const QString config = QDir::temp().filePath(QStringLiteral("farsight-window-fit-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1600, "height": 1000,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "2");
    int result = 0;
    {
        QApplication app(argc, argv);
        TestWindowFit test;
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}

#include "tst_window_fit.moc"
