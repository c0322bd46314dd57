#pragma once

// The `traffic` subcommand: per server traffic in/out of the current billing cycle, read (read-only) from the
// local history file the GUI keeps for a profile (--profile NAME|ID, default the active one) or for an ad-hoc
// dashboard (--url URL). It asks no dashboard: without a history file it says so and exits 1. Table or JSON.
// Row in Subcommands.cpp; run by CommandLine on the main thread.

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace TrafficCommand {

QList<QCommandLineOption> options(); // --profile, --month, --format
int run(const QCommandLineParser &parser);

} // namespace TrafficCommand
