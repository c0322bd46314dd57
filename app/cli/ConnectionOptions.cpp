#include "cli/ConnectionOptions.h"

#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QString url = QStringLiteral("url");
const QString tokenFile = QStringLiteral("token-file");
const QString user = QStringLiteral("user");
const QString passwordFile = QStringLiteral("password-file");
const QString api = QStringLiteral("api");

// The first line of a secret file, without its line break. *error is set when it cannot be read.
QString readFirstLine(const QString &path, QString *error, const QString &cannotRead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = cannotRead.arg(path, file.errorString());
        return {};
    }
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString readLogin(const QCommandLineParser &parser, DashboardConnection *connection)
{
    if (parser.isSet(tokenFile))
        return CommandLine::tr("Use either --token-file or --user, not both.");
    if (connection->generation == DashboardConnection::Generation::V0)
        return CommandLine::tr("Nezha v0 dashboards take an API token (--token-file), not a login.");
    connection->username = parser.value(user).trimmed();
    if (connection->username.isEmpty())
        return CommandLine::tr("--user needs a user name.");
    QString error;
    connection->password = ConnectionOptions::readPassword(parser.value(passwordFile), &error);
    return error;
}

} // namespace

namespace ConnectionOptions {

QList<QCommandLineOption> options()
{
    return {
        {url, CommandLine::tr("Nezha dashboard address, e.g. https://status.example.org."), CommandLine::tr("url")},
        {tokenFile,
         CommandLine::tr("File holding the dashboard's API token: a v0 token or a v2 personal access token "
                         "(nzp_...); or set FARSIGHT_TOKEN. Never pass a secret itself as an argument."),
         CommandLine::tr("file")},
        //: --user takes the user name of a Nezha v1/v2 dashboard login
        {user, CommandLine::tr("Log in to a Nezha v1/v2 dashboard as this user instead of using a token."),
         CommandLine::tr("name", "placeholder for the value of --user")},
        {passwordFile, CommandLine::tr("File holding the password for --user (or set FARSIGHT_PASSWORD)."),
         CommandLine::tr("file")},
        //: "auto", "v0", "v1" and "v2" are typed as they are; do not translate them
        {api, CommandLine::tr("Dashboard generation: auto (default), v0, v1 or v2."),
         CommandLine::tr("generation", "placeholder for the value of --api"), QStringLiteral("auto")},
    };
}

bool anySet(const QCommandLineParser &parser)
{
    for (const QString &name : {url, tokenFile, user, passwordFile, api}) {
        if (parser.isSet(name))
            return true;
    }
    return false;
}

bool parseGeneration(const QString &text, DashboardConnection::Generation *generation)
{
    using G = DashboardConnection::Generation;
    static const QList<std::pair<QString, G>> names = {{QStringLiteral("auto"), G::Auto},
                                                       {QStringLiteral("v0"), G::V0},
                                                       {QStringLiteral("v1"), G::V1},
                                                       {QStringLiteral("v2"), G::V2}};
    for (const auto &[name, value] : names) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            *generation = value;
            return true;
        }
    }
    return false;
}

QString readUrl(const QCommandLineParser &parser, DashboardConnection *connection)
{
    const QUrl address = QUrl::fromUserInput(parser.value(url));
    if (!parser.isSet(url) || !address.isValid() || address.host().isEmpty() ||
        (address.scheme() != QLatin1String("http") && address.scheme() != QLatin1String("https")))
        return CommandLine::tr("Give the dashboard address with --url, e.g. --url https://status.example.org.");
    connection->url = address;
    return {};
}

QString read(const QCommandLineParser &parser, DashboardConnection *connection)
{
    const QString urlError = readUrl(parser, connection);
    if (!urlError.isEmpty())
        return urlError;
    if (!parseGeneration(parser.value(api), &connection->generation))
        return CommandLine::tr("Unknown dashboard generation \"%1\"; use auto, v0, v1 or v2.").arg(parser.value(api));
    if (parser.isSet(user))
        return readLogin(parser, connection);
    if (parser.isSet(passwordFile))
        return CommandLine::tr("--password-file goes with --user NAME.");
    QString error;
    connection->token = readToken(parser.value(tokenFile), &error);
    return error;
}

QString readToken(const QString &file, QString *error)
{
    if (!file.isEmpty()) {
        const QString token =
            readFirstLine(file, error, CommandLine::tr("Cannot read the token file %1: %2")).trimmed();
        if (token.isEmpty() && error->isEmpty())
            *error = CommandLine::tr("The token file %1 is empty.").arg(file);
        return token;
    }
    const QString token = qEnvironmentVariable("FARSIGHT_TOKEN").trimmed();
    if (token.isEmpty())
        *error = CommandLine::tr("No credentials: use --token-file FILE (or set FARSIGHT_TOKEN), or --user NAME with "
                                 "--password-file FILE.");
    return token;
}

QString readPassword(const QString &file, QString *error)
{
    if (!file.isEmpty()) {
        const QString password = readFirstLine(file, error, CommandLine::tr("Cannot read the password file %1: %2"));
        if (password.isEmpty() && error->isEmpty())
            *error = CommandLine::tr("The password file %1 is empty.").arg(file);
        return password;
    }
    const QString password = qEnvironmentVariable("FARSIGHT_PASSWORD");
    if (password.isEmpty())
        *error = CommandLine::tr("No password for --user: use --password-file FILE or set FARSIGHT_PASSWORD.");
    return password;
}

} // namespace ConnectionOptions
