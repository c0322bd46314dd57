#pragma once

// `farsight grafana --url U --user NAME (--password-file F | FARSIGHT_GRAFANA_PASSWORD) [--format table|json]
// [--yes] [--timeout S] COMMAND ...`: Grafana server administration from scripts (issue 15). Reads the options,
// applies the --yes rule before anything is sent, asks /api/health for the server's version (no credentials),
// then runs one command of the groups in this folder (ServerCommands, UsersCommands, SessionsCommands,
// ActionCommands) with exactly one authenticated request. Row "grafana" of app/cli/Subcommands.cpp; main thread.
// Documented in docs/grafana-cli.md.

#include <QCommandLineOption>
#include <QList>
#include <QTextStream>

class QCommandLineParser;

namespace GrafanaCommand {

QList<QCommandLineOption> options();
int run(const QCommandLineParser &parser); // stdout/stderr
// The same with explicit streams; positional words are the parser's, "grafana" first.
int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace GrafanaCommand
