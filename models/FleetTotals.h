#pragma once

// Fleet-wide totals for the overview strip: servers per state, summed download/upload speed and average CPU of
// the online servers, and traffic since boot of every server that has reported. A plain value computed in one
// O(n) pass over FleetModel's rows (optionally only the rows a filter accepts), once per poll, by
// ui/overview/OverviewStrip, with the billing cycle's traffic the model holds from the history store. Sums
// saturate instead of wrapping: the numbers come from servers. Any thread that owns the model (the GUI thread in
// practice).

#include "ServerSnapshot.h"

#include <functional>

class FleetModel;

struct FleetTotals
{
    int online = 0;
    int offline = 0;
    int neverReported = 0;
    quint64 inSpeed = 0;     // bytes/s, online servers only (an offline server's last speed is not traffic now)
    quint64 outSpeed = 0;    // bytes/s, online servers only
    quint64 inTransfer = 0;  // bytes since each server's boot, last known, servers that have reported
    quint64 outTransfer = 0;
    double cpuSum = 0;       // percent, online servers only
    int cpuCount = 0;
    quint64 cycleIn = 0;     // bytes this billing cycle (FleetModel::cycleTraffic), servers the history knows
    quint64 cycleOut = 0;
    int cycleCount = 0;      // how many servers that is: 0 = nothing known yet

    int total() const { return online + offline + neverReported; }
    double averageCpu() const { return cpuCount > 0 ? cpuSum / cpuCount : -1; } // -1 when none is online
    void add(const ServerSnapshot &server, ServerState state);
    bool operator==(const FleetTotals &) const = default;

    // Totals over the model's rows; `accept(sourceRow)` picks the rows (all when empty).
    static FleetTotals of(const FleetModel &model, const std::function<bool(int)> &accept = {});
};
