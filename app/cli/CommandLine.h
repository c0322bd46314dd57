#pragma once

// The `farsight` command line: `farsight servers ...` and `farsight details ...` print a Nezha v0 fleet as
// a table, JSON or CSV; --help documents these and the GUI options (--demo, --url, --token-file,
// --minimized, --lang), which the GUI entry point shares; --version. Called from app/main.cpp before any
// QApplication exists; runs its own QCoreApplication on the main thread. The token comes from --token-file
// or FARSIGHT_TOKEN, never from argv (other users can read a process's arguments).
// Any failure: a non-zero exit code and ONE translated line on stderr, nothing on stdout.

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode {
        Success = 0,
        Failed = 1,       // the dashboard could not be reached or answered badly
        UsageError = 2,   // bad arguments, unreadable token file
        AuthRejected = 3, // the dashboard rejected the token
    };

    static bool wantsCommandLine(int argc, char **argv);
    static int run(int argc, char **argv);

    // Adds the options shared with the GUI (--demo, --url, --token-file, --minimized, --lang) to a parser.
    static void addGuiOptions(QCommandLineParser &parser);
    static QString helpText(); // the full --help text

    // Reads the token: the first line of `file`, or FARSIGHT_TOKEN when file is empty. Empty + *error on failure.
    static QString readToken(const QString &file, QString *error);

private:
    static int runFetch(const QString &command, const QCommandLineParser &parser);
};
