#pragma once

// The one table of `farsight` subcommands: each row names a subcommand, documents it for --help, lists its
// options and runs it. CommandLine (app/cli/CommandLine.cpp) dispatches from this table and asks it
// for "did you mean" suggestions when a name is unknown; adding a subcommand is adding a row in Subcommands.cpp
// (and its own file under app/cli/). Plain data and pure functions; main thread.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QCommandLineParser;

struct Subcommand
{
    const char *name;     // as typed: "servers"
    const char *synopsis; // what follows the name in --help, untranslated: "--url URL --token-file FILE ..."
    const char *summary;  // one line for --help, marked with QT_TRANSLATE_NOOP("CommandLine", ...)
    QList<QCommandLineOption> (*options)();       // its options; names shared with other rows mean the same
    int (*run)(const QCommandLineParser &parser); // returns the exit code (CommandLine::ExitCode)
    // Reports a usage error (unknown option, stray argument) when this command was named; nullptr: CommandLine's
    // own one line on stderr and exit 2. `check` answers UNKNOWN (3) on stdout, as monitoring plugins must.
    int (*usageError)(const QString &message) = nullptr;
    bool takesWords = false; // more positional words follow the name ("grafana users list")
};

namespace Subcommands {

const QList<Subcommand> &all();
QStringList names();                      // in table order
const Subcommand *find(QStringView name); // nullptr when unknown

// The candidate closest to `typed` when it is plausibly a typo of it (a few edits or a unique prefix), else empty.
QString closest(QStringView typed, const QStringList &candidates);
// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.
int editDistance(QStringView a, QStringView b);

} // namespace Subcommands
