// First run: with no profile the main window offers "Try the demo dashboard" and "Add dashboard"; the
// demo choice reaches runGui's handler, "Add dashboard" opens the profiles dialog on an empty form, and
// a saved profile replaces the first-run page with the live view.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "profiles/FirstRunPage.h"
#include "profiles/ProfilesDialog.h"

#include <QLineEdit>
#include <QAction>
#include <QPushButton>

class TestFirstRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersDemoAndAdd()
    {
        GuiTestStack stack;
        MainWindow window(stack.services());
        window.connectActiveProfile();
        window.show();
        QVERIFY(window.showingFirstRun());
        QSignalSpy demo(&window, &MainWindow::demoRequested);
        auto *tryDemo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(tryDemo && tryDemo->isVisible());
        tryDemo->click();
        QCOMPARE(demo.count(), 1);
        QCOMPARE(demo.at(0).at(0).toInt(), 2); // the first-run page offers the newest Nezha
        // Help → Try the Demo Dashboard offers each generation.
        auto *v1 = window.findChild<QAction *>(QStringLiteral("demoV1"));
        QVERIFY(v1);
        v1->trigger();
        QCOMPARE(demo.count(), 2);
        QCOMPARE(demo.at(1).at(0).toInt(), 1);
        // What runGui does with it: connect to the demo without saving a profile.
        QSignalSpy applied(&stack.fleet, &FleetService::snapshotApplied);
        window.openAdHoc(stack.demoConnection(), QStringLiteral("Demo dashboard"));
        QVERIFY(applied.wait(10000));
        QVERIFY(!window.showingFirstRun());
        QVERIFY(stack.profiles.isEmpty());
    }

    void addDashboardSavesAProfileAndConnects()
    {
        GuiTestStack stack;
        MainWindow window(stack.services());
        window.connectActiveProfile();
        window.show();
        QSignalSpy opened(&window, &MainWindow::profilesDialogOpened);
        window.findChild<QPushButton *>(QStringLiteral("addDashboardButton"))->click();
        QCOMPARE(opened.count(), 1);
        auto *dialog = window.findChild<ProfilesDialog *>(QStringLiteral("profilesDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isDirty());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("profileName")), QStringLiteral("Local"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dashboardUrl")), stack.demo.url().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiToken")), stack.demo.token());
        QSignalSpy applied(&stack.fleet, &FleetService::snapshotApplied);
        dialog->findChild<QPushButton *>(QStringLiteral("saveProfile"))->click();
        QCOMPARE(stack.profiles.profiles().size(), 1);
        dialog->close();
        QVERIFY(applied.wait(10000));
        QVERIFY(!window.showingFirstRun());
        QCOMPARE(stack.model.rowCount(), SimulatedFleet::DefaultCount);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
