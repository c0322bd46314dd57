#include "history/HistoryWorker.h"

HistoryWorker::HistoryWorker(Clock clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_pruneTimer(new QTimer(this))
{
    m_pruneTimer->setInterval(PruneIntervalMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &HistoryWorker::prune);
}

void HistoryWorker::open(const QString &path, int retentionDays)
{
    m_pruneTimer->stop();
    m_db.setRetentionDays(retentionDays);
    if (!m_db.open(path)) {
        emit failed(m_db.error());
        return;
    }
    m_db.prune(m_clock());
    emit opened(path, m_db.oldestSecs(), m_db.cycleStartDay());
    publishTraffic();
    m_pruneTimer->start();
}

void HistoryWorker::close()
{
    m_pruneTimer->stop();
    m_db.close();
}

void HistoryWorker::write(const QList<HistorySample> &batch)
{
    if (!m_db.isOpen())
        return;
    if (!m_db.write(batch)) {
        emit failed(m_db.error());
        return;
    }
    emit written(int(batch.size()));
    publishTraffic();
}

void HistoryWorker::query(quint64 requestId, quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets)
{
    if (!m_db.isOpen()) {
        emit queryFailed(requestId, m_db.error().isEmpty() ? HistoryDatabase::tr("The history database is not open.")
                                                          : m_db.error());
        return;
    }
    const QString before = m_db.error();
    const MetricBuckets buckets = m_db.query(serverId, fromMs / 1000, (toMs + 999) / 1000, maxBuckets);
    if (m_db.error() != before && !m_db.error().isEmpty())
        emit queryFailed(requestId, m_db.error());
    else
        emit loaded(requestId, serverId, buckets);
}

void HistoryWorker::setRetentionDays(int days)
{
    m_db.setRetentionDays(days);
    prune();
}

void HistoryWorker::setCycleStartDay(int day)
{
    m_db.setCycleStartDay(day);
    publishTraffic();
}

void HistoryWorker::prune()
{
    if (m_db.isOpen() && !m_db.prune(m_clock()))
        emit failed(m_db.error());
}

void HistoryWorker::clear()
{
    if (m_db.isOpen() && !m_db.clear()) {
        emit failed(m_db.error());
        return;
    }
    emit cleared();
    publishTraffic();
}

void HistoryWorker::publishTraffic()
{
    // From the counters in memory (the rows just written), not a query: this runs after every batch.
    const qint64 cycle = TrafficCycle::cycleStart(m_clock(), m_db.cycleStartDay());
    QHash<quint64, TrafficTotals> traffic;
    const auto &counters = m_db.counters();
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it->cycle == cycle)
            traffic.insert(it.key(), TrafficTotals{cycle, it->inBytes, it->outBytes});
    }
    emit trafficChanged(traffic);
}
