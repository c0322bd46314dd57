#pragma once

// Monthly traffic for billing: which billing cycle a moment falls in (a start day per profile, 1..31, clamped to
// the month's last day: start day 31 in a 30-day month starts on the 30th), and a per-server accumulator that
// turns the agents' transfer counters (bytes since boot) into traffic within the cycle. A counter that goes down
// (agent reboot, counter reset) starts a new segment: the new value counts as traffic since the reboot when it is
// plausible for the time that passed, else nothing; a delta is never negative and never above MaxPlausibleSpeed
// times the elapsed time. Pure values; used by the history store's writer thread and the `traffic` subcommand.

#include <QTimeZone>
#include <QtGlobal>

namespace TrafficCycle {

// 1 TB/s: beyond any single host (the same bound as HistoryStore::MaxPlausibleSpeed).
inline constexpr double MaxPlausibleSpeed = 1e12;

// Start of the billing cycle that contains tSecs (Unix seconds), midnight of the start day in `zone`.
qint64 cycleStart(qint64 tSecs, int startDay, const QTimeZone &zone = QTimeZone::utc());
// Start of the cycle after the one starting at cycleStartSecs.
qint64 nextCycleStart(qint64 cycleStartSecs, int startDay, const QTimeZone &zone = QTimeZone::utc());

struct Counter
{
    qint64 cycle = 0;    // start of the cycle the totals belong to (Unix seconds), 0 = nothing seen yet
    quint64 inBytes = 0; // traffic in this cycle
    quint64 outBytes = 0;
    quint64 lastIn = 0; // the agent's counters at the last sample
    quint64 lastOut = 0;
    qint64 lastT = 0; // time of the last sample (Unix seconds), 0 = none
    bool operator==(const Counter &) const = default;
};

// Folds one sample (counters in bytes since boot, at tSecs) into `counter`. Samples older than the last one are
// ignored. Returns true when the counter changed.
bool add(Counter *counter, quint64 inTransfer, quint64 outTransfer, qint64 tSecs, int startDay,
         const QTimeZone &zone = QTimeZone::utc());

} // namespace TrafficCycle
