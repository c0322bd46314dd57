#pragma once

// Sends desktop notifications through org.freedesktop.Notifications over Qt D-Bus, directly (not through
// QSystemTrayIcon::showMessage, which has no urgency, actions or replaces_id): app name "Farsight" with its icon,
// the urgency/category/desktop-entry hints, an "Open" action, and replaces_id so a later change updates the one
// Farsight notification in place instead of stacking. It never raises a window by itself (no focus stealing):
// only the user's click on "Open" comes back, as openRequested(serverId).
// Where no notification service answers, it does not guess: serviceUnavailable(content) lets the tray (ui/) show
// the same text as a balloon. Created by the GUI wiring next to AlertCenter; GUI thread.

#include "notify/NotificationContent.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;

class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

    explicit DesktopNotifier(QObject *parent = nullptr); // the session bus
    // service: tests point it at a name nobody owns to play "no notification server".
    explicit DesktopNotifier(const QDBusConnection &bus, const QString &service = QString::fromLatin1(Service),
                             QObject *parent = nullptr);

    void show(const NotificationContent &content);
    quint32 currentId() const { return m_currentId; } // 0 = none on screen (or closed by the user)
    bool isServiceRegistered() const;                   // running or D-Bus activatable
    static QString iconPath();                          // the app icon as a file the server can read

signals:
    void notificationShown(quint32 id);
    void openRequested(quint64 serverId); // the user clicked the notification or its "Open" button
    void serviceUnavailable(const NotificationContent &content);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const NotificationContent &content);
    void onReply(QDBusPendingCallWatcher *watcher, const NotificationContent &content);

    QDBusConnection m_bus;
    QString m_service;
    quint32 m_currentId = 0;
    bool m_inFlight = false;
    std::optional<NotificationContent> m_queued; // the latest content that arrived while a Notify was in flight
    QHash<quint32, quint64> m_targets;           // notification id -> server "Open" shows
    bool m_bodyMarkup = false;                   // the server reads <b>, &amp; ... in the body (GetCapabilities)
};
