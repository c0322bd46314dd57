#include "MainWindow.h"

#include "StandardShortcuts.h"
#include "WindowFit.h"

#include "DashboardInfo.h"
#include "FleetModel.h"
#include "detail/ServerDetailPanel.h"
#include "export/ExportMenu.h"
#include "fleet/FleetService.h"
#include "i18n/Translations.h"
#include "profiles/FirstRunPage.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"
#include "servers/ServerListPanel.h"
#include "settings/Settings.h"
#include "widgets/ConnectionStatusWidget.h"
#include "widgets/FleetEmptyState.h"

#include "admin/AdminPane.h"
#include "grafana/GrafanaConnection.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(const GuiServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    Q_INIT_RESOURCE(resources); // the icons live in the static farsight_ui library
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/farsight.svg")));
    buildUi();
    buildMenus();
    retranslateUi();
    restoreLayout();

    connect(m_services.fleet, &FleetService::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_services.model, &FleetModel::staleChanged, m_detail, &ServerDetailPanel::refresh);
    connect(m_services.profiles, &ProfileStore::activeProfileChanged, this, &MainWindow::onActiveProfileChanged);
    connect(m_services.profiles, &ProfileStore::secretsChanged, this, &MainWindow::onSecretsChanged);
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildProfileMenu);
    connect(&Translations::instance(), &Translations::languageChanged, m_services.model, &FleetModel::retranslate);
    rebuildProfileMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_list = new ServerListPanel(*m_services.settings, this);
    m_list->setModel(m_services.model);
    m_detail = new ServerDetailPanel(*m_services.settings, this);
    m_detail->setObjectName(QStringLiteral("serverDetail"));
    m_detail->setSources(m_services.model, m_services.history);
    if (m_services.dashboardHistory)
        m_detail->setDashboardHistory(m_services.dashboardHistory);
    if (m_services.localHistory) {
        m_detail->setLocalHistory(m_services.localHistory);
    }
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // Until a server was ever listed, the Servers tab shows why (connecting, the problem, no servers yet).
    m_status = new ConnectionStatusWidget(m_services.fleet, this);
    m_emptyState = new FleetEmptyState(m_services.fleet, m_services.model, m_status, this);
    m_fleetPage = new QStackedWidget(this);
    m_fleetPage->setObjectName(QStringLiteral("fleetPage"));
    m_fleetPage->addWidget(m_emptyState);
    m_fleetPage->addWidget(m_splitter);
    m_fleetPage->setCurrentWidget(m_emptyState->shouldShow() ? static_cast<QWidget *>(m_emptyState) : m_splitter);
    connect(m_emptyState, &FleetEmptyState::shouldShowChanged, this, [this](bool show) {
        m_fleetPage->setCurrentWidget(show ? static_cast<QWidget *>(m_emptyState) : m_splitter);
        updatePageActions();
    });
    connect(m_emptyState, &FleetEmptyState::retryRequested, this, &MainWindow::refreshNow);
    connect(m_emptyState, &FleetEmptyState::profilesRequested, this, &MainWindow::openProfiles);
    m_tabs->addTab(m_fleetPage, QString());
    m_admin = new AdminPane(m_services.grafana, this);
    m_admin->setObjectName(QStringLiteral("adminPane"));
    m_tabs->addTab(m_admin, QString());
    connect(m_admin, &AdminPane::setupRequested, this, [this] { showProfilesDialog(true); });

    m_firstRun = new FirstRunPage(this);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, [this] { emit demoRequested(2); }); // the newest Nezha
    connect(m_firstRun, &FirstRunPage::addDashboardRequested, this, &MainWindow::openProfiles);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    connect(m_status, &ConnectionStatusWidget::refreshRequested, this, &MainWindow::refreshNow);

    connect(m_list, &ServerListPanel::currentServerChanged, m_detail, &ServerDetailPanel::setServer);
    connect(m_list, &ServerListPanel::openDetailRequested, this, [this](quint64 id) {
        m_list->selectServer(id);
        m_detail->setFocus();
    });
    connect(m_list, &ServerListPanel::muteRequested, this, &MainWindow::muteServerRequested);
    resize(1200, 760);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_profilesAction = m_fileMenu->addAction(QString(), this, &MainWindow::openProfiles);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)); // no standard key for it
    m_profileMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addMenu(new ExportMenu(m_list->table(), m_detail, m_fileMenu)); // File → Export
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    StandardShortcuts::apply(m_quitAction, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refreshNow);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    StandardShortcuts::apply(m_refreshAction, QKeySequence::Refresh, QKeySequence(Qt::Key_F5));
    m_findAction = m_list->findAction();
    StandardShortcuts::apply(m_findAction, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    m_viewMenu->addAction(m_findAction);
    // Find searches the server list: only while that page shows (never into the hidden search box).
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePageActions);
    updatePageActions();
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_list->tableAction());
    m_viewMenu->addAction(m_list->cardsAction());
    m_viewMenu->addAction(m_list->groupAction());
    // The same actions on a toolbar: one click between table and cards (the group keeps them exclusive).
    m_viewToolBar = addToolBar(QString());
    m_viewToolBar->setObjectName(QStringLiteral("viewToolBar"));
    m_viewToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_viewToolBar->addAction(m_list->tableAction());
    m_viewToolBar->addAction(m_list->cardsAction());
    m_viewToolBar->addSeparator();
    m_viewToolBar->addAction(m_list->groupAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_demoMenu = m_helpMenu->addMenu(QString());
    m_demoMenu->setObjectName(QStringLiteral("demoMenu"));
    for (int generation = 0; generation <= 2; ++generation) {
        QAction *action = m_demoMenu->addAction(QString(), this, [this, generation] { emit demoRequested(generation); });
        action->setObjectName(QStringLiteral("demoV%1").arg(generation));
    }
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Farsight"),
                           tr("Farsight %1\nA desktop console for Nezha Monitoring fleets and Grafana server "
                              "administration.")
                               .arg(QStringLiteral(FARSIGHT_VERSION)));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_profilesAction->setText(tr("&Connection Profiles…"));
    m_profileMenu->setTitle(tr("&Switch Dashboard"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh Now"));
    //: title of the toolbar with the Table/Cards switch
    m_viewToolBar->setWindowTitle(tr("Server View"));
    m_helpMenu->setTitle(tr("&Help"));
    //: submenu: start the built-in demo dashboard playing Nezha v0, v1 or v2
    m_demoMenu->setTitle(tr("Try the &Demo Dashboard"));
    const QList<QAction *> demos = m_demoMenu->actions();
    for (int generation = 0; generation < demos.size(); ++generation) // "Nezha v0" / "哪吒 v0" ...
        demos.at(generation)->setText(DashboardInfo{NezhaGeneration(int(NezhaGeneration::V0) + generation), {}, false, {}}.describe());
    m_aboutAction->setText(tr("&About Farsight"));
    m_tabs->setTabText(0, tr("&Servers"));
    m_tabs->setTabText(1, tr("&Grafana Admin"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildProfileMenu();
    }
    if (event->type() == QEvent::WindowStateChange && !isMinimized()
        && static_cast<QWindowStateChangeEvent *>(event)->oldState().testFlag(Qt::WindowMinimized))
        m_services.fleet->retryNow(); // back from the task bar: no waiting out the backoff

    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_connectionLabel.isEmpty() ? tr("Farsight") : tr("%1 — Farsight").arg(m_connectionLabel));
}

void MainWindow::restoreLayout()
{
    Settings &s = *m_services.settings;
    if (!s.mainWindowGeometry().isEmpty())
        restoreGeometry(s.mainWindowGeometry());
    if (!s.mainWindowState().isEmpty())
        restoreState(s.mainWindowState());
    if (s.mainSplitterState().isEmpty() || !m_splitter->restoreState(s.mainSplitterState()))
        m_splitter->setSizes({720, 480});
    // 1200x760 at QT_SCALE_FACTOR=2, or a geometry saved on a larger monitor, must not open off-screen.
    if (!isMaximized() && !isFullScreen())
        WindowFit::fitToScreen(this);
}

void MainWindow::saveLayout()
{
    Settings &s = *m_services.settings;
    s.setMainWindowGeometry(saveGeometry());
    s.setMainWindowState(saveState());
    s.setMainSplitterState(m_splitter->saveState());
    m_list->saveState();
    s.sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_services.fleet->retryNow(); // does nothing unless the last poll failed
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    auto *group = new QActionGroup(m_profileMenu);
    for (const Profile &p : m_services.profiles->profiles()) {
        // Escape '&' so a profile name is never read as a mnemonic.
        QString label = p.displayName();
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_profileMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(!m_adHoc && p.id == m_services.profiles->activeId());
        group->addAction(action);
        const QString id = p.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_adHoc || id != m_services.profiles->activeId()) {
                m_adHoc = false;
                m_services.profiles->setActive(id);
                connectActiveProfile();
            }
        });
    }
    m_profileMenu->setEnabled(!m_profileMenu->isEmpty());
}

bool MainWindow::showingFirstRun() const
{
    return m_stack->currentWidget() == m_firstRun;
}

void MainWindow::setFirstRunMessage(const QString &message)
{
    m_firstRun->setMessage(message);
}

void MainWindow::showPage(bool firstRun)
{
    m_stack->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_firstRun) : static_cast<QWidget *>(m_tabs));
    updatePageActions();
}

void MainWindow::updatePageActions()
{
    if (!m_findAction) // the empty state may change while the window is still being built
        return;
    // Find acts on the search box, so only while the server list (not its empty state) is on screen.
    m_findAction->setEnabled(!showingFirstRun() && m_tabs->currentWidget() == m_fleetPage
                             && m_fleetPage->currentWidget() == m_splitter);
    // Table / Cards / Group by act on the server list: greyed out on the Grafana tab (kept in place, no jump).
    const bool servers = !showingFirstRun() && m_tabs->currentWidget() == m_fleetPage;
    for (QAction *action : {m_list->tableAction(), m_list->cardsAction(), m_list->groupAction()})
        action->setEnabled(servers);
}

void MainWindow::openAdHoc(const DashboardConnection &connection, const QString &label, const GrafanaConnection &grafana)
{
    m_admin->setConnection(grafana);
    m_adHoc = true;
    ++m_loadGeneration;
    m_connectionLabel = label;
    m_status->setNote({});
    m_status->setAdHoc(true);
    m_admin->setSetupAvailable(false); // no profile to add Grafana to
    m_emptyState->setAdHoc(true);
    m_status->setDashboardName(label);
    m_services.fleet->stop();
    m_services.model->clear();
    m_services.history->clear();
    m_services.fleet->setConnection(connection);
    m_services.fleet->start();
    showPage(false);
    rebuildProfileMenu();
    updateTitle();
}

void MainWindow::setAdHocLabel(const QString &label)
{
    if (!m_adHoc)
        return;
    m_connectionLabel = label;
    m_status->setDashboardName(label);
    updateTitle();
}

void MainWindow::connectActiveProfile()
{
    const Profile profile = m_services.profiles->active();
    m_adHoc = false;
    const quint64 generation = ++m_loadGeneration;
    m_status->setAdHoc(false);
    m_admin->setSetupAvailable(true);
    m_emptyState->setAdHoc(false);
    m_services.fleet->stop();
    m_services.model->clear();
    m_services.history->clear();
    if (profile.id.isEmpty()) {
        m_connectionLabel.clear();
        m_status->setDashboardName({});
        showPage(true);
        updateTitle();
        rebuildProfileMenu();
        return;
    }
    m_connectionLabel = profile.displayName();
    m_status->setDashboardName(m_connectionLabel);
    m_status->setNote(tr("Reading the credentials of %1…").arg(m_connectionLabel));
    showPage(false);
    updateTitle();
    rebuildProfileMenu();
    m_services.profiles->loadSecrets(profile.id, this, [this, profile, generation](const ProfileSecrets &secrets) {
        if (generation != m_loadGeneration)
            return; // the user switched again meanwhile
        if (!profile.hasNezhaCredentials(secrets)) {
            m_status->setNote(secrets.problem.isEmpty()
                                  ? tr("No API token or login is stored for %1. Add one in Connection Profiles.")
                                        .arg(m_connectionLabel)
                                  : secrets.problem);
            return;
        }
        m_status->setNote({});
        const DashboardConnection c = profile.connection(secrets);
        m_services.model->setOfflineThresholdSecs(profile.offlineThresholdSecs);
        m_services.fleet->setConnection(c);
        m_services.fleet->start();
        m_admin->setConnection(GrafanaConnection{profile.grafanaUrl, profile.grafanaUser, secrets.grafanaPassword});
    });
}

void MainWindow::onActiveProfileChanged(const QString &)
{
    if (!m_adHoc)
        connectActiveProfile();
}

void MainWindow::onSecretsChanged(const QString &id)
{
    // A changed token for the shown profile reconnects at once (this also ends an auth-rejected stop).
    if (!m_adHoc && id == m_services.profiles->activeId())
        connectActiveProfile();
}

void MainWindow::onSnapshotApplied(const FleetSnapshot &)
{
    if (m_detail->serverId() == 0 && m_list->currentServerId() == 0 && m_services.model->rowCount() > 0
        && m_list->table()->model()->rowCount() > 0) {
        // First data: select the top server (under the first group header when grouped) so the detail view is
        // never empty without reason.
        const QAbstractItemModel *rows = m_list->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (const quint64 id = rows->index(row, 0).data(FleetModel::ServerIdRole).toULongLong()) {
                m_list->selectServer(id);
                break;
            }
        }
    }
    m_detail->refresh();
}

void MainWindow::refreshNow()
{
    m_services.fleet->refreshNow();
}

void MainWindow::openProfiles()
{
    showProfilesDialog(false);
}

void MainWindow::showProfilesDialog(bool grafanaSection)
{
    auto *dialog = new ProfilesDialog(m_services.profiles, m_services.tester, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_services.profiles->isEmpty())
        dialog->startNewProfile();
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_adHoc && showingFirstRun() && !m_services.profiles->isEmpty())
            connectActiveProfile();
    });
    if (grafanaSection)
        dialog->focusGrafana();
    emit profilesDialogOpened(dialog);
    dialog->open();
}

void MainWindow::showServer(quint64 id)
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    m_tabs->setCurrentIndex(0);
    m_list->selectServer(id);
}
