#pragma once

// The polls the GUI benchmarks replay: `count` snapshots, 3 s apart, of a simulated fleet (seed 7) with
// scheduled outages, generated before anything is measured. Shared by bench_gui_poll and bench_gui_cards so their
// figures compare directly.

#include "demo/SimulatedFleet.h"

#include <QList>

inline QList<FleetSnapshot> recordedFleet(int servers, int count)
{
    qint64 clock = 1'770'000'000'000;
    SimulatedFleet fleet(servers, 7, [&clock] { return clock; });
    fleet.setScheduledOutages(true);
    QList<FleetSnapshot> snapshots;
    snapshots.reserve(count);
    for (int i = 0; i < count; ++i) {
        clock += 3000;
        FleetSnapshot s;
        s.servers = fleet.servers();
        s.dashboardTimeMs = clock;
        s.receivedAtMs = clock;
        s.realDisplayIndex = true;
        snapshots.append(s);
    }
    return snapshots;
}
