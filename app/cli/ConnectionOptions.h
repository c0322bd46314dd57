#pragma once

// The options that say which dashboard to reach and how to log in, shared by the command line
// (`farsight servers|details`) and the GUI's one-session connection: --url, --token-file (a v0 API token or a
// v2 personal access token `nzp_...`, or FARSIGHT_TOKEN), --user NAME with --password-file (or
// FARSIGHT_PASSWORD), and --api auto|v0|v1|v2. Secrets come only from files or the environment, never from argv
// (other users can read a process's arguments). Called from CommandLine and ui/GuiMain.cpp on the main thread.

#include "fleet/DashboardConnection.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace ConnectionOptions {

QList<QCommandLineOption> options();

// Fills url, generation and credentials of *connection from the parsed options. Returns the translated reason
// when they do not make a usable connection, an empty string on success.
QString read(const QCommandLineParser &parser, DashboardConnection *connection);

// Only --url into connection->url (commands check it before their other options). Empty string on success.
QString readUrl(const QCommandLineParser &parser, DashboardConnection *connection);

// True when any of the options is given (the GUI accepts them only together with --url).
bool anySet(const QCommandLineParser &parser);

// "auto", "v0", "v1", "v2" (case-insensitive). False for anything else.
bool parseGeneration(const QString &text, DashboardConnection::Generation *generation);

// The token: the first line of `file` (trimmed), or FARSIGHT_TOKEN when file is empty. Empty + *error on failure.
QString readToken(const QString &file, QString *error);
// The password: the first line of `file` without its line break (spaces are kept), or FARSIGHT_PASSWORD when file
// is empty. Empty + *error on failure.
QString readPassword(const QString &file, QString *error);

} // namespace ConnectionOptions
