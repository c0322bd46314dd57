#pragma once

// The local history's writer thread side: owns the HistoryDatabase (its own connection, opened on this thread)
// and the pruning timer, and answers LocalHistory's posted calls with signals (queued back to the GUI thread).
// Lives on LocalHistory's QThread; every slot runs there. Never touched directly from another thread.

#include "history/HistoryDatabase.h"

#include <QObject>
#include <QTimer>
#include <functional>

class HistoryWorker : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // Unix seconds
    static constexpr int PruneIntervalMs = 10 * 60 * 1000;

    explicit HistoryWorker(Clock clock, QObject *parent = nullptr);

    void open(const QString &path, int retentionDays); // the billing start day is the file's own
    void close();
    void write(const QList<HistorySample> &batch);
    void query(quint64 requestId, quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets);
    void setRetentionDays(int days);
    void setCycleStartDay(int day);
    void prune();
    void clear();

signals:
    void opened(const QString &path, const QHash<quint64, qint64> &oldestSecs, int cycleStartDay);
    void failed(const QString &message); // the store is unusable until the next open
    void loaded(quint64 requestId, quint64 serverId, const MetricBuckets &buckets);
    void queryFailed(quint64 requestId, const QString &message);
    void trafficChanged(const QHash<quint64, TrafficTotals> &traffic); // the current cycle, every server
    void written(int samples); // one batch committed
    void cleared();

private:
    void publishTraffic();

    Clock m_clock;
    HistoryDatabase m_db;
    QTimer *m_pruneTimer;
};
