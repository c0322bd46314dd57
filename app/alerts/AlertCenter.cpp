#include "AlertCenter.h"

#include "fleet/FleetService.h"
#include "i18n/Translations.h"
#include "notify/DesktopNotifier.h"
#include "settings/Settings.h"

#include <QDateTime>

AlertCenter::AlertCenter(Settings *settings, QObject *parent)
    : AlertCenter(settings, [] { return QDateTime::currentMSecsSinceEpoch(); },
                  [] { return QDateTime::currentDateTime(); }, parent)
{
}

AlertCenter::AlertCenter(Settings *settings, OfflinePolicy::Clock policyClock, MuteList::Clock muteClock,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_mutes(std::move(muteClock))
    , m_policy(std::move(policyClock))
    , m_history(Settings::MaxNotificationHistory)
{
    qRegisterMetaType<FleetHealth>();
    m_policy.setMuteList(&m_mutes);
    connect(&m_policy, &OfflinePolicy::eventsRaised, this, &AlertCenter::onEvents);
    connect(&m_policy, &OfflinePolicy::healthChanged, this, &AlertCenter::healthChanged);
    connect(&m_mutes, &MuteList::changed, &m_policy, &OfflinePolicy::refreshHealth);
    connect(&Translations::instance(), &Translations::languageChanged, &m_history,
            &NotificationHistoryModel::retranslate);
    if (m_settings) {
        connect(m_settings, &Settings::valueChanged, this, [this](Settings::Key key) {
            if (key == Settings::Key::NotificationsEnabled || key == Settings::Key::OfflineGracePolls
                || key == Settings::Key::FlapWindowSecs)
                loadSettings();
        });
    }
    loadSettings();
    restorePersisted();
}

void AlertCenter::restorePersisted()
{
    if (!m_settings)
        return;
    m_mutes.restore(m_settings->mutes());
    QList<AlertEvent> events;
    for (const QVariant &entry : m_settings->notificationHistory()) {
        if (const std::optional<AlertEvent> event = AlertEvent::fromVariant(entry))
            events.append(*event);
    }
    m_history.restore(events);
    // Saved on every change (rare: a mute chosen, an announcement made), so a crash loses nothing.
    connect(&m_mutes, &MuteList::changed, this, [this] { m_settings->setMutes(m_mutes.toVariant()); });
    const auto saveHistory = [this] {
        QVariantList entries;
        const QList<AlertEvent> rows = m_history.events();
        entries.reserve(rows.size());
        for (const AlertEvent &event : rows)
            entries.append(event.toVariant());
        m_settings->setNotificationHistory(entries);
    };
    connect(&m_history, &QAbstractItemModel::rowsInserted, this, saveHistory);
    connect(&m_history, &QAbstractItemModel::rowsRemoved, this, saveHistory);
}

void AlertCenter::loadSettings()
{
    OfflinePolicy::Config config = m_policy.config();
    config.thresholdSecs = m_thresholdSecs;
    if (m_settings) {
        config.gracePolls = m_settings->offlineGracePolls();
        config.flapWindowSecs = m_settings->flapWindowSecs();
        m_notificationsEnabled = m_settings->notificationsEnabled();
    }
    m_policy.setConfig(config);
}

void AlertCenter::setNotifier(DesktopNotifier *notifier)
{
    m_notifier = notifier;
}

void AlertCenter::watch(FleetService *service)
{
    connect(service, &FleetService::snapshotApplied, this, [this, service](const FleetSnapshot &snapshot) {
        if (service->connection().offlineThresholdSecs != m_thresholdSecs)
            setOfflineThresholdSecs(service->connection().offlineThresholdSecs);
        onSnapshot(snapshot);
    });
    connect(service, &FleetService::pollFailed, this, &AlertCenter::onPollFailed);
    connect(service, &FleetService::dashboardChanged, this, &AlertCenter::reset);
    setOfflineThresholdSecs(service->connection().offlineThresholdSecs);
}

void AlertCenter::setOfflineThresholdSecs(int secs)
{
    m_thresholdSecs = secs;
    loadSettings();
}

void AlertCenter::setNotificationsEnabled(bool enabled)
{
    m_notificationsEnabled = enabled;
}

void AlertCenter::onSnapshot(const FleetSnapshot &snapshot)
{
    m_policy.applySnapshot(snapshot);
}

void AlertCenter::onPollFailed(const ApiError &error)
{
    m_policy.applyFailure(error);
}

void AlertCenter::reset()
{
    m_policy.reset();
}

void AlertCenter::onEvents(const QList<AlertEvent> &events)
{
    for (const AlertEvent &event : events)
        m_history.append(event);
    if (!m_notificationsEnabled)
        return;
    // The notification replaces the previous one, so it carries every outage still open (health is up to date:
    // the policy refreshes it before it raises the events).
    const NotificationContent content = NotificationContent::compose(events, m_policy.health().offlineNames);
    emit notificationReady(content);
    if (m_notifier)
        m_notifier->show(content);
}
