#pragma once

// The `farsight` command line. mode() decides from argv alone, before any QApplication exists, whether the GUI
// starts: only with no subcommand and nothing but GUI options (--demo, --url, --token-file, --user,
// --password-file, --api, --minimized, --lang), and only when there is a display; anything else goes to run(),
// which dispatches the subcommands of the table in Subcommands.cpp, answers --help/--version and reports unknown
// commands (with a "did you mean") and options. Called from app/main.cpp on the main thread; run() and
// refuseWithoutDisplay() run their own QCoreApplication. Secrets come from files or the environment, never argv.
// Any failure: a non-zero exit code and ONE translated line on stderr, nothing on stdout.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode {
        Success = 0,
        Failed = 1,       // the dashboard could not be reached or answered badly
        UsageError = 2,   // bad arguments, unknown command or option, unreadable token or password file
        AuthRejected = 3, // the dashboard rejected the credentials
        NoDisplay = 4,    // the GUI was asked for but there is no display to show it on
    };
    enum class Mode { Gui, CommandLine, NoDisplay };

    static Mode mode(int argc, char **argv);
    static int run(int argc, char **argv);
    static int refuseWithoutDisplay(int argc, char **argv); // the one line saying why no window opens

    // The options the GUI understands (--demo, the connection options, --minimized, --lang).
    static QList<QCommandLineOption> guiOptions();
    static QString helpText(); // the full --help text

    // Prints "farsight: <message>" as one line on stderr and returns code.
    static int fail(int code, const QString &message);
};
