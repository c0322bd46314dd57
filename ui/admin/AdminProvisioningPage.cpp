#include "admin/AdminProvisioningPage.h"

using Op = GrafanaClient::Operation;

AdminProvisioningPage::AdminProvisioningPage(AdminContext *context, QWidget *parent)
    : AdminActionPage(context, parent)
{
    setObjectName(QStringLiteral("adminProvisioningPage"));
    addAction(Op::ReloadDashboards, QStringLiteral("reloadDashboardsButton"));
    addAction(Op::ReloadDatasources, QStringLiteral("reloadDatasourcesButton"));
    addAction(Op::ReloadPlugins, QStringLiteral("reloadPluginsButton"));
    addAction(Op::ReloadAccessControl, QStringLiteral("reloadAccessControlButton"));
    addAction(Op::ReloadAlerting, QStringLiteral("reloadAlertingButton"));
    addAction(Op::ReloadLdap, QStringLiteral("reloadLdapButton"));
    retranslateUi();
}

QString AdminProvisioningPage::introText() const
{
    return tr("Re-read the provisioning files on the server. Reloads run synchronously and can take a while on "
              "large installations.");
}

AdminActionPage::Wording AdminProvisioningPage::wording(Op op) const
{
    switch (op) {
    case Op::ReloadDashboards:
        return {tr("Re-read dashboard provisioning files; provisioned dashboards are updated or removed."),
                tr("Reload dashboard provisioning on the server? Provisioned dashboards are replaced by the "
                   "files' versions.")};
    case Op::ReloadDatasources:
        return {tr("Re-read data source provisioning files."),
                tr("Reload data source provisioning on the server? Provisioned data sources are replaced by the "
                   "files' versions.")};
    case Op::ReloadPlugins:
        return {tr("Re-read plugin provisioning files (app plugin settings)."),
                tr("Reload plugin provisioning on the server?")};
    case Op::ReloadAccessControl:
        return {tr("Re-read role provisioning (Grafana Enterprise only)."),
                tr("Reload access-control provisioning on the server? Provisioned roles and assignments change "
                   "for every user.")};
    case Op::ReloadAlerting:
        return {tr("Re-read alerting provisioning; rules are re-created and their pending timers restart."),
                tr("Reload alerting provisioning on the server? Every alert rule is re-created and pending "
                   "alerts start their wait again.")};
    case Op::ReloadLdap:
        return {tr("Re-read the LDAP configuration file (ldap.toml)."),
                tr("Reload the LDAP configuration on the server? Sign-ins use the new settings at once.")};
    default:
        return {};
    }
}
