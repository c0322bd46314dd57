#pragma once

// Which notifications the user silenced and until when: per server (from the server list's context menu) and
// globally (tray menu: 1 h, 4 h, until tomorrow). Times come from an injected clock so expiry is testable; a
// single-shot timer re-checks at the next expiry so the list expires by itself and announces it with changed().
// Owned by the GUI wiring (AlertCenter), read by OfflinePolicy; GUI thread only. AlertCenter persists it
// through Settings (toVariant/restore) so a restart keeps the user's silence; every mute has an end (at most
// "until tomorrow 08:00"), and entries that ended while the app was closed are dropped on restore.
// "Until tomorrow" means tomorrowMorning() everywhere (tray, server list), labelled with tomorrowMorningTimeText().

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>

class MuteList : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    explicit MuteList(QObject *parent = nullptr);
    explicit MuteList(Clock clock, QObject *parent = nullptr);

    void muteServer(quint64 serverId, const QDateTime &until);
    void unmuteServer(quint64 serverId);
    void muteAll(const QDateTime &until);
    void unmuteAll(); // clears the global mute and every per-server mute

    bool isServerMuted(quint64 serverId) const; // the server's own mute only
    bool isGloballyMuted() const;
    bool isMuted(quint64 serverId) const { return isGloballyMuted() || isServerMuted(serverId); }
    QDateTime globalMuteUntil() const;            // invalid when not muted
    QDateTime serverMuteUntil(quint64 serverId) const;
    QList<quint64> mutedServers() const;
    bool isEmpty() const;

    QDateTime now() const { return m_clock(); }
    // "Until tomorrow" = tomorrow 08:00 local time: quiet through the night, loud again by the working day.
    static QDateTime tomorrowMorning(const QDateTime &now);
    // Its time for labels ("08:00" in the UI locale's short time format): every "until tomorrow %1" menu item
    // (tray, server list) shows this, so the label and the end time cannot drift apart.
    static QString tomorrowMorningTimeText();

    // Persisted form (Settings::Key::Mutes): end times as local milliseconds since the epoch.
    QVariantMap toVariant() const;
    void restore(const QVariantMap &state); // replaces the mutes; expired ones are dropped

public slots:
    // Drops expired entries (by the injected clock) and emits changed() if any went; the timer calls it.
    void purgeExpired();

signals:
    void changed();

private:
    void scheduleNextExpiry();

    Clock m_clock;
    QHash<quint64, QDateTime> m_servers;
    QDateTime m_global;
    QTimer m_expiryTimer;
};
