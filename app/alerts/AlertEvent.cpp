#include "AlertEvent.h"

#include "Format.h"

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
