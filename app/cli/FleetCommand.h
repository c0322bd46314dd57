#pragma once

// The `servers` and `details` subcommands: fetch a Nezha fleet once (the list, or the details of all, some ids or
// one tag) and print it as a table, JSON or CSV (FleetPrinter). Rows of the table in Subcommands.cpp; run by
// CommandLine on the main thread inside its QCoreApplication, with its own event loop until the reply is in.
// readFetch() and fetch() are shared with `check` (CheckCommand).

#include "ApiError.h"
#include "ServerSnapshot.h"
#include "fleet/DashboardConnection.h"
#include "nezha/DashboardDriver.h"

#include <QCommandLineOption>
#include <QList>
#include <optional>

class QCommandLineParser;

namespace FleetCommand {

// What to fetch and from where: the connection options, --id/--tag, --threshold and --timeout.
struct Fetch
{
    bool details = false;
    DashboardConnection connection;
    DetailsQuery query = DetailsQuery::all();
    QString tag;
    int threshold = 30;
    int timeoutSecs = 10;
};

QList<QCommandLineOption> options(); // --tag, --id, --format, --threshold, --timeout
int runServers(const QCommandLineParser &parser);
int runDetails(const QCommandLineParser &parser);

// Reads --url, --threshold, --timeout, --id/--tag and the credentials into *request (details must be set first).
// Returns the translated reason for a usage error, else empty.
QString readFetch(const QCommandLineParser &parser, Fetch *request);
// Fetches once, running the event loop of the QCoreApplication until the answer is in. On failure: nullopt and
// *failure says why.
std::optional<FleetSnapshot> fetch(const Fetch &request, ApiError *failure);

} // namespace FleetCommand
