#pragma once

// `farsight check`: a monitoring plugin (Nagios, Icinga, Zabbix, cron) over the same client. Fetches the details of
// all servers, some ids or one tag once, judges them against -w/--warning and -c/--critical (CheckThresholds) and
// prints ONE line on stdout (CheckReport); the exit status is 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. Everything
// that prevents a judgement - bad arguments, an unreachable dashboard, rejected credentials, a bad reply - is
// UNKNOWN with its reason on the same line, as the Monitoring Plugins guidelines ask. A row of the table in
// Subcommands.cpp; run by CommandLine on the main thread inside its QCoreApplication.

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace CheckCommand {

QList<QCommandLineOption> options(); // -w/--warning, -c/--critical (and the shared --id, --tag, --threshold...)
int run(const QCommandLineParser &parser);
int usageError(const QString &message); // "FARSIGHT UNKNOWN - message" on stdout, returns 3

} // namespace CheckCommand
