#pragma once

// Overview/Connection page of the admin pane: which Grafana server and admin login the profile uses,
// and "Test connection" with its one-line verdict (unreachable / not Grafana / wrong credentials /
// not a server admin / connected + version). Owned by AdminPane; GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaConnection.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

class AdminOverviewPage : public QWidget
{
    Q_OBJECT
public:
    AdminOverviewPage(AdminContext *context, QWidget *parent = nullptr);
    void connectionChanged(); // re-read URL and user from the client

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onTested(const GrafanaConnectionTest &result);
    void showConnection();

    AdminContext *m_context;
    QLabel *m_intro;
    QLabel *m_urlCaption;
    QLabel *m_url;
    QLabel *m_userCaption;
    QLabel *m_user;
    QPushButton *m_test;
    QLabel *m_result;
    std::optional<GrafanaConnectionTest> m_lastTest; // re-rendered on a language switch
};
