#pragma once

// Provisioning page: reload dashboards, data sources, plugins, access control (Enterprise), alerting
// provisioning, and the LDAP configuration; each asks first and logs the server's answer. GUI thread.

#include "admin/AdminActionPage.h"

class AdminProvisioningPage : public AdminActionPage
{
    Q_OBJECT
public:
    AdminProvisioningPage(AdminContext *context, QWidget *parent = nullptr);

protected:
    Wording wording(GrafanaClient::Operation op) const override;
    QString introText() const override;
};
