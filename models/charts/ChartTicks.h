#pragma once

// Pure helpers that place chart ticks where people expect them: value steps of 1/2/5 x 10^n (for bytes the
// unit, KiB/MiB/GiB..., is chosen first, then 1/2/5 x 10^n in that unit), and time ticks at round clock times
// (every 1, 2, 5, 10, 15, 30 s or min, 1/2/3/6/12 h, 1/2/7 days) in local time. Used by MetricChart (ui/detail)
// on the GUI thread; Qt Core only, no state.

#include <QList>
#include <QtGlobal>

namespace ChartTicks {

// The smallest 1/2/5 x 10^n step that is >= rough (rough > 0).
double niceStep(double rough);

struct ValueScale
{
    double divisor = 1;  // raw value / divisor = value in the axis unit
    int unitPower = 0;   // bytes: 0 = B, 1 = KiB, 2 = MiB...; 0 for other units
    double step = 1;     // tick spacing in the axis unit
    int intervals = 1;   // ticks from 0 to top: intervals + 1
    double top() const { return step * intervals; }
    int decimals() const; // digits after the point the step needs (0 for 1, 1 for 0.5, 2 for 0.05)
};

// An axis from 0 to just above maxValue with about targetIntervals intervals (at most targetIntervals + 2).
// bytes: choose a 1024-power unit first so the top stays below ~1000 of that unit.
ValueScale valueScale(double maxValue, bool bytes, int targetIntervals = 5);

// The round time step (ms) that gives at most maxTicks ticks over spanMs.
qint64 timeStepMs(qint64 spanMs, int maxTicks);

// The tick times (ms since the epoch) in [fromMs, toMs] at multiples of stepMs in local time: utcOffsetSecs is
// the local zone's offset at fromMs (so 6 h ticks land on 00:00, 06:00... and day ticks on local midnight).
QList<qint64> timeTicks(qint64 fromMs, qint64 toMs, qint64 stepMs, int utcOffsetSecs);

} // namespace ChartTicks
