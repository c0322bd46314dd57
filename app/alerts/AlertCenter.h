#pragma once

// The alert pipeline in one place: poll results (from FleetService) -> OfflinePolicy -> history + one desktop
// notification per poll (NotificationContent through DesktopNotifier) that always names every server still
// offline. Owns the policy, the mute list and the history model; follows Settings (notifications on/off, grace
// polls, flap window) live, and keeps the mutes and the last Settings::MaxNotificationHistory events in Settings
// across restarts. The GUI wiring calls watch(fleetService) and hands the mute list, history and health to the
// tray. GUI thread.

#include "MuteList.h"
#include "notify/NotificationContent.h"
#include "NotificationHistoryModel.h"
#include "OfflinePolicy.h"

#include <QObject>
#include <QPointer>

class DesktopNotifier;
class FleetService;
class Settings;

class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(Settings *settings = nullptr, QObject *parent = nullptr);
    // Tests inject the clocks (local milliseconds for the policy, local date-time for mutes).
    AlertCenter(Settings *settings, OfflinePolicy::Clock policyClock, MuteList::Clock muteClock,
                QObject *parent = nullptr);

    void setNotifier(DesktopNotifier *notifier); // not owned; null = only notificationReady() is emitted
    // Follows a poller: its snapshots and failures, and its connection's offline threshold.
    void watch(FleetService *service);
    void setOfflineThresholdSecs(int secs);      // the active profile's threshold
    void setNotificationsEnabled(bool enabled);

    OfflinePolicy &policy() { return m_policy; }
    MuteList &mutes() { return m_mutes; }
    NotificationHistoryModel &history() { return m_history; }
    FleetHealth health() const { return m_policy.health(); }

public slots:
    void onSnapshot(const FleetSnapshot &snapshot);
    void onPollFailed(const ApiError &error);
    void reset(); // profile switch: the new dashboard starts with a clean slate

signals:
    void healthChanged(const FleetHealth &health);
    void notificationReady(const NotificationContent &content); // every notification, before it is sent

private:
    void onEvents(const QList<AlertEvent> &events);
    void loadSettings();
    void restorePersisted(); // mutes and history from Settings, then saves every change back

    Settings *m_settings;
    MuteList m_mutes;
    OfflinePolicy m_policy;
    NotificationHistoryModel m_history;
    QPointer<DesktopNotifier> m_notifier;
    bool m_notificationsEnabled = true;
    int m_thresholdSecs = 30;
};
