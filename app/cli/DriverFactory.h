#pragma once

// The one place where the command line creates the driver that talks to a Nezha dashboard, so that swapping in
// another driver (an auto-detecting one for v0/v1/v2) changes one line. Called by the subcommands in app/cli on
// the main thread; the caller owns the driver and the network access manager outlives it.

#include <memory>

class DashboardDriver;
class QNetworkAccessManager;

std::unique_ptr<DashboardDriver> createCommandLineDriver(QNetworkAccessManager *nam);
