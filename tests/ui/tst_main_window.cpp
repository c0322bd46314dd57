// MainWindow with the real demo dashboard: the table shows the fleet, selecting a server fills the detail,
// the status bar reports connected / token rejected / unreachable (data stale, servers not offline),
// showServer() selects, the mute request travels out, the layout is remembered.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "detail/ServerDetailPanel.h"
#include "preferences/PreferencesAction.h"
#include "servers/ServerListPanel.h"
#include "widgets/ConnectionStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<MainWindow> m_window;

    QString statusText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("connectionState"))->text();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_window = std::make_unique<MainWindow>(m_stack->services());
        m_window->show();
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(applied.wait(10000));
    }

    void cleanup()
    {
        m_window.reset();
        m_stack.reset();
    }

    void showsFleetAndSelectsFirstServer()
    {
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("serverTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), SimulatedFleet::DefaultCount);
        QVERIFY(!m_window->showingFirstRun());
        QTRY_VERIFY(m_window->serverDetail()->serverId() != 0);
        QVERIFY(statusText().contains(QStringLiteral("Connected")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    }

    void selectingAServerFillsTheDetail()
    {
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("serverTable"));
        table->setFocus();
        table->selectRow(3);
        const quint64 id = table->model()->index(3, 0).data(FleetModel::ServerIdRole).toULongLong();
        QCOMPARE(m_window->serverDetail()->serverId(), id);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("detailName"))->text(),
                 m_stack->model.serverById(id)->name);
        // Keyboard navigation moves the selection and the detail follows.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(m_window->serverDetail()->serverId(),
                 table->model()->index(4, 0).data(FleetModel::ServerIdRole).toULongLong());
    }

    void rejectedTokenShowsInStatusBarAndStopsPolling()
    {
        m_stack->demo.setFault(DemoDashboard::Fault::RejectToken);
        QSignalSpy state(&m_stack->fleet, &FleetService::stateChanged);
        m_window->refreshNow();
        QTRY_COMPARE(m_stack->fleet.state(), FleetService::ConnectionState::AuthRejected);
        QTRY_VERIFY2(statusText().contains(QStringLiteral("Token rejected")), qPrintable(statusText()));
        const int requests = m_stack->demo.requestCount();
        m_window->refreshNow(); // ignored until the token changes
        QTest::qWait(50);
        QCOMPARE(m_stack->demo.requestCount(), requests);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("refreshButton"))->isEnabled());
    }

    void unreachableMeansStaleNotOffline()
    {
        m_stack->demo.setFault(DemoDashboard::Fault::DropConnection);
        m_window->refreshNow();
        QTRY_COMPARE(m_stack->fleet.state(), FleetService::ConnectionState::Stale);
        QVERIFY(m_stack->model.isStale());
        QCOMPARE(m_stack->model.counts().offline, 0);
        QTRY_VERIFY2(statusText().contains(QStringLiteral("Unreachable")), qPrintable(statusText()));
    }

    void htmlReplyIsAParseErrorThatSaysWhatWasExpected()
    {
        m_stack->demo.setFault(DemoDashboard::Fault::HtmlNotFound);
        m_window->refreshNow();
        QTRY_COMPARE(m_stack->fleet.state(), FleetService::ConnectionState::Stale);
        QTRY_VERIFY(statusText().contains(QStringLiteral("Stale data")));
        QVERIFY2(!m_stack->fleet.lastError().text().isEmpty(), qPrintable(statusText()));
    }

    void showServerSelectsIt()
    {
        const quint64 id = m_stack->demo.fleet()->servers().last().id;
        m_window->showServer(id);
        QCOMPARE(m_window->serverList()->currentServerId(), id);
        QCOMPARE(m_window->serverDetail()->serverId(), id);
    }

    void muteRequestTravelsOut()
    {
        QSignalSpy mute(m_window.get(), &MainWindow::muteServerRequested);
        const QDateTime until = QDateTime::currentDateTime().addSecs(3600);
        emit m_window->serverList()->muteRequested(7, until);
        QCOMPARE(mute.count(), 1);
        QCOMPARE(mute.first().at(0).toULongLong(), quint64(7));
        QCOMPARE(mute.first().at(1).toDateTime(), until);
    }

    void refreshHasF5()
    {
        auto *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_stack->clockMs += 3000;
        refresh->trigger();
        QVERIFY(applied.wait(10000));
    }

    void ctrlFFocusesTheSearch()
    {
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->findChild<QTableView *>(QStringLiteral("serverTable"))->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"))->hasFocus());
    }

    void ctrlFOnGrafanaTabLeavesTheSearchAlone()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        m_window->tabs()->setCurrentIndex(1);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), QStringLiteral("zz"));
        QVERIFY(!search->hasFocus());
        QVERIFY(search->text().isEmpty());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("cardViewAction"))->isEnabled()); // list-only
        m_window->tabs()->setCurrentIndex(0); // back on the servers page Find works again
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("cardViewAction"))->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void standardShortcutsHaveKeys_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("expected");
        QTest::newRow("quit") << QStringLiteral("quitAction") << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("refresh") << QStringLiteral("refreshAction") << QKeySequence(Qt::Key_F5);
        QTest::newRow("find") << QStringLiteral("findAction") << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("preferences") << QStringLiteral("preferencesAction") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    }

    void standardShortcutsHaveKeys()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, expected);
        PreferencesAction preferences(m_stack->settings, m_window.get(), m_window.get()); // as GuiMain adds it
        auto *a = m_window->findChild<QAction *>(action);
        QVERIFY2(a, qPrintable(action));
        QVERIFY2(a->shortcuts().contains(expected), qPrintable(QKeySequence::listToString(a->shortcuts())));
    }

    void detailPaneScrollsWithKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("page down") << int(Qt::Key_PageDown);
        QTest::newRow("down") << int(Qt::Key_Down);
    }

    void detailPaneScrollsWithKeys()
    {
        QFETCH(int, key);
        m_window->resize(1024, 640);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->serverDetail()->serverId() != 0);
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("detailScroll"));
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        emit m_window->serverList()->openDetailRequested(m_window->serverDetail()->serverId()); // Enter on a row
        QVERIFY(scroll->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
    }

    void shownAgainRetriesAtOnce()
    {
        m_stack->demo.setFault(DemoDashboard::Fault::DropConnection);
        m_window->refreshNow();
        QTRY_COMPARE(m_stack->fleet.state(), FleetService::ConnectionState::Stale);
        m_stack->demo.setFault(DemoDashboard::Fault::None);
        m_window->hide(); // to the tray
        m_stack->clockMs += 3000;
        m_window->show(); // the hour-long poll interval would otherwise keep it stale
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Connected, 10000);
    }

    void layoutIsRemembered()
    {
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({500, 300});
        m_window->close();
        QVERIFY(!m_stack->settings.mainWindowGeometry().isEmpty());
        QVERIFY(!m_stack->settings.mainSplitterState().isEmpty());
        QVERIFY(!m_stack->settings.serverHeaderState().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
