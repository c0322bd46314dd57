#include "cli/CommandLine.h"

#include "cli/FleetPrinter.h"
#include "i18n/Translations.h"
#include "nezha/NezhaV0Driver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <optional>

namespace {

const QStringList commands = {QStringLiteral("servers"), QStringLiteral("details")};

int failWith(int code, const QString &message)
{
    QTextStream err(stderr);
    err << QStringLiteral("farsight: ") << message.simplified() << Qt::endl;
    return code;
}

void addCliOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("tag"), CommandLine::tr("Only servers with this tag (exact, case-sensitive)."),
                      CommandLine::tr("tag")});
    parser.addOption({QStringLiteral("id"), CommandLine::tr("details: only these server ids, comma-separated."),
                      CommandLine::tr("ids")});
    parser.addOption({QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv (default table)."),
                      CommandLine::tr("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("threshold"),
                      CommandLine::tr("Seconds without a report, on the dashboard's clock, before a server counts "
                                      "as offline (default 30)."),
                      CommandLine::tr("seconds"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("timeout"), CommandLine::tr("Request timeout in seconds (default 10)."),
                      CommandLine::tr("seconds"), QStringLiteral("10")});
}

} // namespace

bool CommandLine::wantsCommandLine(int argc, char **argv)
{
    if (argc > 1 && commands.contains(QString::fromLocal8Bit(argv[1])))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void CommandLine::addGuiOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("demo"), tr("Start a built-in demo dashboard and connect to it.")});
    parser.addOption({QStringLiteral("url"), tr("Nezha dashboard address, e.g. https://status.example.org."),
                      tr("url")});
    parser.addOption({QStringLiteral("token-file"),
                      tr("File holding the dashboard's API token (or set FARSIGHT_TOKEN). Never pass the token itself "
                         "as an argument."),
                      tr("file")});
    parser.addOption({QStringLiteral("minimized"), tr("GUI: start hidden in the tray.")});
    parser.addOption({QStringLiteral("lang"), tr("Language: %1.").arg(Translations::availableLanguages().join(QStringLiteral(", "))),
                      tr("code")});
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Farsight: a console for Nezha monitoring fleets."));
    parser.addHelpOption();
    parser.addVersionOption();
    addGuiOptions(parser);
    addCliOptions(parser);
    //: placeholder for the subcommand (servers or details) in the usage line
    const QString command = tr("command");
    parser.addPositionalArgument(command, tr("servers or details; none starts the GUI."),
                                 QLatin1Char('[') + command + QLatin1Char(']'));
    QString text = parser.helpText();
    // Qt's usage line names the binary as invoked (argv[0], often a full path); the help documents `farsight`.
    const QString invoked = QCoreApplication::arguments().value(0);
    const qsizetype at = invoked.isEmpty() ? -1 : text.left(text.indexOf(QLatin1Char('\n'))).indexOf(invoked);
    if (at >= 0)
        text.replace(at, invoked.size(), QStringLiteral("farsight"));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    text += QStringLiteral("  farsight servers --url URL --token-file FILE [--tag T] [--format table|json|csv] "
                           "[--threshold SECS]\n      ")
        + tr("List the servers (name, tag, status, last report, address).") + QLatin1Char('\n');
    text += QStringLiteral("  farsight details --url URL --token-file FILE [--id 1,2 | --tag T] [--format ...]\n      ")
        + tr("Show metrics (CPU, memory, disk, network, load, uptime) of all, some ids, or one tag.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("GUI:") + QStringLiteral(" farsight [--demo | --url URL --token-file FILE] [--minimized] [--lang en|zh_CN]\n");
    text += QLatin1Char('\n')
        + tr("Exit status: 0 success, 1 the dashboard failed or could not be reached, 2 bad arguments, "
             "3 the token was rejected.")
        + QLatin1Char('\n');
    return text;
}

QString CommandLine::readToken(const QString &file, QString *error)
{
    QString token;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the token file %1: %2").arg(file, f.errorString());
            return {};
        }
        token = QString::fromUtf8(f.readLine(4096)).trimmed();
        if (token.isEmpty())
            *error = tr("The token file %1 is empty.").arg(file);
        return token;
    }
    token = qEnvironmentVariable("FARSIGHT_TOKEN").trimmed();
    if (token.isEmpty())
        *error = tr("No API token: use --token-file FILE or set FARSIGHT_TOKEN.");
    return token;
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("farsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FARSIGHT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    addGuiOptions(parser);
    addCliOptions(parser);
    // The language first, so that every later message is translated; then parse again, because Qt's
    // own error text ("Unknown option") is translated when the parser produces it.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("lang")) && !Translations::instance().setLanguage(parser.value(QStringLiteral("lang"))))
        return failWith(UsageError, tr("Unknown language \"%1\"; available: %2")
                                        .arg(parser.value(QStringLiteral("lang")),
                                             Translations::availableLanguages().join(QStringLiteral(", "))));
    if (!parser.isSet(QStringLiteral("lang")))
        Translations::instance().setLanguage({});
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (!parsed)
        return failWith(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("farsight %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !commands.contains(positional.first()))
        return failWith(UsageError, tr("Unknown command \"%1\"; use servers or details (see --help).")
                                        .arg(positional.value(0)));
    if (positional.size() > 1)
        return failWith(UsageError, tr("Unexpected argument \"%1\" (see --help).").arg(positional.at(1)));
    return runFetch(positional.first(), parser);
}

int CommandLine::runFetch(const QString &command, const QCommandLineParser &parser)
{
    const bool details = command == QLatin1String("details");
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
    if (!parser.isSet(QStringLiteral("url")) || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return failWith(UsageError, tr("Give the dashboard address with --url, e.g. --url https://status.example.org."));
    FleetPrinter::Format format = FleetPrinter::Format::Table;
    if (!FleetPrinter::parseFormat(parser.value(QStringLiteral("format")), &format))
        return failWith(UsageError, tr("Unknown format \"%1\"; use table, json or csv.").arg(parser.value(QStringLiteral("format"))));
    bool ok = false;
    const int threshold = parser.value(QStringLiteral("threshold")).toInt(&ok);
    if (!ok || threshold < 1)
        return failWith(UsageError, tr("--threshold needs a positive number of seconds."));
    const int timeoutSecs = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSecs < 1 || timeoutSecs > 600)
        return failWith(UsageError, tr("--timeout needs a number of seconds between 1 and 600."));

    DetailsQuery query = DetailsQuery::all();
    const QString tag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("id"))) {
        if (!details)
            return failWith(UsageError, tr("--id only applies to the details command."));
        if (parser.isSet(QStringLiteral("tag"))) // a v0 dashboard would silently ignore the ids
            return failWith(UsageError, tr("Use either --id or --tag, not both."));
        QList<quint64> ids;
        for (const QString &piece : parser.value(QStringLiteral("id")).split(QLatin1Char(','))) {
            const quint64 id = piece.trimmed().toULongLong(&ok);
            if (!ok || id == 0)
                return failWith(UsageError, tr("Invalid server id \"%1\" in --id.").arg(piece));
            ids << id;
        }
        query = DetailsQuery::byIds(ids);
    } else if (parser.isSet(QStringLiteral("tag"))) {
        if (tag.isEmpty())
            return failWith(UsageError, tr("--tag needs a tag; an empty tag would list every server."));
        query = DetailsQuery::byTag(tag);
    }

    QString error;
    const QString token = readToken(parser.value(QStringLiteral("token-file")), &error);
    if (token.isEmpty())
        return failWith(UsageError, error);

    QNetworkAccessManager nam;
    NezhaV0Driver driver(&nam);
    DashboardConnection connection;
    connection.url = url;
    connection.token = token;
    driver.setConnection(connection);
    driver.setRequestTimeoutMs(timeoutSecs * 1000);

    std::optional<FleetSnapshot> snapshot;
    ApiError failure;
    const auto done = [&](const FleetSnapshot &s) {
        snapshot = s;
        QCoreApplication::exit(0);
    };
    QObject::connect(&driver, &DashboardDriver::serverListReceived, &driver, done);
    QObject::connect(&driver, &DashboardDriver::detailsReceived, &driver, done);
    QObject::connect(&driver, &DashboardDriver::requestFailed, &driver,
                     [&](DashboardDriver::Endpoint, const ApiError &e) {
                         failure = e;
                         QCoreApplication::exit(1);
                     });
    if (details)
        driver.fetchDetails(query);
    else
        driver.fetchServerList(tag);
    QCoreApplication::exec();

    if (!snapshot)
        return failWith(failure.kind == ApiError::Kind::Auth ? AuthRejected : Failed,
                        failure.isError() ? failure.text() : tr("No answer from the dashboard."));
    const FleetPrinter::Columns columns = details ? FleetPrinter::Columns::Details : FleetPrinter::Columns::List;
    QTextStream out(stdout);
    out << FleetPrinter::render(*snapshot, format, columns, threshold);
    out.flush();
    return Success;
}
