#include "admin/AdminText.h"

#include <QHash>

using Op = GrafanaClient::Operation;

QString AdminText::operationName(Op op)
{
    switch (op) {
    case Op::TestConnection: return tr("Test connection");
    case Op::Settings: return tr("Load settings");
    case Op::UpdateSettings: return tr("Update SAML settings");
    case Op::Stats: return tr("Load statistics");
    case Op::UsageReport: return tr("Load usage report preview");
    case Op::SearchUsers: return tr("Search users");
    case Op::CreateUser: return tr("Create user");
    case Op::ChangePassword: return tr("Change password");
    case Op::SetGrafanaAdmin: return tr("Change Grafana Admin permission");
    case Op::DeleteUser: return tr("Delete user");
    case Op::AuthTokens: return tr("Load sessions");
    case Op::RevokeAuthToken: return tr("Revoke session");
    case Op::LogoutUser: return tr("Log out everywhere");
    case Op::ReloadDashboards: return tr("Reload dashboards");
    case Op::ReloadDatasources: return tr("Reload data sources");
    case Op::ReloadPlugins: return tr("Reload plugins");
    case Op::ReloadAccessControl: return tr("Reload access control");
    case Op::ReloadAlerting: return tr("Reload alerting");
    case Op::ReloadLdap: return tr("Reload LDAP");
    case Op::RotateDataKeys: return tr("Rotate data keys");
    case Op::ReencryptDataKeys: return tr("Re-encrypt data keys");
    case Op::ReencryptSecrets: return tr("Re-encrypt secrets");
    case Op::RollbackSecrets: return tr("Roll back secrets");
    case Op::ReloadNotifications: return tr("Reload notification channels");
    case Op::Health: return tr("Check server health");
    case Op::CurrentUser: return tr("Load the signed-in user");
    }
    return {};
}

QString AdminText::buttonText(Op op)
{
    switch (op) {
    case Op::ReloadDashboards: return tr("Reload dash&boards");
    case Op::ReloadDatasources: return tr("Reload &data sources");
    case Op::ReloadPlugins: return tr("Reload p&lugins");
    case Op::ReloadAccessControl: return tr("Reload a&ccess control");
    case Op::ReloadAlerting: return tr("Reload &alerting");
    case Op::ReloadLdap: return tr("&Reload LDAP");
    case Op::RotateDataKeys: return tr("&Rotate data keys");
    case Op::ReencryptDataKeys: return tr("Re-encrypt &data keys");
    case Op::ReencryptSecrets: return tr("Re-en&crypt secrets");
    case Op::RollbackSecrets: return tr("Roll &back secrets");
    default: return operationName(op);
    }
}

QString AdminText::lockoutWarning()
{
    return tr("Farsight does not retry: Grafana locks an account for 5 minutes after 5 failed sign-ins, so this "
              "account may now be locked.");
}

QString AdminText::errorText(Op op, const ApiError &error)
{
    const QString what = operationName(op);
    if (GrafanaFeatures::isNotAvailable(error)) // what the release lacks, as information: "Rotate data keys: not available on Grafana 8.5.15"
        return tr("%1: %2").arg(what, error.detail);
    QString text;
    if (error.httpStatus > 0 && (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Auth)) {
        const QString message = error.detail.isEmpty() ? tr("no message") : error.detail;
        text = tr("%1 failed (HTTP %2): %3").arg(what).arg(error.httpStatus).arg(message);
        if (!error.errorId.isEmpty())
            text += QLatin1Char(' ') + tr("[%1]", "server error id").arg(error.errorId);
    } else {
        text = tr("%1 failed: %2").arg(what, error.text());
    }
    if (error.kind == ApiError::Kind::Auth)
        text += QLatin1Char(' ') + lockoutWarning();
    if (error.httpStatus == 404 && (op == Op::UpdateSettings || op == Op::ReloadAccessControl))
        text += QLatin1Char(' ') + tr("This server does not offer it: it is available only in Grafana Enterprise.");
    if (error.httpStatus == 206)
        text += QLatin1Char(' ') + tr("The operation was only partly done; see the Grafana server log.");
    return text;
}

QString AdminText::statLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("orgs"), QT_TR_NOOP("Organizations")},
        {QStringLiteral("dashboards"), QT_TR_NOOP("Dashboards")},
        {QStringLiteral("snapshots"), QT_TR_NOOP("Snapshots")},
        {QStringLiteral("tags"), QT_TR_NOOP("Dashboard tags")},
        {QStringLiteral("datasources"), QT_TR_NOOP("Data sources")},
        {QStringLiteral("playlists"), QT_TR_NOOP("Playlists")},
        {QStringLiteral("stars"), QT_TR_NOOP("Stars")},
        {QStringLiteral("alerts"), QT_TR_NOOP("Alert rules")},
        {QStringLiteral("users"), QT_TR_NOOP("Users")},
        {QStringLiteral("admins"), QT_TR_NOOP("Admins")},
        {QStringLiteral("editors"), QT_TR_NOOP("Editors")},
        {QStringLiteral("viewers"), QT_TR_NOOP("Viewers")},
        {QStringLiteral("activeUsers"), QT_TR_NOOP("Active users (30 days)")},
        {QStringLiteral("activeAdmins"), QT_TR_NOOP("Active admins (30 days)")},
        {QStringLiteral("activeEditors"), QT_TR_NOOP("Active editors (30 days)")},
        {QStringLiteral("activeViewers"), QT_TR_NOOP("Active viewers (30 days)")},
        {QStringLiteral("activeSessions"), QT_TR_NOOP("Active sessions (30 days)")},
        {QStringLiteral("dailyActiveUsers"), QT_TR_NOOP("Active users (24 hours)")},
        {QStringLiteral("dailyActiveAdmins"), QT_TR_NOOP("Active admins (24 hours)")},
        {QStringLiteral("dailyActiveEditors"), QT_TR_NOOP("Active editors (24 hours)")},
        {QStringLiteral("dailyActiveViewers"), QT_TR_NOOP("Active viewers (24 hours)")},
        {QStringLiteral("dailyActiveSessions"), QT_TR_NOOP("Active sessions (24 hours)")},
        {QStringLiteral("monthlyActiveUsers"), QT_TR_NOOP("Active users this month")},
        {QStringLiteral("activeDevices"), QT_TR_NOOP("Anonymous devices (30 days)")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}
