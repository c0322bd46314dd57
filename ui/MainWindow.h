#pragma once

// Farsight's main window. It wires the panels together and owns no logic of its own: the server list
// (ServerListPanel) and the detail view (ServerDetailPanel) side by side in a splitter, the Grafana admin
// pane as a second tab, a toolbar and View menu entries switching the list between table and cards, the
// first-run page while no dashboard is configured, menus, and the status bar
// (ConnectionStatusWidget). It connects the active profile (or an ad-hoc --url/--demo connection) to
// FleetService and refreshes the detail once per applied poll. Geometry, splitter and column layout are
// kept in Settings. Created by runGui(); GUI thread. The tray hooks in through showServer() and
// muteServerRequested().

#include "GuiServices.h"
#include "fleet/DashboardConnection.h"
#include "grafana/GrafanaConnection.h"

#include <QDateTime>
#include <QMainWindow>

class AdminPane;
class ConnectionStatusWidget;
class FirstRunPage;
class FleetEmptyState;
class ProfilesDialog;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class ServerDetailPanel;
class ServerListPanel;
struct FleetSnapshot;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const GuiServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connect without saving a profile (--url/--token-file, --demo). `label` names it in the status bar.
    // Opens a dashboard without saving a profile (--url, --demo); `grafana` feeds the admin pane.
    void openAdHoc(const DashboardConnection &connection, const QString &label, const GrafanaConnection &grafana = {});
    // Renames the open ad-hoc connection (the demo's translated name after a language switch); no-op otherwise.
    void setAdHocLabel(const QString &label);
    // Connect to the active profile, or show the first-run page when there is none.
    void connectActiveProfile();

    ServerListPanel *serverList() const { return m_list; }
    ServerDetailPanel *serverDetail() const { return m_detail; }
    ConnectionStatusWidget *connectionStatus() const { return m_status; }
    FleetEmptyState *emptyState() const { return m_emptyState; }
    FirstRunPage *firstRunPage() const { return m_firstRun; }
    QTabWidget *tabs() const { return m_tabs; }
    QMenu *fileMenu() const { return m_fileMenu; } // the tray engineer adds Preferences here
    bool showingFirstRun() const;
    void setFirstRunMessage(const QString &message);

public slots:
    void showServer(quint64 id);   // raise the window and select the server
    void openProfiles();           // the Connection Profiles dialog
    void refreshNow();

signals:
    void muteServerRequested(quint64 id, const QDateTime &until);
    // "Try the demo dashboard" (first-run page: v2) or Help → Demo Dashboard (v0, v1, v2); runGui starts it.
    // generation is an int(DemoDashboard::Generation): 0 = v0, 1 = v1, 2 = v2.
    void demoRequested(int generation);
    void profilesDialogOpened(ProfilesDialog *dialog); // test seam

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override; // shown again (tray, un-minimized): retry a failed poll now

private:
    void buildUi();
    void buildMenus();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();
    void rebuildProfileMenu();
    void onSnapshotApplied(const FleetSnapshot &snapshot);
    void onActiveProfileChanged(const QString &id);
    void onSecretsChanged(const QString &id);
    void showPage(bool firstRun);
    void updatePageActions(); // actions of one page (Find) work only while it shows
    void showProfilesDialog(bool grafanaSection); // the Grafana section focused for "Set up Grafana…"
    void updateTitle();

    GuiServices m_services;
    QStackedWidget *m_stack = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_fleetPage = nullptr;     // the empty state or the splitter
    FleetEmptyState *m_emptyState = nullptr;
    ServerListPanel *m_list = nullptr;
    ServerDetailPanel *m_detail = nullptr;
    AdminPane *m_admin = nullptr;
    ConnectionStatusWidget *m_status = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_profileMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QToolBar *m_viewToolBar = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_connectionLabel; // the dashboard being shown (profile name or ad-hoc label)
    bool m_adHoc = false;
    quint64 m_loadGeneration = 0; // drops secret loads for a profile that is no longer active
};
