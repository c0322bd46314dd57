#include "OfflinePolicy.h"

#include "MuteList.h"

#include <QDateTime>

#include <algorithm>

OfflinePolicy::OfflinePolicy(QObject *parent)
    : OfflinePolicy([] { return QDateTime::currentMSecsSinceEpoch(); }, parent)
{
}

OfflinePolicy::OfflinePolicy(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

void OfflinePolicy::setConfig(const Config &config)
{
    m_config = config;
    m_config.thresholdSecs = std::max(1, m_config.thresholdSecs);
    m_config.gracePolls = std::max(1, m_config.gracePolls);
    m_config.flapWindowSecs = std::max(0, m_config.flapWindowSecs);
}

void OfflinePolicy::setMuteList(const MuteList *mutes)
{
    m_mutes = mutes;
    refreshHealth();
}

void OfflinePolicy::reset()
{
    m_tracks.clear();
    m_states.clear();
    m_dashboard = Dashboard::Ok;
    m_announcedDashboard = Dashboard::Ok;
    m_failedPolls = 0;
    m_failingSinceMs = 0;
    m_dashboardError.clear();
    m_haveSnapshot = false;
    refreshHealth();
}

bool OfflinePolicy::muted(quint64 id) const
{
    return m_mutes && m_mutes->isMuted(id);
}

bool OfflinePolicy::globallyMuted() const
{
    return m_mutes && m_mutes->isGloballyMuted();
}

bool OfflinePolicy::damped(const Track &track, qint64 nowMs) const
{
    return m_config.flapWindowSecs > 0 && track.lastAnnouncedMs >= 0
        && nowMs - track.lastAnnouncedMs < qint64(m_config.flapWindowSecs) * 1000;
}

AlertEvent OfflinePolicy::makeEvent(AlertEvent::Kind kind, qint64 nowMs) const
{
    AlertEvent event;
    event.kind = kind;
    event.atMs = nowMs;
    return event;
}

QList<AlertEvent> OfflinePolicy::applySnapshot(const FleetSnapshot &snapshot)
{
    const qint64 nowMs = m_clock();
    QList<AlertEvent> events;

    if (m_dashboard != Dashboard::Ok) {
        if (m_announcedDashboard != Dashboard::Ok && !globallyMuted()) {
            AlertEvent event = makeEvent(AlertEvent::Kind::DashboardRecovered, nowMs);
            event.durationSecs = (nowMs - m_failingSinceMs) / 1000;
            events.append(event);
        }
        m_dashboard = Dashboard::Ok;
        m_announcedDashboard = Dashboard::Ok;
        m_dashboardError.clear();
    }
    m_failedPolls = 0;
    m_haveSnapshot = true;

    // Staleness is judged on the dashboard's clock (HTTP Date); the local one only when the dashboard sent none.
    const qint64 dashboardSecs = dashboardNowMs(snapshot, nowMs) / 1000;

    QHash<quint64, Track> previous;
    previous.swap(m_tracks);
    m_states.clear();
    // Every server that had reported now reads "never": the dashboard restarted and forgot them all (v0, v1),
    // which is no news about the servers. Only some of them: their agents went away (v2.2.11+ zeroes those).
    int seen = 0, zeroed = 0;
    for (const ServerSnapshot &server : snapshot.servers) {
        const auto track = previous.constFind(server.id); // no Track copy per server and poll
        if (track != previous.cend() && track->lastSeenSecs > 0) {
            ++seen;
            zeroed += server.lastActive <= 0;
        }
    }
    m_dashboardForgot = seen > 0 && zeroed == seen;
    int order = 0;
    for (const ServerSnapshot &server : snapshot.servers) {
        Track track = previous.take(server.id);
        track.name = server.name;
        track.order = order++;
        updateServer(server, track, dashboardSecs, nowMs, events);
        m_tracks.insert(server.id, track);
    }
    // Servers deleted from the dashboard simply leave: deletion is an admin's act, not an outage.
    return finish(events);
}

void OfflinePolicy::updateServer(const ServerSnapshot &reported, Track &track, qint64 dashboardSecs, qint64 nowMs,
                                 QList<AlertEvent> &events)
{
    // A v2.2.11+ dashboard resets last_active to zero when an agent's stream ends: a server that reported
    // before reads as "never reported". It went away, so judge it by the last time it was seen (as FleetModel
    // does); after a dashboard restart the grace polls absorb the moment before the agents report again.
    ServerSnapshot server = reported;
    if (server.lastActive > 0)
        track.lastSeenSecs = server.lastActive;
    else if (track.lastSeenSecs > 0 && !m_dashboardForgot)
        server.lastActive = track.lastSeenSecs;
    const ServerState state = serverStateAt(server, dashboardSecs, m_config.thresholdSecs);
    m_states.insert(server.id, state);
    switch (state) {
    case ServerState::Online:
        track.offlinePolls = 0;
        if (track.offline) {
            track.offline = false;
            if (track.announced && !muted(server.id)) {
                AlertEvent event = makeEvent(AlertEvent::Kind::ServerOnline, nowMs);
                event.serverId = server.id;
                event.serverName = server.name;
                event.durationSecs = std::max<qint64>(0, server.lastActive - track.lastReportSecs);
                events.append(event);
            }
            track.announced = false;
        }
        break;
    case ServerState::Offline:
        ++track.offlinePolls;
        if (!track.offline && track.offlinePolls >= m_config.gracePolls) {
            track.offline = true;
            track.lastReportSecs = server.lastActive;
        }
        if (track.offline && !track.announced && !muted(server.id) && !damped(track, nowMs)) {
            track.announced = true;
            track.lastAnnouncedMs = nowMs;
            AlertEvent event = makeEvent(AlertEvent::Kind::ServerOffline, nowMs);
            event.serverId = server.id;
            event.serverName = server.name;
            event.durationSecs = std::max<qint64>(0, dashboardSecs - server.lastActive);
            events.append(event);
        }
        break;
    case ServerState::NeverReported:
        // Never connected, or the dashboard restarted and forgot every last_active: no news either way.
        // A confirmed outage stays open until the agent reports again.
        track.offlinePolls = 0;
        break;
    }
}

QList<AlertEvent> OfflinePolicy::applyFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled || error.kind == ApiError::Kind::None)
        return {};
    const qint64 nowMs = m_clock();
    if (m_dashboard == Dashboard::Ok) {
        m_dashboard = Dashboard::Failing;
        m_failingSinceMs = nowMs;
        m_failedPolls = 0;
    }
    ++m_failedPolls;
    m_dashboardError = error.text();

    // A rejected token will not heal by itself (polling stops), so it is announced at once.
    if (error.kind == ApiError::Kind::Auth)
        m_dashboard = Dashboard::TokenRejected;
    else if (m_failedPolls >= m_config.gracePolls)
        m_dashboard = Dashboard::Unreachable;

    QList<AlertEvent> events;
    if (m_dashboard != Dashboard::Failing && m_dashboard != m_announcedDashboard && !globallyMuted()) {
        const auto kind = m_dashboard == Dashboard::TokenRejected ? AlertEvent::Kind::TokenRejected
                                                                  : AlertEvent::Kind::DashboardUnreachable;
        AlertEvent event = makeEvent(kind, nowMs);
        event.detail = m_dashboardError;
        event.durationSecs = (nowMs - m_failingSinceMs) / 1000;
        events.append(event);
        m_announcedDashboard = m_dashboard;
    }
    return finish(events);
}

QList<AlertEvent> OfflinePolicy::finish(QList<AlertEvent> events)
{
    refreshHealth();
    if (!events.isEmpty())
        emit eventsRaised(events);
    return events;
}

void OfflinePolicy::refreshHealth()
{
    FleetHealth health;
    QList<std::pair<int, QString>> offline;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        ++health.total;
        if (it->offline) {
            if (m_mutes && m_mutes->isServerMuted(it.key())) {
                ++health.mutedOffline;
            } else {
                ++health.offline;
                offline.append({it->order, it->name});
            }
        } else if (m_states.value(it.key()) == ServerState::NeverReported) {
            ++health.neverReported;
        } else {
            ++health.online;
        }
    }
    std::sort(offline.begin(), offline.end());
    for (const auto &entry : std::as_const(offline))
        health.offlineNames.append(entry.second);

    if (m_dashboard == Dashboard::TokenRejected)
        health.state = FleetHealth::State::TokenRejected;
    else if (m_dashboard == Dashboard::Unreachable)
        health.state = FleetHealth::State::DashboardUnreachable;
    else if (!m_haveSnapshot)
        health.state = FleetHealth::State::Unknown;
    else
        health.state = health.offline > 0 ? FleetHealth::State::SomeOffline : FleetHealth::State::AllOnline;
    if (health.state == FleetHealth::State::TokenRejected || health.state == FleetHealth::State::DashboardUnreachable)
        health.dashboardError = m_dashboardError;

    if (health == m_health)
        return;
    m_health = health;
    emit healthChanged(m_health);
}
