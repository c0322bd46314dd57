#pragma once

// The soak's bookkeeping and verdicts, no Qt event loop: one Episode per fault window (the fault and the healthy
// window after it) with the state transitions, stale/fresh observations and dashboard announcements seen in
// it; RSS samples; an independent count of the server outages the snapshots show (gracePolls consecutive polls
// past the threshold), to compare with the ServerOffline/ServerOnline announcements. SoakRunner fills it,
// farsight_soak prints report() and exits 1 when violations() is not empty. Main thread.

#include "AlertEvent.h"
#include "ServerSnapshot.h"
#include "demo/DemoDashboard.h"
#include "fleet/FleetService.h"

#include <QHash>
#include <QList>
#include <QStringList>

struct SoakEpisode
{
    DemoDashboard::Fault fault = DemoDashboard::Fault::None;
    int intoStale = 0;         // state changes into Stale
    int intoAuthRejected = 0;  // state changes into AuthRejected
    int intoConnected = 0;     // state changes into Connected (the recovery)
    bool staleAtFaultEnd = false;  // the model was marked stale when the fault window ended
    bool freshAtEnd = false;       // not stale, Connected and a snapshot applied after the fault
    int snapshotsAfterFault = 0;   // snapshots applied in the healthy window
    int problems = 0;              // DashboardUnreachable / TokenRejected announcements
    int wrongKindProblems = 0;     // a problem of the other kind (TokenRejected for a network fault, ...)
    int recoveries = 0;            // DashboardRecovered announcements
    bool complete = false;         // its healthy window ran to the end

    bool expectsTokenRejected() const { return fault == DemoDashboard::Fault::RejectToken; }
    QStringList violations() const;
};

struct SoakRssSample
{
    qint64 secs = 0;  // since the start
    qint64 kib = 0;   // VmRSS
    qint64 heapKib = 0; // malloc's bytes in use (mallinfo2: arenas + mmapped), to tell a leak from retention
    DemoDashboard::Fault fault = DemoDashboard::Fault::None; // the demo's mode when sampled
};

class SoakLedger
{
public:
    void setWarmupSecs(qint64 secs) { m_warmupSecs = secs; }
    void setGracePolls(int polls) { m_gracePolls = polls; }

    // Episodes: begin when a fault window starts; the fault/healthy phase decides where observations go.
    void beginEpisode(DemoDashboard::Fault fault);
    void faultWindowEnded(bool modelStale);
    void episodeEnded(bool modelStale, FleetService::ConnectionState state);
    bool inFault() const { return m_inFault; }

    void stateChanged(FleetService::ConnectionState state);
    void snapshotApplied(const FleetSnapshot &snapshot, int offlineThresholdSecs);
    void eventsRaised(const QList<AlertEvent> &events);
    void notificationShown() { ++m_notifications; }
    void rssSampled(const SoakRssSample &sample) { m_rss.append(sample); }

    QStringList violations() const;
    QString report() const;

    static qint64 readRssKib();  // /proc/self/status VmRSS, -1 when unreadable
    static qint64 readHeapKib(); // glibc mallinfo2(): allocated and not freed, all arenas

private:
    struct ServerTrack { int offlinePolls = 0; bool confirmed = false; };
    struct RssSummary { qint64 first = 0, min = 0, max = 0, last = 0; int count = 0; double spreadPct = 0; };
    RssSummary afterWarmup(qint64 SoakRssSample::*field) const;
    QStringList serverViolations() const;
    QString episodeTable() const;
    SoakEpisode *current() { return m_episodes.isEmpty() ? nullptr : &m_episodes.last(); }

    QList<SoakEpisode> m_episodes;
    QList<SoakRssSample> m_rss;
    QHash<quint64, ServerTrack> m_servers;       // the independent outage count
    QHash<quint64, QList<AlertEvent::Kind>> m_serverEvents; // per server, in order
    bool m_inFault = false;
    qint64 m_warmupSecs = 0;
    int m_gracePolls = 2;
    int m_snapshots = 0;
    int m_snapshotsDuringFaults = 0;
    int m_notifications = 0;
    int m_outagesSeen = 0;    // from the snapshots
    int m_recoveriesSeen = 0; // from the snapshots
    int m_offlineAnnounced = 0;
    int m_onlineAnnounced = 0;
    int m_eventsOutsideEpisodes = 0; // dashboard events before the first fault
};
