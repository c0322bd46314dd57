// HistoryDatabase's reading half: the buckets of one server over a window (tier choice, merging to at most
// maxBuckets, gap markers), and the small lookups (row counts, first times, names, traffic).
#include "history/HistoryDatabase.h"

#include "history/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <limits>

namespace {

constexpr float NaN = std::numeric_limits<float>::quiet_NaN();

// Accumulates the rows of one output slot for one metric.
struct Slot
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
    qint64 n = 0;
    void add(double lo, double avg, double hi, qint64 count)
    {
        min = std::min(min, lo);
        max = std::max(max, hi);
        sum += avg * double(count);
        n += count;
    }
};

struct Merger
{
    qint64 slotSecs;
    qint64 gapSecs;      // more than this between two acc with data: a gap marker between them
    qint64 current = -1; // start of the slot being filled
    Slot acc[HistorySample::MetricCount];
    qint64 lastFlushed[HistorySample::MetricCount];
    MetricBuckets *out;

    Merger(qint64 slot, qint64 gap, MetricBuckets *target) : slotSecs(slot), gapSecs(gap), out(target)
    {
        std::fill(std::begin(lastFlushed), std::end(lastFlushed), -1);
    }
    void flush()
    {
        for (int m = 0; m < HistorySample::MetricCount; ++m) {
            Slot &s = acc[m];
            if (s.n == 0)
                continue;
            QList<MetricBucket> &list = (*out)[QLatin1String(HistorySample::metricName(m))];
            if (lastFlushed[m] >= 0 && current - lastFlushed[m] > gapSecs)
                list << MetricBucket{(lastFlushed[m] + slotSecs) * 1000, NaN, NaN, NaN};
            list << MetricBucket{current * 1000, float(s.min), float(s.sum / double(s.n)), float(s.max)};
            lastFlushed[m] = current;
            s = Slot{};
        }
    }
    void add(qint64 t, int metric, const QVariant &lo, const QVariant &avg, const QVariant &hi, qint64 n)
    {
        const qint64 slot = t - t % slotSecs;
        if (slot != current) {
            if (current >= 0)
                flush();
            current = slot;
        }
        if (!avg.isNull())
            acc[metric].add(lo.toDouble(), avg.toDouble(), hi.toDouble(), n);
    }
};

} // namespace

HistoryDatabase::Tier HistoryDatabase::tierFor(qint64 windowSecs, int maxBuckets) const
{
    const qint64 wanted = std::max(1, maxBuckets / 2);
    if (windowSecs / tierWidthSecs(Tier::Quarter) >= wanted)
        return Tier::Quarter;
    if (windowSecs / tierWidthSecs(Tier::Minute) >= wanted)
        return Tier::Minute;
    return Tier::Raw;
}

MetricBuckets HistoryDatabase::query(quint64 serverId, qint64 fromSecs, qint64 toSecs, int maxBuckets)
{
    MetricBuckets result;
    if (!m_open || toSecs <= fromSecs || maxBuckets < 1)
        return result;
    const qint64 window = toSecs - fromSecs;
    const Tier tier = tierFor(window, maxBuckets);
    const qint64 width = std::max(1, tierWidthSecs(tier));
    // Slots: a whole number of tier buckets, at most maxBuckets over the window (one spare for the alignment).
    const qint64 perSlot = (window + std::max(1, maxBuckets - 1) - 1) / std::max(1, maxBuckets - 1);
    const qint64 slot = (perSlot + width - 1) / width * width;
    Merger merger(slot, std::max<qint64>(2 * slot, 3 * (tier == Tier::Raw ? 30 : width)), &result);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(tier == Tier::Raw ? HistorySchema::selectRaw()
                                    : HistorySchema::selectBuckets(tier == Tier::Minute ? QStringLiteral("b1")
                                                                                        : QStringLiteral("b15")));
    query.bindValue(QStringLiteral(":sid"), serverId);
    query.bindValue(QStringLiteral(":from"), fromSecs);
    query.bindValue(QStringLiteral(":to"), toSecs);
    if (!exec(query))
        return result;
    while (query.next()) {
        const qint64 t = query.value(0).toLongLong();
        for (int m = 0; m < HistorySample::MetricCount; ++m) {
            if (tier == Tier::Raw) {
                const QVariant v = query.value(1 + m);
                merger.add(t, m, v, v, v, 1);
            } else {
                const int c = 2 + 3 * m;
                merger.add(t, m, query.value(c), query.value(c + 1), query.value(c + 2), query.value(1).toLongLong());
            }
        }
    }
    if (merger.current >= 0)
        merger.flush();
    return result;
}

qint64 HistoryDatabase::rowCount(Tier tier)
{
    static const char *const tables[] = {"raw", "b1", "b15"};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(tables[int(tier)]))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QHash<quint64, qint64> HistoryDatabase::oldestSecs()
{
    QHash<quint64, qint64> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (exec(query, QStringLiteral("SELECT sid, first_t FROM servers"))) {
        while (query.next())
            result.insert(query.value(0).toULongLong(), query.value(1).toLongLong());
    }
    return result;
}

QHash<quint64, QString> HistoryDatabase::serverNames()
{
    QHash<quint64, QString> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (exec(query, QStringLiteral("SELECT sid, name FROM servers"))) {
        while (query.next())
            result.insert(query.value(0).toULongLong(), query.value(1).toString());
    }
    return result;
}

QHash<quint64, TrafficTotals> HistoryDatabase::traffic(qint64 nowSecs)
{
    QHash<quint64, TrafficTotals> result;
    const qint64 cycle = TrafficCycle::cycleStart(nowSecs, m_cycleStartDay);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT sid, in_bytes, out_bytes FROM traffic WHERE cycle = ?"));
    query.addBindValue(cycle);
    if (exec(query)) {
        while (query.next())
            result.insert(query.value(0).toULongLong(),
                          TrafficTotals{cycle, query.value(1).toULongLong(), query.value(2).toULongLong()});
    }
    return result;
}
