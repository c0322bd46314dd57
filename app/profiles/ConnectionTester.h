#pragma once

// Runs the profile dialog's "Test connection" checks: one /api/v1/server/list request through a
// NezhaAutoDriver for the dashboard (v0, v1 or v2), and GrafanaClient::testConnection() for the Grafana server. Reports one
// translated sentence that names the exact problem (unreachable, TLS, not a Nezha dashboard, token rejected).
// Created by the application wiring (ui/GuiMain.cpp, tests) with an injected QNetworkAccessManager and handed
// to ProfilesDialog, which only calls it; it builds its own NezhaAutoDriver/GrafanaClient on that manager (a
// separate client, so a test never touches the admin pane's remembered 401). Main thread.

#include "ApiError.h"
#include "fleet/DashboardConnection.h"
#include "grafana/GrafanaConnection.h"

#include <QObject>
#include <QPointer>

class GrafanaClient;
class DashboardDriver;
class QNetworkAccessManager;

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void testDashboard(const DashboardConnection &connection);
    void testGrafana(const GrafanaConnection &connection);
    void cancel(); // drops tests in flight without an answer (a new dialog must not get an old dialog's result)
    bool dashboardBusy() const { return m_dashboardBusy; }
    bool grafanaBusy() const { return m_grafanaBusy; }

    // "Token rejected: ..." etc.; `login`: the credentials were a user name and password ("Sign-in rejected").
    static QString describe(const ApiError &error, bool login = false);

signals:
    void dashboardTested(bool ok, const QString &message);
    void grafanaTested(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    DashboardDriver *m_driver = nullptr;
    GrafanaClient *m_grafana = nullptr;
    bool m_dashboardBusy = false;
    bool m_grafanaBusy = false;
};
