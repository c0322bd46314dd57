#pragma once

// The command groups of `farsight grafana` (one file each): they read cli.words, call the client through
// cli.call() and print through cli.print*(). needsYes() holds the --yes rule for all of them. Internal to
// app/cli/grafana; main thread.

#include "cli/grafana/GrafanaCli.h"

namespace GrafanaCommands {

int runServer(GrafanaCli &cli);   // health, whoami, settings, stats, usage-report (ServerCommands.cpp)
int runUsers(GrafanaCli &cli);    // users list|create|set-password|grant-admin|revoke-admin|delete
int runSessions(GrafanaCli &cli); // sessions list|revoke|logout
int runActions(GrafanaCli &cli);  // reload ..., encryption ... (ActionCommands.cpp)

// What a command would do when it needs --yes ("delete user 7"), else empty. Checked before anything is sent.
QString needsYes(const QStringList &words);

} // namespace GrafanaCommands
