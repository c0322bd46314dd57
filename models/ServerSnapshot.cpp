#include "ServerSnapshot.h"

ServerState serverStateAt(const ServerSnapshot &server, qint64 dashboardNowSecs, int offlineThresholdSecs)
{
    if (server.neverReported())
        return ServerState::NeverReported;
    return dashboardNowSecs - server.lastActive > offlineThresholdSecs ? ServerState::Offline : ServerState::Online;
}
