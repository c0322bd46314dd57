#include "history/TrafficCycle.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace TrafficCycle {

namespace {

QDate startIn(int year, int month, int startDay)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::clamp(startDay, 1, first.daysInMonth()));
}

qint64 midnight(QDate date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

// Bytes counted between two counter readings `dt` seconds apart.
quint64 delta(quint64 before, quint64 now, qint64 dt)
{
    const double seconds = double(std::max<qint64>(dt, 1));
    if (now >= before) {
        const quint64 d = now - before;
        return double(d) > MaxCounterSpeed * seconds ? 0 : d;
    }
    // Going down = a new segment since the agent's reboot: what it counted since then, if it fits the time.
    return double(now) > MaxSinceRebootSpeed * seconds ? 0 : now;
}

} // namespace

qint64 cycleStart(qint64 tSecs, int startDay, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(tSecs, zone).date();
    QDate start = startIn(day.year(), day.month(), startDay);
    if (day < start) {
        const QDate previous = day.addMonths(-1);
        start = startIn(previous.year(), previous.month(), startDay);
    }
    return midnight(start, zone);
}

qint64 nextCycleStart(qint64 cycleStartSecs, int startDay, const QTimeZone &zone)
{
    const QDate next = QDateTime::fromSecsSinceEpoch(cycleStartSecs, zone).date().addMonths(1);
    return midnight(startIn(next.year(), next.month(), startDay), zone);
}

bool add(Counter *counter, quint64 inTransfer, quint64 outTransfer, qint64 tSecs, int startDay, const QTimeZone &zone)
{
    if (counter->lastT != 0 && tSecs <= counter->lastT)
        return false;
    const qint64 cycle = cycleStart(tSecs, startDay, zone);
    if (cycle != counter->cycle) { // a new cycle: the traffic since the last sample belongs to it
        counter->cycle = cycle;
        counter->inBytes = 0;
        counter->outBytes = 0;
    }
    if (counter->lastT != 0) {
        const qint64 dt = tSecs - counter->lastT;
        counter->inBytes += delta(counter->lastIn, inTransfer, dt);
        counter->outBytes += delta(counter->lastOut, outTransfer, dt);
    }
    counter->lastIn = inTransfer;
    counter->lastOut = outTransfer;
    counter->lastT = tSecs;
    return true;
}

} // namespace TrafficCycle
