#pragma once

// Monthly traffic for billing: which billing cycle a moment falls in (a start day per profile, 1..31, clamped to
// the month's last day: start day 31 in a 30-day month starts on the 30th), and a per-server accumulator that
// turns the agents' transfer counters (bytes since boot) into traffic within the cycle. A counter that goes down
// (agent reboot, counter reset) starts a new segment: the new value counts as traffic since the reboot only when a
// host could have moved it in the time that passed (MaxSinceRebootSpeed); a dashboard that restarts and re-reports
// a large counter a little lower is not a reboot, and adds nothing. A rise counts only up to MaxCounterSpeed times
// the elapsed time (a jump beyond it adds nothing); a delta is never negative. Pure values; used by the history
// store's writer thread and the `traffic` subcommand.

#include <QTimeZone>
#include <QtGlobal>

namespace TrafficCycle {

// 400 Gbit/s: a rise of the counter faster than this is an artefact (a dashboard restart, a counter wrap).
inline constexpr double MaxCounterSpeed = 50e9;
// 100 Gbit/s: after a drop, the new value is traffic since a reboot only if it fits in the time that passed.
inline constexpr double MaxSinceRebootSpeed = 12.5e9;

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
