#include "cli/grafana/GrafanaCommand.h"

#include "cli/ConnectionOptions.h"
#include "cli/grafana/GrafanaCommands.h"

#include <QCommandLineParser>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
};

const QStringList groups = {QStringLiteral("health"),   QStringLiteral("whoami"),       QStringLiteral("settings"),
                            QStringLiteral("stats"),    QStringLiteral("usage-report"), QStringLiteral("users"),
                            QStringLiteral("sessions"), QStringLiteral("reload"),       QStringLiteral("encryption")};

// --url, --user and the admin password (--password-file, its first occurrence, or FARSIGHT_GRAFANA_PASSWORD).
QString readConnection(const QCommandLineParser &parser, const QStringList &words, GrafanaConnection *c)
{
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
    if (!parser.isSet(QStringLiteral("url")) || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Tr::tr("Give the Grafana address with --url, e.g. --url https://grafana.example.org.");
    c->url = url;
    c->user = parser.value(QStringLiteral("user")).trimmed();
    if (c->user.isEmpty())
        return Tr::tr("Give the Grafana server admin's login with --user NAME.");
    // users create / set-password read the new password from the last --password-file: the admin's is then
    // the first one, or FARSIGHT_GRAFANA_PASSWORD when only one is given.
    QStringList files = parser.values(QStringLiteral("password-file"));
    const bool setsPassword = words.value(0) == QLatin1String("users") &&
                              (words.value(1) == QLatin1String("create") || words.value(1) == QLatin1String("set-password"));
    if (setsPassword && !files.isEmpty())
        files.removeLast();
    if (files.size() > 1)
        return Tr::tr("Too many --password-file options.");
    QString error;
    if (!files.isEmpty()) {
        c->password = ConnectionOptions::readPassword(files.first(), &error);
        return error;
    }
    c->password = qEnvironmentVariable("FARSIGHT_GRAFANA_PASSWORD");
    if (c->password.isEmpty())
        return Tr::tr("No password for --user: use --password-file FILE or set FARSIGHT_GRAFANA_PASSWORD.");
    return {};
}

QString readOutput(const QCommandLineParser &parser, GrafanaCli &cli)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
        cli.format = GrafanaCli::Format::Json;
    else if (format.isEmpty() || format == QLatin1String("table"))
        cli.format = GrafanaCli::Format::Table;
    else
        return Tr::tr("Unknown format \"%1\"; use table or json.").arg(parser.value(QStringLiteral("format")));
    cli.yes = parser.isSet(QStringLiteral("yes"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int secs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || secs < 1 || secs > 600)
            return Tr::tr("--timeout needs a number of seconds between 1 and 600.");
        cli.client().setTimeouts(secs * 1000, secs * 1000);
    }
    return {};
}

int dispatch(GrafanaCli &cli)
{
    const QString group = cli.words.value(0);
    if (group == QLatin1String("users"))
        return GrafanaCommands::runUsers(cli);
    if (group == QLatin1String("sessions"))
        return GrafanaCommands::runSessions(cli);
    if (group == QLatin1String("reload") || group == QLatin1String("encryption"))
        return GrafanaCommands::runActions(cli);
    return GrafanaCommands::runServer(cli);
}

} // namespace

namespace GrafanaCommand {

QList<QCommandLineOption> options()
{
    //: placeholder for the value of --query and --name in --help
    const QString text = Tr::tr("text", "option value placeholder");
    return {
        {QStringLiteral("yes"), Tr::tr("grafana: really do a destructive or server-wide command.")},
        {QStringLiteral("section"), Tr::tr("grafana settings: only this section."), Tr::tr("section", "option value placeholder")},
        {QStringLiteral("key"), Tr::tr("grafana settings: only this key."), Tr::tr("key", "option value placeholder")},
        {QStringLiteral("query"), Tr::tr("grafana users list: search login, email and name."), text},
        {QStringLiteral("page"), Tr::tr("grafana users list: page number (default 1)."), Tr::tr("number", "option value placeholder"),
         QStringLiteral("1")},
        {QStringLiteral("per-page"), Tr::tr("grafana users list: users per page (default 100, at most 1000)."),
         Tr::tr("count", "option value placeholder"), QStringLiteral("100")},
        {QStringLiteral("login"), Tr::tr("grafana users create: the new login."), Tr::tr("login", "option value placeholder")},
        {QStringLiteral("email"), Tr::tr("grafana users create: the new user's email."), Tr::tr("email", "option value placeholder")},
        {QStringLiteral("name"), Tr::tr("grafana users create: the new user's full name."), text},
    };
}

int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList words = parser.positionalArguments().mid(1);
    GrafanaCli cli(parser, words, out, err);
    if (words.isEmpty() || !groups.contains(words.first()))
        return cli.usage(words.isEmpty() ? Tr::tr("Give a grafana command: %1.").arg(groups.join(QStringLiteral(", ")))
                                         : Tr::tr("Unknown grafana command \"%1\"; use one of: %2.")
                                               .arg(words.first(), groups.join(QStringLiteral(", "))));
    const QString wouldDo = GrafanaCommands::needsYes(words);
    QString problem = readOutput(parser, cli);
    if (problem.isEmpty() && !wouldDo.isEmpty() && !cli.yes)
        return cli.refuse(wouldDo);
    GrafanaConnection connection;
    if (problem.isEmpty())
        problem = readConnection(parser, words, &connection);
    if (!problem.isEmpty())
        return cli.usage(problem);
    cli.client().setConnection(connection);
    // The version first, without credentials: what this release lacks is answered without a request.
    if (!cli.call(GrafanaClient::Operation::Health, [&] { cli.client().fetchHealth(); }))
        return cli.fail(QStringLiteral("health")); // the command word, as typed
    return dispatch(cli);
}

int run(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return execute(parser, out, err);
}

} // namespace GrafanaCommand
