#pragma once

// Views of the SimulatedFleet that only v1/v2 dashboards have: server groups (one per v0 tag in load order, a
// "GPU" group so some servers are in two groups, and an empty "Decommissioned" group) and the v2 TSDB history
// behind /api/v1/server/:id/metrics (the fleet's own deterministic metrics at past times, downsampled like
// pkg/tsdb/query.go: 30 s buckets for 1d, 30 min for 7d, 2 h for 30d). Pure functions; main thread.

#include "ServerSnapshot.h"

#include <QJsonValue>
#include <QList>
#include <QString>

class SimulatedFleet;

namespace DemoFleetViews {

QList<ServerGroup> serverGroups(const SimulatedFleet &fleet);

bool isMetric(const QString &metric);  // cpu, memory, swap, disk, net_in_speed, ..., temperature, uptime, gpu
qint64 bucketMs(const QString &period); // 1d, 7d, 30d; 0 for anything else
// [{ts, value}] ascending for the period ending now; null when the server never reported.
QJsonValue points(const SimulatedFleet &fleet, quint64 id, const QString &metric, const QString &period);

} // namespace DemoFleetViews
