#pragma once

// The long-lived objects the main window works with, created by runGui() (or by a test) and outliving the
// window. Network objects (the manager, the Grafana client, the connection tester) are made here in the
// wiring, never by a widget. Plain aggregate of non-owning pointers; GUI thread.

class DashboardHistory;
class ConnectionTester;
class FleetModel;
class FleetService;
class GrafanaClient;
class HistoryStore;
class HistorySource;
class ProfileStore;
class QNetworkAccessManager;
class Settings;

struct GuiServices
{
    Settings *settings = nullptr;
    ProfileStore *profiles = nullptr;
    FleetModel *model = nullptr;
    HistoryStore *history = nullptr;
    FleetService *fleet = nullptr;
    QNetworkAccessManager *nam = nullptr;
    GrafanaClient *grafana = nullptr;     // the admin pane's client
    ConnectionTester *tester = nullptr;   // the profile dialog's "Test connection"
    DashboardHistory *dashboardHistory = nullptr; // optional: the v2 dashboard's own history
    HistorySource *localHistory = nullptr;         // optional: the local SQLite history (app/history/)
};
