#pragma once

// One run of `farsight grafana`: the parsed arguments, a GrafanaClient on its own QNetworkAccessManager, a
// wait-for-the-answer helper (a local QEventLoop, so tests can run the demo in the same thread) and the output
// side: translated tables or the documented JSON (docs/grafana-cli.md), and the exit code of a failure
// (0 ok, 1 failed, 2 usage, 3 credentials rejected, 4 not a server admin). Built by GrafanaCommand, used by the
// command groups in this folder. Main thread.

#include "grafana/GrafanaClient.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

class GrafanaCli
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2, CredentialsRejected = 3, NotServerAdmin = 4 };
    enum class Format { Table, Json };

    GrafanaCli(const QCommandLineParser &parser, const QStringList &words, QTextStream &out, QTextStream &err);

    const QCommandLineParser &parser;
    QStringList words; // the command words after "grafana": {"users", "delete", "7"}
    Format format = Format::Table;
    bool yes = false;

    GrafanaClient &client() { return m_client; }
    GrafanaVersion version() const { return m_client.serverVersion(); }

    // Starts the call and waits for its answer. True on success; otherwise the error is kept for fail().
    bool call(GrafanaClient::Operation op, const std::function<void()> &start);
    const ApiError &error() const { return m_error; }
    // The payloads of the last successful call.
    GrafanaHealth health;
    int healthStatus = 0;
    GrafanaUserProfile profile;
    GrafanaSettings settings;
    GrafanaStats stats;
    GrafanaUsageReport usageReport;
    GrafanaUserPage users;
    GrafanaCreatedUser created;
    QList<GrafanaAuthToken> tokens;
    QString actionMessage;
    int actionStatus = 0;

    // Prints why the last call failed (what: the command, e.g. "users delete") and returns its exit code.
    int fail(const QString &what);
    int usage(const QString &message);  // one line on stderr, exit 2
    int failed(const QString &message); // one line on stderr, exit 1
    int refuse(const QString &wouldDo); // the --yes rule: says what would happen, exit 2

    // Output: a table (header row first, translated) or a JSON value, then Ok.
    int printTable(const QList<QStringList> &rows);
    int printJson(const QJsonValue &value);
    int print(const QList<QStringList> &rows, const QJsonValue &json);
    // An action's outcome: table line "<done text>: <server message>", JSON {"command","httpStatus","message"}.
    int printAction(const QString &command, const QString &doneText);

    static QString isoOrEmpty(const QDateTime &dt);
    // Server-sent text made safe for a terminal: control characters (ESC sequences, CR, C1) become U+FFFD and the
    // text is cut to `max` characters. Every table cell and stderr line goes through it.
    static QString terminalSafe(const QString &text, qsizetype max = 500);
    // A positive id from words[index], or nullopt after printing a usage error.
    std::optional<qint64> idAt(int index, const QString &name);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager m_nam;
    GrafanaClient m_client;
    ApiError m_error;
};
