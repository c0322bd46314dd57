#include "grafana/GrafanaTypes.h"

#include <QRegularExpression>

bool GrafanaSettings::isRedacted(const QString &value)
{
    // Grafana's RedactedValue is 9 asterisks; older builds and the docs show 12. URLs keep their shape
    // but the password becomes "xxxxx" (Go's url.Redacted).
    static const QRegularExpression stars(QStringLiteral("^\\*{3,}$"));
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/@\\s]*:xxxxx@"));
    return stars.match(value).hasMatch() || url.match(value).hasMatch();
}

std::optional<qint64> GrafanaStats::value(const QString &key) const
{
    for (const Field &f : fields) {
        if (f.key == key)
            return f.value;
    }
    return std::nullopt;
}

QStringList GrafanaStats::knownKeys()
{
    return {
        QStringLiteral("orgs"),
        QStringLiteral("dashboards"),
        QStringLiteral("snapshots"),
        QStringLiteral("tags"),
        QStringLiteral("datasources"),
        QStringLiteral("playlists"),
        QStringLiteral("stars"),
        QStringLiteral("alerts"),
        QStringLiteral("users"),
        QStringLiteral("admins"),
        QStringLiteral("editors"),
        QStringLiteral("viewers"),
        QStringLiteral("activeUsers"),
        QStringLiteral("activeAdmins"),
        QStringLiteral("activeEditors"),
        QStringLiteral("activeViewers"),
        QStringLiteral("activeSessions"),
        QStringLiteral("dailyActiveUsers"),
        QStringLiteral("dailyActiveAdmins"),
        QStringLiteral("dailyActiveEditors"),
        QStringLiteral("dailyActiveViewers"),
        QStringLiteral("dailyActiveSessions"),
        QStringLiteral("monthlyActiveUsers"),
        QStringLiteral("activeDevices"),
    };
}

QString GrafanaUsageReport::displayVersion() const
{
    QString v = version;
    return v.replace(QLatin1Char('_'), QLatin1Char('.'));
}

QString GrafanaUser::displayName() const
{
    if (!name.isEmpty() && name != login)
        return QStringLiteral("%1 (%2)").arg(name, login);
    return login.isEmpty() ? email : login;
}
