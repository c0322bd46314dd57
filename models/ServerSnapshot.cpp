#include "ServerSnapshot.h"

ServerState serverStateAt(const ServerSnapshot &server, qint64 dashboardNowSecs, int offlineThresholdSecs)
{
    if (server.neverReported())
        return ServerState::NeverReported;
    return dashboardNowSecs - server.lastActive > offlineThresholdSecs ? ServerState::Offline : ServerState::Online;
}

qint64 dashboardNowMs(const FleetSnapshot &snapshot, qint64 fallbackMs)
{
    if (snapshot.dashboardTimeMs > 0)
        return snapshot.dashboardTimeMs;
    return snapshot.receivedAtMs > 0 ? snapshot.receivedAtMs : fallbackMs;
}
