#include "FleetTotals.h"

#include "FleetModel.h"

#include <limits>

namespace {
void addSaturating(quint64 &sum, quint64 value)
{
    if (qAddOverflow(sum, value, &sum))
        sum = std::numeric_limits<quint64>::max();
}
} // namespace

void FleetTotals::add(const ServerSnapshot &server, ServerState state)
{
    switch (state) {
    case ServerState::Online:
        ++online;
        addSaturating(inSpeed, server.status.netInSpeed);
        addSaturating(outSpeed, server.status.netOutSpeed);
        cpuSum += qBound(0.0, server.status.cpu, 100.0);
        ++cpuCount;
        break;
    case ServerState::Offline:
        ++offline;
        break;
    case ServerState::NeverReported:
        ++neverReported;
        return; // no traffic to count
    }
    addSaturating(inTransfer, server.status.netInTransfer);
    addSaturating(outTransfer, server.status.netOutTransfer);
}

FleetTotals FleetTotals::of(const FleetModel &model, const std::function<bool(int)> &accept)
{
    FleetTotals totals;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        if (accept && !accept(row))
            continue;
        const quint64 id = model.idAt(row);
        if (const ServerSnapshot *server = model.serverById(id))
            totals.add(*server, model.stateOf(row));
        if (const auto cycle = model.cycleTraffic(id)) {
            addSaturating(totals.cycleIn, cycle->in);
            addSaturating(totals.cycleOut, cycle->out);
            ++totals.cycleCount;
        }
    }
    return totals;
}
