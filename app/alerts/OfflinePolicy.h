#pragma once

// Decides what deserves a notification, and nothing else: fed every poll's result (a FleetSnapshot or an
// ApiError), it returns and emits the announcements (AlertEvent) and keeps a FleetHealth summary for the tray.
// Rules (all tested in tests/app/tst_offline_policy.cpp with an injected clock):
//  * offline = the dashboard's clock minus last_active exceeds the threshold for `gracePolls` consecutive polls;
//    "never reported" (and a dashboard restart, which zeroes last_active) is its own state, never "offline";
//  * a failed poll is one DashboardUnreachable (after the same grace) or one TokenRejected (at once), never N
//    servers offline; the next good poll announces DashboardRecovered;
//  * a recovery is announced only when its outage was, with the outage's length;
//  * flapping: at most one offline/online pair per server per flap window; an outage that outlives the window is
//    still announced once the window ends;
//  * mutes (MuteList) hold announcements back; an outage still going when its mute ends is announced then;
//    per-server mutes also take the server out of FleetHealth's worst state.
// Pure logic: no timers, no I/O. Owned by AlertCenter on the GUI thread.

#include "AlertEvent.h"
#include "ApiError.h"
#include "ServerSnapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class MuteList;

// The tray's view of the fleet, worst first.
struct FleetHealth
{
    enum class State { Unknown, AllOnline, SomeOffline, DashboardUnreachable, TokenRejected };
    State state = State::Unknown;
    int total = 0;
    int online = 0;
    int offline = 0;       // confirmed offline and not muted
    int mutedOffline = 0;  // confirmed offline but muted per server (left out of `state`)
    int neverReported = 0;
    QStringList offlineNames; // not muted, in the dashboard's order
    QString dashboardError;   // the error sentence while the dashboard is unreachable / rejects the token
    bool operator==(const FleetHealth &) const = default;
};

class OfflinePolicy : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int thresholdSecs = 30;   // the profile's offline threshold
        int gracePolls = 2;       // consecutive polls past the threshold (or failed) before announcing
        int flapWindowSecs = 300; // 0 disables damping
    };
    using Clock = std::function<qint64()>; // local milliseconds since the epoch

    explicit OfflinePolicy(QObject *parent = nullptr);
    OfflinePolicy(Clock clock, QObject *parent = nullptr);

    void setConfig(const Config &config);
    Config config() const { return m_config; }
    void setMuteList(const MuteList *mutes); // not owned; may be null
    FleetHealth health() const { return m_health; }
    void reset(); // forget everything (profile switch)

public slots:
    QList<AlertEvent> applySnapshot(const FleetSnapshot &snapshot);
    QList<AlertEvent> applyFailure(const ApiError &error);
    void refreshHealth(); // after a mute change

signals:
    void eventsRaised(const QList<AlertEvent> &events); // only when non-empty; one call per poll
    void healthChanged(const FleetHealth &health);

private:
    struct Track
    {
        QString name;
        int offlinePolls = 0;
        bool offline = false;      // confirmed (grace passed)
        bool announced = false;    // its ServerOffline went out
        qint64 lastReportSecs = 0; // last_active when the outage was confirmed
        qint64 lastAnnouncedMs = -1;
        qint64 lastSeenSecs = 0;   // the last last_active > 0 this server had (v2.2.11+ zeroes it on disconnect)
        int order = 0;
    };
    enum class Dashboard { Ok, Failing, Unreachable, TokenRejected };

    bool m_dashboardForgot = false; // this snapshot zeroed every server that had reported (a dashboard restart)

    bool muted(quint64 id) const;
    bool globallyMuted() const;
    bool damped(const Track &track, qint64 nowMs) const;
    void updateServer(const ServerSnapshot &server, Track &track, qint64 dashboardSecs, qint64 nowMs,
                      QList<AlertEvent> &events);
    QList<AlertEvent> finish(QList<AlertEvent> events);
    AlertEvent makeEvent(AlertEvent::Kind kind, qint64 nowMs) const;

    Clock m_clock;
    Config m_config;
    const MuteList *m_mutes = nullptr;
    QHash<quint64, Track> m_tracks;
    QHash<quint64, ServerState> m_states; // this poll's raw states, for the health counts
    Dashboard m_dashboard = Dashboard::Ok;
    Dashboard m_announcedDashboard = Dashboard::Ok; // what the user was last told about the dashboard
    int m_failedPolls = 0;
    qint64 m_failingSinceMs = 0;
    QString m_dashboardError;
    bool m_haveSnapshot = false;
    FleetHealth m_health;
};

Q_DECLARE_METATYPE(FleetHealth)
