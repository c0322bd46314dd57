#pragma once

// Judges one fetched fleet against the thresholds of `farsight check` and writes the one status line of the
// Monitoring Plugins guidelines: "FARSIGHT OK - 12 servers, 0 offline | 'servers'=12;;;0 'offline'=0;0;2;0;12
// 'cpu'=23.5%;80;95;0;100 'mem'=..% 'disk'=..%". cpu, mem and disk are judged per online server and their perfdata
// is the highest value among the online servers ('U' when none reported one); offline counts servers that stopped
// reporting (never-reported servers are named in the text but not counted). Server names are untrusted: control
// characters and '|' are removed and names are shortened. Pure; called by CheckCommand and its tests; any thread.

#include "ServerSnapshot.h"
#include "cli/CheckThresholds.h"

#include <QCoreApplication>
#include <QString>

class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)
public:
    enum State { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 }; // also the exit status

    State state = Unknown;
    QString line; // the status line, perfdata included, no line break

    static CheckReport evaluate(const FleetSnapshot &snapshot, const CheckThresholds &warning,
                                const CheckThresholds &critical, int offlineThresholdSecs);
    static CheckReport unknown(const QString &reason);
    static QString stateName(State state);               // "OK", "WARNING", "CRITICAL", "UNKNOWN" (never translated)
    static QString shortName(const QString &serverName); // what the line shows of an untrusted name

private:
    // "12 servers, 2 offline, 1 never reported: problem, problem" (translated; the problems already bounded).
    static QString summaryText(int total, int offline, int never, const QStringList &problems);
};
