#pragma once

// The Grafana admin pane: a banner for the last error/answer above tabs for Overview/Connection,
// Settings, Stats, Users, Sessions, Provisioning and Encryption. The main window creates it with the
// GrafanaClient the application wiring made (ui/GuiMain.cpp; tests make their own) and calls setConnection()
// from the active profile.
// On a new connection the pane first tests it (one authenticated request) and loads the pages only if
// it is a server admin, so wrong credentials cost one failed sign-in, not one per page; credentials Grafana
// refused are never tested again by a reconnect (only by the banner's "Try again"). Without a configured
// Grafana it shows one set-up page with "Set up Grafana…" instead of tabs full of errors. GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaConnection.h"

#include <QWidget>
#include <memory>

class AdminBanner;
class AdminEncryptionPage;
class AdminOverviewPage;
class AdminProvisioningPage;
class AdminSessionsPage;
class AdminSettingsPage;
class AdminStatsPage;
class AdminUsersPage;
class GrafanaClient;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

class AdminPane : public QWidget
{
    Q_OBJECT
public:
    // Uses `client` (not owned; it and its QNAM outlive the pane).
    explicit AdminPane(GrafanaClient *client, QWidget *parent = nullptr);
    ~AdminPane() override;

    void setConnection(const GrafanaConnection &connection);
    void setConfirmer(AdminConfirmer *confirmer); // not owned; nullptr restores the message-box confirmer
    void refresh();                                // reload settings, stats and the user list
    GrafanaClient *client() const { return m_context.client; }
    AdminBanner *banner() const { return m_banner; }
    // Whether "Set up Grafana…" can open a profile (false for a --url session, which has none).
    void setSetupAvailable(bool available);
    bool showsSetup() const; // no Grafana configured: the set-up page instead of the tabs

signals:
    void setupRequested(); // "Set up Grafana…": open the profile's Grafana section

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildSetupPage();
    void updateSetupPage();

    std::unique_ptr<AdminConfirmer> m_defaultConfirmer;
    AdminContext m_context;
    AdminBanner *m_banner;
    QTabWidget *m_tabs;
    AdminOverviewPage *m_overview;
    AdminSettingsPage *m_settings;
    AdminStatsPage *m_stats;
    AdminUsersPage *m_users;
    AdminSessionsPage *m_sessions;
    AdminProvisioningPage *m_provisioning;
    AdminEncryptionPage *m_encryption;
    QStackedWidget *m_stack = nullptr; // the set-up page, or the banner and the tabs
    QWidget *m_setupPage = nullptr;
    QLabel *m_setupTitle = nullptr;
    QLabel *m_setupText = nullptr;
    QPushButton *m_setupButton = nullptr;
    bool m_setupAvailable = true;
};
