#pragma once

// A HistorySource for the detail view's tests and screenshots: records every request, answers only when told
// (answer()/fail()), or at once from a synthetic history (fillSynthetic()) cut to the requested range and
// averaged into at most maxBuckets buckets. Header-only; GUI thread.

#include "history/HistorySource.h"

#include <QList>
#include <QTimer>

#include <cmath>

class FakeHistorySource : public HistorySource
{
public:
    struct Request
    {
        quint64 id;
        quint64 server;
        qint64 fromMs;
        qint64 toMs;
        int maxBuckets;
    };
    QList<Request> requests;
    qint64 oldest = 0;
    bool autoAnswer = false;   // answer from `stored` on the next event loop turn
    MetricBuckets stored;      // finest buckets, oldest first

    quint64 request(quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets = 720) override
    {
        const quint64 id = ++m_next;
        requests.append({id, serverId, fromMs, toMs, maxBuckets});
        if (autoAnswer)
            QTimer::singleShot(0, this, [=, this] { emit loaded(id, serverId, cut(fromMs, toMs, maxBuckets)); });
        return id;
    }
    qint64 oldestMs(quint64) const override { return oldest; }
    void answer(const MetricBuckets &buckets) { emit loaded(requests.last().id, requests.last().server, buckets); }
    void fail(const QString &message) { emit failed(requests.last().id, message); }

    // A week (or any span) of 1-minute buckets ending at endMs: a daily CPU wave with spikes, memory, network
    // in/out, load and connections; a three-hour outage (no buckets) two days before the end.
    void fillSynthetic(qint64 endMs, qint64 spanMs)
    {
        stored.clear();
        oldest = endMs - spanMs;
        for (qint64 t = oldest; t < endMs; t += 60000) {
            if (t > endMs - 2 * 86400000LL && t < endMs - 2 * 86400000LL + 3 * 3600000LL)
                continue;
            const double day = std::sin(double(t % 86400000LL) / 86400000.0 * 2 * M_PI);
            const double jitter = std::fmod(double(t / 60000) * 7.31, 1.0);
            auto add = [&](const char *metric, double avg, double spread) {
                stored[QString::fromLatin1(metric)].append(
                    {t, float(std::max(0.0, avg - spread * jitter)), float(avg), float(avg + spread * (1 - jitter))});
            };
            add("cpu", 35 + 20 * day, 15);
            add("memory", 5.2e9 + 0.8e9 * day, 0.3e9);
            add("swap", 0.4e9, 0.05e9);
            add("disk", 41e9 + double(t - oldest) / 86400000.0 * 0.6e9, 0.01e9);
            add("net_in_speed", 3.2e6 + 2.5e6 * day, 2e6);
            add("net_out_speed", 1.1e6 + 0.8e6 * day, 0.9e6);
            add("load1", 1.4 + 0.8 * day, 0.9);
            add("load5", 1.3 + 0.7 * day, 0.4);
            add("load15", 1.2 + 0.6 * day, 0.2);
            add("tcp_conn", 420 + 150 * day, 80);
            add("udp_conn", 35 + 5 * day, 6);
            add("process_count", 210 + 10 * day, 8);
        }
    }

    MetricBuckets cut(qint64 fromMs, qint64 toMs, int maxBuckets) const
    {
        MetricBuckets out;
        const qint64 width = std::max<qint64>(60000, ((toMs - fromMs) / std::max(1, maxBuckets) + 59999) / 60000 * 60000);
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            QList<MetricBucket> merged;
            for (const MetricBucket &b : it.value()) {
                if (b.tMs < fromMs || b.tMs >= toMs)
                    continue;
                const qint64 start = b.tMs - b.tMs % width;
                if (merged.isEmpty() || merged.last().tMs != start) {
                    merged.append({start, b.min, 0, b.max});
                    m_counts.append(0);
                }
                MetricBucket &m = merged.last();
                m.min = std::min(m.min, b.min);
                m.max = std::max(m.max, b.max);
                m.avg += b.avg; // a sum until divided below
                ++m_counts.last();
            }
            for (qsizetype i = 0; i < merged.size(); ++i)
                merged[i].avg /= float(m_counts.at(m_counts.size() - merged.size() + i));
            m_counts.clear();
            out.insert(it.key(), merged);
        }
        return out;
    }

private:
    quint64 m_next = 0;
    mutable QList<int> m_counts;
};
