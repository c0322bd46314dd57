#pragma once

// The `servers` and `details` subcommands: fetch a Nezha fleet once (the list, or the details of all, some ids or
// one tag) and print it as a table, JSON or CSV (FleetPrinter). Rows of the table in Subcommands.cpp; run by
// CommandLine on the main thread inside its QCoreApplication, with its own event loop until the reply is in.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace FleetCommand {

QList<QCommandLineOption> options(); // --tag, --id, --format, --threshold, --timeout
int runServers(const QCommandLineParser &parser);
int runDetails(const QCommandLineParser &parser);

} // namespace FleetCommand
