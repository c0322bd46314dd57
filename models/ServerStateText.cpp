#include "ServerStateText.h"

#include "Format.h"

QString ServerStateText::name(ServerState state)
{
    switch (state) {
    //: a server's state: its agent reports to the dashboard
    case ServerState::Online: return tr("Online", "server state");
    //: a server's state: its agent stopped reporting
    case ServerState::Offline: return tr("Offline", "server state");
    //: a server's state: its agent has not reported since the dashboard started
    case ServerState::NeverReported: return tr("Never reported", "server state");
    }
    return {};
}

QString ServerStateText::withSince(ServerState state, qint64 lastActive)
{
    if (state != ServerState::Offline || lastActive <= 0)
        return name(state);
    //: a server's state with the time of its last report, e.g. "Offline since 12/03/2025 14:05"
    return tr("Offline since %1", "server state").arg(Format::dateTime(lastActive));
}
