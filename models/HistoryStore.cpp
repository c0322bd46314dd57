#include "HistoryStore.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr float Gap = std::numeric_limits<float>::quiet_NaN();

// The base sits 2^31 s before the first time seen, so uint32 offsets cover about 68 years either side.
constexpr qint64 BaseMargin = qint64(1) << 31;

float speed(quint64 bytesPerSecond)
{
    const double v = double(bytesPerSecond);
    return v > HistoryStore::MaxPlausibleSpeed ? Gap : float(v);
}

} // namespace

HistoryStore::HistoryStore(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

void HistoryStore::setCapacity(qsizetype samples)
{
    m_capacity = std::max<qsizetype>(1, samples);
    for (ServerHistory &h : m_servers) {
        h.samples.setCapacity(m_capacity);
        if (h.gpu.capacity() > 0)
            h.gpu.setCapacity(m_capacity);
        for (RingBuffer<float> &t : h.temps)
            t.setCapacity(m_capacity);
    }
}

void HistoryStore::clear()
{
    m_servers.clear();
    m_baseSecs = 0;
}

void HistoryStore::append(const FleetSnapshot &snapshot, int offlineThresholdSecs)
{
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    if (m_baseSecs == 0)
        m_baseSecs = nowSecs - BaseMargin;

    QSet<quint64> present;
    present.reserve(snapshot.servers.size());
    for (const ServerSnapshot &server : snapshot.servers) {
        present.insert(server.id);
        auto it = m_servers.find(server.id);
        if (server.neverReported()) {
            // Dashboard restarted or (v2.2.11+) agent disconnected: end the line if there is one.
            if (it != m_servers.end() && !it->gapRecorded && !it->samples.isEmpty())
                pushGap(*it, nowSecs);
            continue;
        }
        if (it == m_servers.end()) {
            it = m_servers.insert(server.id, ServerHistory());
            it->samples = RingBuffer<Sample>(m_capacity);
        }
        ServerHistory &history = *it;
        if (server.lastActive != history.lastActive && server.hasDetails) {
            history.lastActive = server.lastActive;
            pushSample(history, server, server.lastActive);
        }
        if (serverStateAt(server, nowSecs, offlineThresholdSecs) == ServerState::Offline && !history.gapRecorded
            && !history.samples.isEmpty())
            pushGap(history, nowSecs);
    }
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_servers.erase(it);
    }
}

RingBuffer<float> HistoryStore::alignedRing(const ServerHistory &history) const
{
    RingBuffer<float> ring(m_capacity);
    for (qsizetype i = 0; i < history.samples.size(); ++i)
        ring.push(Gap);
    return ring;
}

void HistoryStore::pushSample(ServerHistory &history, const ServerSnapshot &server, qint64 timeSecs)
{
    const ServerStatus &st = server.status;
    Sample sample;
    // Timestamps never go backwards within a series, even if the dashboard clock does.
    const qint64 previous = history.samples.isEmpty() ? 0 : qint64(history.samples.last().time);
    sample.time = quint32(std::clamp<qint64>(timeSecs - m_baseSecs, previous, std::numeric_limits<quint32>::max()));
    float *v = sample.values;
    v[int(Metric::Cpu)] = float(st.cpu);
    v[int(Metric::Memory)] = float(st.memUsed);
    v[int(Metric::Swap)] = float(st.swapUsed);
    v[int(Metric::Disk)] = float(st.diskUsed);
    v[int(Metric::NetIn)] = speed(st.netInSpeed);
    v[int(Metric::NetOut)] = speed(st.netOutSpeed);
    v[int(Metric::Load1)] = float(st.load1);
    v[int(Metric::Load5)] = float(st.load5);
    v[int(Metric::Load15)] = float(st.load15);
    v[int(Metric::Tcp)] = float(st.tcpConnCount);
    v[int(Metric::Udp)] = float(st.udpConnCount);
    v[int(Metric::Processes)] = float(st.processCount);

    // Optional series start aligned with the main one (NaN for the time before they existed).
    const bool gpu = !server.host.gpu.isEmpty() || st.gpu > 0;
    if (gpu && history.gpu.capacity() == 0)
        history.gpu = alignedRing(history);
    for (const Temperature &t : st.temperatures) {
        if (!history.temps.contains(t.name))
            history.temps.insert(t.name, alignedRing(history));
    }

    history.samples.push(sample);
    if (history.gpu.capacity() > 0)
        history.gpu.push(gpu ? float(st.gpu) : Gap);
    for (auto it = history.temps.begin(); it != history.temps.end(); ++it) {
        float value = Gap;
        for (const Temperature &t : st.temperatures) {
            if (t.name == it.key()) {
                value = float(t.celsius);
                break;
            }
        }
        it->push(value);
    }
    history.gapRecorded = false;
}

void HistoryStore::pushGap(ServerHistory &history, qint64 timeSecs)
{
    Sample gap;
    const qint64 previous = history.samples.isEmpty() ? 0 : qint64(history.samples.last().time);
    gap.time = quint32(std::clamp<qint64>(timeSecs - m_baseSecs, previous, std::numeric_limits<quint32>::max()));
    std::fill(std::begin(gap.values), std::end(gap.values), Gap);
    history.samples.push(gap);
    if (history.gpu.capacity() > 0)
        history.gpu.push(Gap);
    for (RingBuffer<float> &t : history.temps)
        t.push(Gap);
    history.gapRecorded = true;
}

int HistoryStore::copySeries(quint64 id, Metric metric, qint64 sinceSecs, QList<QPointF> *out,
                             const QString &sensor) const
{
    out->clear();
    const auto it = m_servers.constFind(id);
    if (it == m_servers.cend())
        return 0;
    const ServerHistory &h = *it;
    const RingBuffer<float> *extra = nullptr;
    if (metric == Metric::Gpu) {
        if (h.gpu.capacity() == 0)
            return 0;
        extra = &h.gpu;
    } else if (metric == Metric::Temperature) {
        const auto t = h.temps.constFind(sensor);
        if (t == h.temps.cend())
            return 0;
        extra = &*t;
    }
    // Samples are in time order: binary search for the first one at or after sinceSecs.
    const qint64 since = std::clamp<qint64>(sinceSecs - m_baseSecs, 0, std::numeric_limits<quint32>::max());
    qsizetype lo = 0, hi = h.samples.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (qint64(h.samples.at(mid).time) < since)
            lo = mid + 1;
        else
            hi = mid;
    }
    out->reserve(h.samples.size() - lo);
    const int index = int(metric);
    for (qsizetype i = lo; i < h.samples.size(); ++i) {
        const Sample &s = h.samples.at(i);
        const double x = double(m_baseSecs + qint64(s.time)) * 1000.0;
        const float y = extra ? extra->at(i) : s.values[index];
        out->append(QPointF(x, double(y)));
    }
    return int(out->size());
}

int HistoryStore::sampleCount(quint64 id) const
{
    const auto it = m_servers.constFind(id);
    return it == m_servers.cend() ? 0 : int(it->samples.size());
}

QStringList HistoryStore::temperatureSensors(quint64 id) const
{
    const auto it = m_servers.constFind(id);
    return it == m_servers.cend() ? QStringList() : QStringList(it->temps.keys());
}

bool HistoryStore::hasGpu(quint64 id) const
{
    const auto it = m_servers.constFind(id);
    return it != m_servers.cend() && it->gpu.capacity() > 0;
}

qint64 HistoryStore::latestSecs(quint64 id) const
{
    const auto it = m_servers.constFind(id);
    if (it == m_servers.cend() || it->samples.isEmpty())
        return 0;
    return m_baseSecs + qint64(it->samples.last().time);
}

qsizetype HistoryStore::memoryBytes() const
{
    // Hash node (key + value + next pointer, rounded) plus each ring's heap block.
    qsizetype total = qsizetype(sizeof(*this));
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        const ServerHistory &h = *it;
        total += qsizetype(sizeof(quint64) + sizeof(ServerHistory) + sizeof(void *));
        total += h.samples.memoryBytes() - qsizetype(sizeof(h.samples));
        total += h.gpu.memoryBytes() - qsizetype(sizeof(h.gpu));
        for (auto t = h.temps.cbegin(); t != h.temps.cend(); ++t)
            total += t->memoryBytes() + t.key().capacity() * 2 + 64; // 64: map node and string header
    }
    return total;
}
