#pragma once

// The GUI entry point, called by app/main.cpp when no command-line subcommand is given and a display exists.
// Options (CommandLine::guiOptions): --demo, --url URL with --token-file FILE (or FARSIGHT_TOKEN) or --user NAME
// --password-file FILE (or FARSIGHT_PASSWORD) and --api auto|v0|v1|v2, --lang en|zh_CN, --minimized.
// Builds the application objects (settings, credential stores, profiles, model, history, poller, demo
// dashboard on request) and the main window, then runs the event loop. Main thread.

int runGui(int argc, char **argv);
