#pragma once

// Renders a FleetSnapshot for the command line as an aligned table (translated headers and units), JSON
// (stable English keys, raw numbers) or CSV (RFC 4180). Status is decided against the dashboard's clock.
// Server names come from the dashboard and are untrusted: control characters are removed so a name cannot
// drive the terminal, and CSV cells that a spreadsheet would run as a formula are neutralised.
// Called by CommandLine; any thread.

#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QString>

class FleetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FleetPrinter)
public:
    enum class Format { Table, Json, Csv };
    enum class Columns { List, Details };

    static bool parseFormat(const QString &name, Format *format);
    static QString render(const FleetSnapshot &snapshot, Format format, Columns columns, int thresholdSecs);

    static QString statusKey(ServerState state);  // "online", "offline", "never-reported"
    static QString statusText(ServerState state); // translated
    static QString sanitize(const QString &text); // drops control characters
};
