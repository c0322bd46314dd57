// Empty states (issue 11, Messages): before any server was ever listed the Servers tab shows why — connecting
// (with the URL), the problem with Retry (and Connection Profiles… only where there is a profile), or "No
// servers yet" — never an empty list beside "data is stale" or "Select a server…"; the first data swaps in
// the list and the detail. The Grafana tab without a Grafana shows one set-up page whose button opens the
// profile dialog at the Grafana URL (none for a --url session); the Sessions page's empty picker says where
// users come from and loads them.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "admin/AdminBanner.h"
#include "admin/AdminPane.h"
#include "profiles/ProfilesDialog.h"
#include "widgets/ConnectionStatusWidget.h"
#include "widgets/FleetEmptyState.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTcpServer>

class TestEmptyStates : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<MainWindow> m_window;

    void make(int servers = SimulatedFleet::DefaultCount)
    {
        m_stack = std::make_unique<GuiTestStack>(servers);
        m_window = std::make_unique<MainWindow>(m_stack->services());
        m_window->resize(1024, 640);
        m_window->show();
    }
    QWidget *fleetPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("fleetPage"))->currentWidget();
    }
    QString title() const { return m_window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(); }
    QString body() const { return m_window->findChild<QLabel *>(QStringLiteral("emptyStateBody"))->text(); }
    bool buttonShown(const char *name) const
    {
        return m_window->findChild<QPushButton *>(QLatin1String(name))->isVisibleTo(m_window.get());
    }
    // Nothing on the visible Servers page may read "stale" or "Select a server".
    bool saysStaleOrSelect() const
    {
        for (const QLabel *label : fleetPage()->findChildren<QLabel *>())
            if (label->isVisibleTo(m_window.get())
                && (label->text().contains(QStringLiteral("stale"), Qt::CaseInsensitive) || label->text().contains(QStringLiteral("Select a server"))))
                return true;
        return false;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_window.reset();
        m_stack.reset();
    }

    void connectingThenTheList()
    {
        make();
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QCOMPARE(fleetPage(), static_cast<QWidget *>(m_window->emptyState()));
        QCOMPARE(title(), QStringLiteral("Connecting…"));
        QVERIFY2(body().contains(m_stack->demo.url().authority()), qPrintable(body()));
        QVERIFY(!saysStaleOrSelect());
        QVERIFY(QSignalSpy(&m_stack->fleet, &FleetService::snapshotApplied).wait(10000));
        QTRY_COMPARE(fleetPage(), m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")));
    }

    void refusedBeforeAnyData_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::newRow("--url session: Retry only") << true;
        QTest::newRow("profile session: Retry and Connection Profiles") << false;
    }

    void refusedBeforeAnyData()
    {
        QFETCH(bool, adHoc);
        make();
        int port = 0;
        {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost, 0);
            port = server.serverPort();
        }
        DashboardConnection c = m_stack->demoConnection();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_window->openAdHoc(c, c.url.authority());
        if (!adHoc)
            m_window->emptyState()->setAdHoc(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        QTRY_COMPARE(title(), QStringLiteral("The servers could not be loaded"));
        QVERIFY2(body().contains(c.url.toString()), qPrintable(body()));
        QVERIFY(buttonShown("emptyStateRetry"));
        QCOMPARE(buttonShown("emptyStateProfiles"), !adHoc);
        QVERIFY(!saysStaleOrSelect());
        QSignalSpy polled(&m_stack->fleet, &FleetService::pollFailed);
        m_window->findChild<QPushButton *>(QStringLiteral("emptyStateRetry"))->click();
        QVERIFY(polled.wait(10000));
    }

    void notADashboardBeforeAnyData()
    {
        make();
        m_stack->demo.setFault(DemoDashboard::Fault::HtmlNotFound);
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        QTRY_COMPARE(title(), QStringLiteral("The servers could not be loaded"));
        QVERIFY2(body().contains(QStringLiteral("HTML")), qPrintable(body()));
        QVERIFY(!saysStaleOrSelect());
        QVERIFY2(!m_window->connectionStatus()->stateText().contains(QStringLiteral("Stale")),
                 qPrintable(m_window->connectionStatus()->stateText()));
    }

    void dashboardWithoutServers()
    {
        make(0);
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Connected, 10000);
        QCOMPARE(fleetPage(), static_cast<QWidget *>(m_window->emptyState()));
        QTRY_COMPARE(title(), QStringLiteral("No servers yet"));
        QVERIFY2(body().contains(m_stack->demo.url().authority()), qPrintable(body()));
        QVERIFY(!saysStaleOrSelect());
    }

    void grafanaNotSetUp_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::newRow("profile session: Set up Grafana… opens the Grafana section") << false;
        QTest::newRow("--url session: no profile, no button") << true;
    }

    void grafanaNotSetUp()
    {
        QFETCH(bool, adHoc);
        make();
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo")); // no Grafana given
        auto *pane = m_window->findChild<AdminPane *>(QStringLiteral("adminPane"));
        if (!adHoc)
            pane->setSetupAvailable(true); // what connectActiveProfile() does: there is a profile to edit
        m_window->tabs()->setCurrentWidget(pane);
        QVERIFY(pane->showsSetup());
        QVERIFY(!pane->banner()->isVisibleTo(m_window.get())); // no "Unreachable: enter the server URL" twice
        auto *button = pane->findChild<QPushButton *>(QStringLiteral("grafanaSetupButton"));
        QCOMPARE(button->isVisibleTo(m_window.get()), !adHoc);
        if (adHoc)
            return;
        QPointer<ProfilesDialog> opened;
        connect(m_window.get(), &MainWindow::profilesDialogOpened, this, [&](ProfilesDialog *d) { opened = d; });
        button->click();
        QVERIFY(opened);
        QTRY_COMPARE(opened->focusWidget(), opened->findChild<QLineEdit *>(QStringLiteral("grafanaUrl")));
        delete opened.data(); // close() would ask about the unsaved new profile
    }

    void sessionsPickerSaysHowToFillIt()
    {
        make();
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        auto *pane = m_window->findChild<AdminPane *>(QStringLiteral("adminPane"));
        auto *picker = pane->findChild<QComboBox *>(QStringLiteral("sessionsUser"));
        auto *load = pane->findChild<QPushButton *>(QStringLiteral("sessionsLoadUsers"));
        auto *hint = pane->findChild<QLabel *>(QStringLiteral("sessionsEmpty"));
        QVERIFY(!picker->isEnabled());
        QVERIFY(!load->isHidden());
        QVERIFY2(!hint->isHidden() && hint->text().contains(QStringLiteral("Load users")), qPrintable(hint->text()));
        pane->setConnection(GrafanaConnection{m_stack->demo.url(), DemoDashboard::grafanaUser(),
                                              DemoDashboard::grafanaPassword()});
        load->click();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled() && picker->count() > 0, 10000);
        QVERIFY(load->isHidden());
    }
};

QTEST_MAIN(TestEmptyStates)
#include "tst_empty_states.moc"
