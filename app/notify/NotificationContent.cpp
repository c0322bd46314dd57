#include "NotificationContent.h"

#include <QLocale>

namespace {
constexpr int kMaxNamesInSummary = 5;

QString nameList(const QStringList &names)
{
    const QStringList shown = names.mid(0, kMaxNamesInSummary);
    //: separates server names in a list ("web-1, db-1")
    const QString text = shown.join(NotificationContent::tr(", ", "list separator"));
    //: %1 is a list of server names; more names were left out
    return names.size() > kMaxNamesInSummary ? NotificationContent::tr("%1, …", "truncated list").arg(text) : text;
}
} // namespace

NotificationContent NotificationContent::compose(const QList<AlertEvent> &events, const QStringList &stillOffline)
{
    NotificationContent content;
    if (events.isEmpty())
        return content;

    // Every outage still open, not only this poll's: the one Farsight notification replaces the previous one,
    // so it must keep naming servers that went down earlier and are still down.
    QStringList offline = stillOffline;
    QStringList online;
    const AlertEvent *dashboard = nullptr;
    const AlertEvent *firstOffline = nullptr;
    const AlertEvent *firstOnline = nullptr;
    for (const AlertEvent &event : events) {
        switch (event.kind) {
        case AlertEvent::Kind::ServerOffline:
            if (!offline.contains(event.serverName))
                offline.append(event.serverName);
            if (!firstOffline)
                firstOffline = &event;
            break;
        case AlertEvent::Kind::ServerOnline:
            online.append(event.serverName);
            if (!firstOnline)
                firstOnline = &event;
            break;
        default:
            // At most one dashboard event per poll; a problem wins over a recovery.
            if (!dashboard || event.isProblem())
                dashboard = &event;
            break;
        }
    }

    if (dashboard && dashboard->isProblem()) {
        content.summary = dashboard->kind == AlertEvent::Kind::TokenRejected ? tr("Dashboard rejected the token")
                                                                              : tr("Dashboard unreachable");
        content.category = dashboard->kind == AlertEvent::Kind::TokenRejected ? QStringLiteral("network.error")
                                                                               : QStringLiteral("network.disconnected");
    } else if (!offline.isEmpty()) {
        //: one server went offline; %1 = its name
        content.summary = offline.size() == 1 ? tr("%1 is offline").arg(offline.first())
                                              //: several servers went offline at once; %1 = their names
                                              : tr("%n servers offline: %1", nullptr, int(offline.size()))
                                                    .arg(nameList(offline));
        content.category = QStringLiteral("network.disconnected");
    } else if (!online.isEmpty()) {
        content.summary = online.size() == 1 ? firstOnline->text()
                                             //: several servers recovered at once; %1 = their names
                                             : tr("%n servers back online: %1", nullptr, int(online.size()))
                                                   .arg(nameList(online));
        content.category = QStringLiteral("network.connected");
    } else {
        content.summary = tr("Dashboard reachable again");
        content.category = QStringLiteral("network.connected");
    }

    QStringList lines;
    bool problem = false;
    for (const AlertEvent &event : events) {
        problem = problem || event.isProblem();
        if (event.text() != content.summary) // a lone recovery says it all in the summary
            lines.append(event.detailText());
    }
    content.body = lines.join(QLatin1Char('\n'));
    // A recovery while other servers are still down stays critical: it must not expire and take them along.
    content.urgency = problem || !offline.isEmpty() ? Urgency::Critical : Urgency::Normal;
    content.serverId = firstOffline ? firstOffline->serverId : firstOnline ? firstOnline->serverId : 0;
    return content;
}
