#include "charts/ChartTicks.h"

#include <algorithm>
#include <cmath>

namespace ChartTicks {

double niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double magnitude = std::pow(10, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0}) {
        if (magnitude * m >= rough * (1 - 1e-9))
            return magnitude * m;
    }
    return magnitude * 10;
}

int ValueScale::decimals() const
{
    return step >= 1 ? 0 : std::min(9, int(std::ceil(-std::log10(step) - 1e-9)));
}

ValueScale valueScale(double maxValue, bool bytes, int targetIntervals)
{
    ValueScale scale;
    double value = std::isfinite(maxValue) && maxValue > 0 ? maxValue : 0;
    if (bytes) {
        while (value >= 1024.0 * 0.9 && scale.unitPower < 5) {
            value /= 1024.0;
            scale.divisor *= 1024.0;
            ++scale.unitPower;
        }
    }
    const double target = value > 0 ? value * 1.05 : 1; // a little headroom above the highest point
    scale.step = niceStep(target / std::max(1, targetIntervals));
    scale.intervals = std::max(1, int(std::ceil(target / scale.step - 1e-9)));
    return scale;
}

qint64 timeStepMs(qint64 spanMs, int maxTicks)
{
    static constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    static constexpr qint64 steps[] = {s,      2 * s,  5 * s,  10 * s, 15 * s, 30 * s, m,      2 * m,  5 * m,
                                       10 * m, 15 * m, 30 * m, h,      2 * h,  3 * h,  6 * h,  12 * h, d,
                                       2 * d,  7 * d,  14 * d, 30 * d};
    maxTicks = std::max(1, maxTicks);
    for (qint64 step : steps) {
        if (spanMs / step < maxTicks)
            return step;
    }
    return steps[std::size(steps) - 1];
}

QList<qint64> timeTicks(qint64 fromMs, qint64 toMs, qint64 stepMs, int utcOffsetSecs)
{
    QList<qint64> ticks;
    if (stepMs <= 0 || toMs < fromMs || (toMs - fromMs) / stepMs > 1000)
        return ticks;
    // Weeks are not aligned to the epoch's Thursday: a 7-day step starts at a local midnight.
    const qint64 align = std::min<qint64>(stepMs, 24 * 3600 * 1000);
    const qint64 offsetMs = qint64(utcOffsetSecs) * 1000;
    const qint64 local = fromMs + offsetMs;
    qint64 first = local - ((local % align) + align) % align;
    if (first < local)
        first += align;
    for (qint64 t = first - offsetMs; t <= toMs; t += stepMs)
        ticks.append(t);
    return ticks;
}

} // namespace ChartTicks
