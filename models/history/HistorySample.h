#pragma once

// One server's row for the local history store: the metrics of one report, in the store's column order, plus
// its transfer counters (for monthly traffic) and its name (for the `traffic` subcommand). Made from a
// FleetSnapshot on the GUI thread (fromSnapshot, cheap: no strings but the name) and written by the history
// store's writer thread. A metric the server does not report (no GPU, no sensor) is NaN and stored as NULL.
// Plain value; any thread.

#include "ServerSnapshot.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <array>

struct HistorySample
{
    // The store's metrics, in column order; names as MetricBucket's (DashboardHistory::metricNames()).
    enum Metric { Cpu, Memory, Swap, Disk, NetIn, NetOut, Load1, Tcp, Udp, Processes, Temperature, Gpu, MetricCount };
    static const char *metricName(int metric); // "cpu", "memory", ..., "gpu"
    static constexpr int MaxNameLength = 128;  // server-sent names are cut to this

    quint64 serverId = 0;
    qint64 tSecs = 0; // the report's time (Unix seconds, dashboard clock)
    std::array<float, MetricCount> values{};
    quint64 inTransfer = 0; // bytes since the agent's boot
    quint64 outTransfer = 0;
    QString name;

    // One sample per server with details that reported since lastActive[id] (updated); offline or never-reported
    // servers give none. Times are clamped to [0, nowSecs + 1 day] so a wild clock cannot poison the store.
    static QList<HistorySample> fromSnapshot(const FleetSnapshot &snapshot, QHash<quint64, qint64> *lastActive);
    static HistorySample fromServer(const ServerSnapshot &server, qint64 tSecs);
};

Q_DECLARE_METATYPE(HistorySample)
