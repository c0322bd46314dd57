#pragma once

// The one place that words a server's state for people: "Online", "Offline", "Never reported", and the
// detail header's "Offline since <time>". The table (FleetModel), the detail pane, the server filter and the
// command-line table all call these, so a state reads the same everywhere and is translated once (context
// "ServerStateText"). Machine-readable keys (CLI JSON/CSV) are not texts and stay with their printer.
// Pure functions; any thread once the translators are installed.

#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QString>

class ServerStateText
{
    Q_DECLARE_TR_FUNCTIONS(ServerStateText)
public:
    static QString name(ServerState state);
    // name(), with the last report's time for an offline server (lastActive: Unix seconds, dashboard clock).
    static QString withSince(ServerState state, qint64 lastActive);
};
