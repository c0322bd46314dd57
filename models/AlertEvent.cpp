#include "AlertEvent.h"

#include "Format.h"

#include <algorithm>

namespace {
constexpr int kMaxStoredText = 1024; // a name or error sentence read back from the settings file
}

QString AlertEvent::durationText(qint64 secs)
{
    return Format::duration(secs);
}

QString AlertEvent::text() const
{
    switch (kind) {
    case Kind::ServerOffline:
        //: %1 = server name, %2 = duration such as "42 s"
        return tr("%1 is offline (no report for %2)").arg(serverName, durationText(durationSecs));
    case Kind::ServerOnline:
        //: %1 = server name, %2 = length of the outage such as "4 min 12 s"
        return tr("%1 is back online after %2").arg(serverName, durationText(durationSecs));
    case Kind::DashboardUnreachable:
        return detail.isEmpty() ? tr("The dashboard cannot be reached")
                                : tr("The dashboard cannot be reached: %1").arg(detail);
    case Kind::TokenRejected:
        return tr("The dashboard rejected the API token. Update it in the profile settings.");
    case Kind::DashboardRecovered:
        //: %1 = how long the dashboard was unreachable, such as "2 min 5 s"
        return tr("The dashboard is reachable again after %1").arg(durationText(durationSecs));
    }
    return {};
}

QString AlertEvent::detailText() const
{
    switch (kind) {
    case Kind::ServerOffline:
        //: notification body line; %1 = server name, %2 = duration such as "42 s"
        return tr("%1: no report for %2").arg(serverName, durationText(durationSecs));
    case Kind::ServerOnline:
        //: notification body line; %1 = server name, %2 = length of the outage
        return tr("%1: back online after %2").arg(serverName, durationText(durationSecs));
    case Kind::DashboardUnreachable:
    case Kind::TokenRejected:
        return detail.isEmpty() ? text() : detail;
    case Kind::DashboardRecovered:
        return text();
    }
    return {};
}

QString AlertEvent::kindText() const
{
    switch (kind) {
    case Kind::ServerOffline:
        return tr("Offline", "alert history event");
    case Kind::ServerOnline:
        return tr("Back online", "alert history event");
    case Kind::DashboardUnreachable:
        return tr("Dashboard unreachable", "alert history event");
    case Kind::TokenRejected:
        return tr("Token rejected", "alert history event");
    case Kind::DashboardRecovered:
        return tr("Dashboard recovered", "alert history event");
    }
    return {};
}

QVariantMap AlertEvent::toVariant() const
{
    QVariantMap map{{QStringLiteral("kind"), int(kind)}, {QStringLiteral("at"), atMs}};
    if (serverId)
        map.insert(QStringLiteral("serverId"), serverId);
    if (!serverName.isEmpty())
        map.insert(QStringLiteral("serverName"), serverName);
    if (durationSecs)
        map.insert(QStringLiteral("duration"), durationSecs);
    if (!detail.isEmpty())
        map.insert(QStringLiteral("detail"), detail);
    return map;
}

std::optional<AlertEvent> AlertEvent::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    bool kindOk = false;
    bool atOk = false;
    const int kind = map.value(QStringLiteral("kind")).toInt(&kindOk);
    const qint64 at = map.value(QStringLiteral("at")).toLongLong(&atOk);
    if (!kindOk || !atOk || kind < int(Kind::ServerOffline) || kind > int(Kind::DashboardRecovered))
        return std::nullopt;
    AlertEvent event;
    event.kind = Kind(kind);
    event.atMs = at;
    event.serverId = map.value(QStringLiteral("serverId")).toULongLong();
    event.serverName = map.value(QStringLiteral("serverName")).toString().left(kMaxStoredText);
    event.durationSecs = std::max<qint64>(0, map.value(QStringLiteral("duration")).toLongLong());
    event.detail = map.value(QStringLiteral("detail")).toString().left(kMaxStoredText);
    return event;
}
