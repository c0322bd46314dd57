#pragma once

// One time bucket of one metric from the local history store (app/history/): the minimum, average and
// maximum of the samples that fell into [tMs, tMs + bucket width). Raw samples are buckets whose three values
// are equal. A bucket with no samples is not stored; a NaN average marks a gap the chart must not join across.
// Value type shared by the store (writer/reader threads) and the charts (GUI thread); Qt Core only.

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

struct MetricBucket
{
    qint64 tMs = 0; // start of the bucket, ms since the epoch (UTC)
    float min = 0;
    float avg = 0;
    float max = 0;
    friend bool operator==(const MetricBucket &, const MetricBucket &) = default;
};

// Metric name -> buckets, oldest first. The names are DashboardHistory::metricNames() ("cpu", "memory", "swap",
// "disk", "net_in_speed", "net_out_speed", "load1", "load5", "load15", "tcp_conn", "udp_conn",
// "process_count", "temperature", "gpu"); units as the live history: percent, bytes/s, count, °C.
using MetricBuckets = QHash<QString, QList<MetricBucket>>;

Q_DECLARE_METATYPE(MetricBucket)
