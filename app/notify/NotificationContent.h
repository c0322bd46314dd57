#pragma once

// What the one Farsight desktop notification says, composed from one poll's announcements plus every outage
// still open: several changes become one notification ("3 servers offline: a, b, c"), and since each
// notification replaces the previous one, its summary always names every server still offline (a recovery of
// db-1 while web-1 is down reads "web-1 is offline" with "db-1: back online after …" in the body). Urgency is
// critical while anything is broken or still offline, normal once all is well again; "Open" leads to the first
// server concerned. Pure and translatable; any thread.
// Built by AlertCenter, sent by DesktopNotifier, or shown by the tray's balloon fallback.

#include "AlertEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct NotificationContent
{
    Q_DECLARE_TR_FUNCTIONS(NotificationContent)
public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 }; // freedesktop "urgency" hint values

    QString summary;
    QString body;        // plain text, one line per change not already said by the summary
    Urgency urgency = Urgency::Normal;
    QString category;    // freedesktop category: network.disconnected / network.connected / network.error
    quint64 serverId = 0; // the server "Open" shows; 0 = just the window

    bool isEmpty() const { return summary.isEmpty(); }
    // stillOffline: the servers still offline after this poll (FleetHealth::offlineNames), in display order.
    static NotificationContent compose(const QList<AlertEvent> &events, const QStringList &stillOffline = {});
    bool operator==(const NotificationContent &) const = default;
};

Q_DECLARE_METATYPE(NotificationContent)
