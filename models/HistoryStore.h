#pragma once

// Recent per-server metric history for the charts: one fixed-size ring of float32 samples per server
// (default 1,200 = 1 h at a 3 s poll), compact uint32 timestamps relative to a base, temperatures per sensor
// and GPU only for servers that report them. app/'s fleet service calls append() once per successful poll;
// ui/ charts call copySeries() once per poll and hand the result to one QXYSeries::replace(). GUI thread.
// A server that goes offline gets one NaN gap marker so the chart draws a gap; vanished servers are dropped.
// Everything keyed by what a server sends is bounded: at most MaxSensorsPerServer temperature sensors per server
// (a new name replaces the one reported longest ago; when all are current the new name waits), and a sensor not
// reported for SensorExpirySamples reports is dropped. Server-sent times are clamped, never overflow.
// Each sample carries its time, so a chart can also see holes no marker announced (dashboard unreachable).

#include "RingBuffer.h"
#include "ServerSnapshot.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QStringList>

class HistoryStore
{
public:
    enum class Metric { Cpu, Memory, Swap, Disk, NetIn, NetOut, Load1, Load5, Load15, Tcp, Udp, Processes, Gpu, Temperature };

    // Above this a v0 agent's speed is a counter-underflow artefact (nezha.md 4), not traffic: 1 TB/s is
    // beyond any single host's NICs. Such a value is recorded as NaN (a gap), not clamped, so the chart
    // shows no fake peak and its y-axis is not blown up.
    static constexpr double MaxPlausibleSpeed = 1e12;
    static constexpr int MaxSensorsPerServer = 16;
    static constexpr int SensorExpirySamples = 100; // 5 minutes at a 3 s poll

    explicit HistoryStore(qsizetype capacity = 1200);

    void setCapacity(qsizetype samples); // keeps the newest samples
    qsizetype capacity() const { return m_capacity; }

    // One sample per server that has a new report (lastActive changed); one NaN gap marker for a server
    // that is offline (decided against the snapshot's dashboard clock); drops servers not in the snapshot.
    void append(const FleetSnapshot &snapshot, int offlineThresholdSecs);
    void clear();

    // Replaces *out with the points at or after sinceSecs (dashboard clock, Unix seconds), oldest first:
    // x = ms since epoch, y = value (percent, bytes, bytes/s, count, °C), a gap = y NaN.
    // sensor selects the temperature sensor for Metric::Temperature. Returns the number of points.
    int copySeries(quint64 id, Metric metric, qint64 sinceSecs, QList<QPointF> *out, const QString &sensor = {}) const;

    bool contains(quint64 id) const { return m_servers.contains(id); }
    int sampleCount(quint64 id) const; // including gap markers
    QStringList temperatureSensors(quint64 id) const; // sorted, at most MaxSensorsPerServer
    bool hasGpu(quint64 id) const;
    qint64 latestSecs(quint64 id) const; // timestamp of the newest sample, 0 when none
    qsizetype memoryBytes() const;       // heap estimate of all histories (for the memory benchmark)

private:
    static constexpr int BaseMetricCount = 12; // Cpu .. Processes
    struct Sample
    {
        quint32 time = 0; // seconds since m_baseSecs
        float values[BaseMetricCount] = {};
    };
    struct Sensor
    {
        RingBuffer<float> ring; // aligned with samples: same size, same order
        quint64 lastSeen = 0;   // ServerHistory::reports when this sensor last reported
    };
    struct ServerHistory
    {
        RingBuffer<Sample> samples;
        RingBuffer<float> gpu;      // capacity 0 until the server reports a GPU
        QMap<QString, Sensor> temps;
        quint64 reports = 0;        // samples pushed (not gaps): the clock for sensor expiry
        qint64 lastActive = 0;
        bool gapRecorded = false;
    };

    void pushSample(ServerHistory &history, const ServerSnapshot &server, qint64 timeSecs);
    void pushGap(ServerHistory &history, qint64 timeSecs);
    void admitSensors(ServerHistory &history, const QList<Temperature> &reported) const;
    RingBuffer<float> alignedRing(const ServerHistory &history) const;
    quint32 offsetOf(qint64 timeSecs, qint64 floor) const; // saturating: times come from the server

    QHash<quint64, ServerHistory> m_servers;
    qsizetype m_capacity;
    qint64 m_baseSecs = 0;
    bool m_hasBase = false; // set by the first append()
};
