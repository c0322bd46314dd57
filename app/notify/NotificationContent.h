#pragma once

// What one desktop notification says, composed from one poll's announcements: several changes become one
// notification ("3 servers offline: a, b, c"), urgency is critical when anything broke and normal for
// recoveries, and "Open" leads to the first server concerned. Pure and translatable; any thread.
// Built by AlertCenter, sent by DesktopNotifier, or shown by the tray's balloon fallback.

#include "alerts/AlertEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

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
    static NotificationContent compose(const QList<AlertEvent> &events);
    bool operator==(const NotificationContent &) const = default;
};

Q_DECLARE_METATYPE(NotificationContent)
