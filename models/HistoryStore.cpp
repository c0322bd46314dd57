#include "HistoryStore.h"

#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr float Gap = std::numeric_limits<float>::quiet_NaN();

// The base sits 2^31 s before the first time seen, so uint32 offsets cover about 68 years either side.
constexpr qint64 BaseMargin = qint64(1) << 31;

// Dashboard clocks far outside any real time (a forged Date or stream "now") must not push the base near the
// ends of qint64, where base + offset would overflow. +-2^40 s is about 35,000 years either side of 1970.
constexpr qint64 MaxAbsSecs = qint64(1) << 40;

bool hotter(const Temperature *a, const Temperature *b)
{
    const double x = std::isnan(a->celsius) ? -1e300 : a->celsius;
    const double y = std::isnan(b->celsius) ? -1e300 : b->celsius;
    return x > y;
}

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
        for (Sensor &t : h.temps)
            t.ring.setCapacity(m_capacity);
    }
}

void HistoryStore::clear()
{
    m_servers.clear();
    m_baseSecs = 0;
    m_hasBase = false;
}

void HistoryStore::append(const FleetSnapshot &snapshot, int offlineThresholdSecs)
{
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    if (!m_hasBase) {
        m_baseSecs = std::clamp<qint64>(nowSecs, -MaxAbsSecs, MaxAbsSecs) - BaseMargin;
        m_hasBase = true;
    }

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
    sample.time = offsetOf(timeSecs, history.samples.isEmpty() ? 0 : qint64(history.samples.last().time));
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
    admitSensors(history, st.temperatures);

    history.samples.push(sample);
    if (history.gpu.capacity() > 0)
        history.gpu.push(gpu ? float(st.gpu) : Gap);
    QHash<QString, double> celsius; // first reading of a name wins
    celsius.reserve(st.temperatures.size());
    for (const Temperature &t : st.temperatures)
        celsius.insert(t.name, t.celsius);
    for (auto it = history.temps.begin(); it != history.temps.end(); ++it) {
        const auto reading = celsius.constFind(it.key());
        it->ring.push(reading == celsius.cend() ? Gap : float(*reading));
    }
    history.gapRecorded = false;
}

// Expires sensors that stopped reporting, then admits new names hottest first while there is room; a full
// server makes room by dropping the sensor reported longest ago, never one reported in this sample.
void HistoryStore::admitSensors(ServerHistory &history, const QList<Temperature> &reported) const
{
    const quint64 now = ++history.reports;
    for (auto it = history.temps.begin(); it != history.temps.end();) {
        if (now - it->lastSeen > quint64(SensorExpirySamples))
            it = history.temps.erase(it);
        else
            ++it;
    }
    QList<const Temperature *> fresh;
    for (const Temperature &t : reported) {
        const auto it = history.temps.find(t.name);
        if (it != history.temps.end())
            it->lastSeen = now;
        else
            fresh.append(&t);
    }
    std::stable_sort(fresh.begin(), fresh.end(), hotter);
    for (const Temperature *t : std::as_const(fresh)) {
        if (history.temps.contains(t->name))
            continue; // the same name twice in one report
        if (history.temps.size() >= MaxSensorsPerServer) {
            auto stalest = history.temps.end();
            for (auto it = history.temps.begin(); it != history.temps.end(); ++it) {
                if (it->lastSeen < now && (stalest == history.temps.end() || it->lastSeen < stalest->lastSeen))
                    stalest = it;
            }
            if (stalest == history.temps.end())
                break; // every kept sensor reported just now: the hottest MaxSensorsPerServer stay
            history.temps.erase(stalest);
        }
        history.temps.insert(t->name, Sensor{alignedRing(history), now});
    }
}

quint32 HistoryStore::offsetOf(qint64 timeSecs, qint64 floor) const
{
    qint64 offset = 0;
    if (qSubOverflow(timeSecs, m_baseSecs, &offset))
        offset = timeSecs > m_baseSecs ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return quint32(std::clamp<qint64>(offset, floor, std::numeric_limits<quint32>::max()));
}

void HistoryStore::pushGap(ServerHistory &history, qint64 timeSecs)
{
    Sample gap;
    gap.time = offsetOf(timeSecs, history.samples.isEmpty() ? 0 : qint64(history.samples.last().time));
    std::fill(std::begin(gap.values), std::end(gap.values), Gap);
    history.samples.push(gap);
    if (history.gpu.capacity() > 0)
        history.gpu.push(Gap);
    for (Sensor &t : history.temps)
        t.ring.push(Gap);
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
        extra = &t->ring;
    }
    // Samples are in time order: binary search for the first one at or after sinceSecs.
    const qint64 since = offsetOf(sinceSecs, 0);
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
            total += t->ring.memoryBytes() + t.key().capacity() * 2 + 64; // 64: map node and string header
    }
    return total;
}
