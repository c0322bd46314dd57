#pragma once

// The servers behind the demo dashboard: N simulated hosts (default 12) with several tags, mixed platforms,
// countries and sizes, a couple with GPUs and temperature sensors, and one that never reported.
// Metrics are a deterministic function of (seed, server, time), so the same seed and clock give the same
// fleet; they move plausibly (daily waves, noise, monotonic transfer counters). Two servers go offline on
// a schedule and come back. Tests drive time through an injected clock and force outages with
// setServerOffline(). Owned by DemoDashboard; GUI/main thread. Not a QObject: a plain simulation.

#include "ServerSnapshot.h"

#include <QHash>
#include <QList>
#include <functional>

class SimulatedFleet
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch, the simulated dashboard's clock

    static constexpr qint64 NeverReported = -62135596800; // Go's zero time, as v0 sends it
    static constexpr int DefaultCount = 12;

    explicit SimulatedFleet(int count = DefaultCount, quint32 seed = 1, Clock clock = {});

    void setClock(Clock clock); // empty = the real clock
    qint64 nowMs() const;
    quint32 seed() const { return m_seed; }

    // Current state of every server in storage (database load) order.
    QList<ServerSnapshot> servers() const;
    ServerSnapshot server(quint64 id, bool *found = nullptr) const;
    // The same server as it was at `ms` on the simulated clock (the v2 demo's TSDB history).
    ServerSnapshot serverAt(quint64 id, qint64 ms, bool *found = nullptr) const;
    bool contains(quint64 id) const { return m_index.contains(id); }
    int count() const { return int(m_hosts.size()); }
    // Ids carrying `tag`, in the dashboard's tag-list order (load order; re-tagged servers at the end).
    QList<quint64> idsWithTag(const QString &tag) const;

    // Forces a server to stop (true) or resume (false) reporting. While stopped its last_active freezes.
    void setServerOffline(quint64 id, bool offline);
    // Scheduled outages (on by default): two servers drop off for 90 s every 10 min, at different phases.
    void setScheduledOutages(bool enabled) { m_scheduledOutages = enabled; }
    // Adds a server as given (for tests: odd names, exact values). id 0 picks the next free id. Its metrics
    // stay as given; last_active follows the clock unless the snapshot never reported. Returns the id.
    quint64 addServer(const ServerSnapshot &server);
    void removeServer(quint64 id);
    void setTag(quint64 id, const QString &tag); // moves the server to the end of the new tag's list

private:
    struct Host
    {
        ServerSnapshot base; // static facts: ids, names, host info, sizes
        double cpuBase = 10;
        double cpuSwing = 10;
        double memFraction = 0.4;
        double diskFraction = 0.5;
        double netAverage = 100e3; // bytes/s
        double phase = 0;
        double cores = 1;          // drives the load averages
        bool simulated = true;     // false for addServer(): metrics stay as given
        bool neverReported = false;
        qint64 forcedOfflineSinceSecs = -1; // -1 = not forced
        int outagePhaseSecs = -1;           // -1 = no scheduled outage
    };

    Host makeHost(int index, int count) const;
    ServerSnapshot render(const Host &host, qint64 nowSecs) const;
    qint64 lastActiveAt(const Host &host, qint64 nowSecs) const;
    double noise(quint64 id, qint64 slot, int channel) const; // deterministic, -1..1

    QList<Host> m_hosts;
    QHash<quint64, int> m_index;
    QHash<QString, QList<quint64>> m_tagLists;
    Clock m_clock;
    quint32 m_seed;
    qint64 m_epochSecs; // the simulation's start, for boot times
    bool m_scheduledOutages = true;
};
