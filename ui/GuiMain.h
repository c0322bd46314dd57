#pragma once

// The GUI entry point, called by app/main.cpp when no command-line subcommand is given.
// Options: --demo, --url URL --token-file FILE (token also from FARSIGHT_TOKEN), --lang en|zh_CN, --minimized.
// Builds the application objects (settings, credential stores, profiles, model, history, poller, demo
// dashboard on request) and the main window, then runs the event loop. Main thread.

int runGui(int argc, char **argv);
