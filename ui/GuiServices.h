#pragma once

// The long-lived objects the main window works with, created by runGui() (or by a test) and outliving the
// window. Plain aggregate of non-owning pointers; GUI thread.

class DashboardHistory;
class FleetModel;
class FleetService;
class HistoryStore;
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
    DashboardHistory *dashboardHistory = nullptr; // optional: the v2 dashboard's own history
};
