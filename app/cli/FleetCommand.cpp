#include "cli/FleetCommand.h"

#include "cli/CommandLine.h"
#include "cli/ConnectionOptions.h"
#include "cli/DriverFactory.h"
#include "cli/FleetPrinter.h"
#include "nezha/DashboardDriver.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <optional>

namespace {

struct FetchRequest : FleetCommand::Fetch
{
    FleetPrinter::Format format = FleetPrinter::Format::Table;
};

// --id / --tag into request->query. Returns the translated reason when they do not fit, else empty.
QString readQuery(const QCommandLineParser &parser, FleetCommand::Fetch *request)
{
    request->tag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("id"))) {
        if (!request->details)
            return CommandLine::tr("--id only applies to the details command.");
        if (parser.isSet(QStringLiteral("tag"))) // a v0 dashboard would silently ignore the ids
            return CommandLine::tr("Use either --id or --tag, not both.");
        QList<quint64> ids;
        for (const QString &piece : parser.value(QStringLiteral("id")).split(QLatin1Char(','))) {
            bool ok = false;
            const quint64 id = piece.trimmed().toULongLong(&ok);
            if (!ok || id == 0)
                return CommandLine::tr("Invalid server id \"%1\" in --id.").arg(piece);
            ids << id;
        }
        request->query = DetailsQuery::byIds(ids);
    } else if (parser.isSet(QStringLiteral("tag"))) {
        if (request->tag.isEmpty())
            return CommandLine::tr("--tag needs a tag; an empty tag would list every server.");
        request->query = DetailsQuery::byTag(request->tag);
    }
    return {};
}

// Every option into *request, the address first and the credentials last. Returns the translated reason for a
// usage error, else empty.
QString readRequest(const QCommandLineParser &parser, FetchRequest *request)
{
    const QString urlError = ConnectionOptions::readUrl(parser, &request->connection);
    if (!urlError.isEmpty())
        return urlError;
    if (!FleetPrinter::parseFormat(parser.value(QStringLiteral("format")), &request->format))
        return CommandLine::tr("Unknown format \"%1\"; use table, json or csv.")
            .arg(parser.value(QStringLiteral("format")));
    return FleetCommand::readFetch(parser, request);
}

int fetchAndPrint(const FetchRequest &request)
{
    ApiError failure;
    const std::optional<FleetSnapshot> snapshot = FleetCommand::fetch(request, &failure);
    if (!snapshot)
        return CommandLine::fail(failure.kind == ApiError::Kind::Auth ? CommandLine::AuthRejected : CommandLine::Failed,
                                 failure.isError() ? failure.text() : CommandLine::tr("No answer from the dashboard."));
    const auto columns = request.details ? FleetPrinter::Columns::Details : FleetPrinter::Columns::List;
    QTextStream out(stdout);
    out << FleetPrinter::render(*snapshot, request.format, columns, request.threshold);
    out.flush();
    return CommandLine::Success;
}

int run(const QCommandLineParser &parser, bool details)
{
    FetchRequest request;
    request.details = details;
    const QString error = readRequest(parser, &request);
    if (!error.isEmpty())
        return CommandLine::fail(CommandLine::UsageError, error);
    return fetchAndPrint(request);
}

} // namespace

namespace FleetCommand {

QString readFetch(const QCommandLineParser &parser, Fetch *request)
{
    const QString urlError = ConnectionOptions::readUrl(parser, &request->connection);
    if (!urlError.isEmpty())
        return urlError;
    bool ok = false;
    request->threshold = parser.value(QStringLiteral("threshold")).toInt(&ok);
    if (!ok || request->threshold < 1)
        return CommandLine::tr("--threshold needs a positive number of seconds.");
    request->timeoutSecs = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || request->timeoutSecs < 1 || request->timeoutSecs > 600)
        return CommandLine::tr("--timeout needs a number of seconds between 1 and 600.");
    const QString queryError = readQuery(parser, request);
    if (!queryError.isEmpty())
        return queryError;
    return ConnectionOptions::read(parser, &request->connection);
}

std::optional<FleetSnapshot> fetch(const Fetch &request, ApiError *failure)
{
    QNetworkAccessManager nam;
    const std::unique_ptr<DashboardDriver> driver = createCommandLineDriver(&nam);
    driver->setConnection(request.connection);
    driver->setRequestTimeoutMs(request.timeoutSecs * 1000);

    std::optional<FleetSnapshot> snapshot;
    const auto done = [&](const FleetSnapshot &s) {
        snapshot = s;
        QCoreApplication::exit(0);
    };
    QObject::connect(driver.get(), &DashboardDriver::serverListReceived, driver.get(), done);
    QObject::connect(driver.get(), &DashboardDriver::detailsReceived, driver.get(), done);
    QObject::connect(driver.get(), &DashboardDriver::requestFailed, driver.get(),
                     [&](DashboardDriver::Endpoint, const ApiError &e) {
                         *failure = e;
                         QCoreApplication::exit(1);
                     });
    if (request.details)
        driver->fetchDetails(request.query);
    else
        driver->fetchServerList(request.tag);
    QCoreApplication::exec();
    return snapshot;
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("tag"), CommandLine::tr("Only servers with this tag (exact, case-sensitive)."),
         CommandLine::tr("tag")},
        {QStringLiteral("id"), CommandLine::tr("details, check: only these server ids, comma-separated."),
         CommandLine::tr("ids")},
        {QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv (default table)."),
         CommandLine::tr("format"), QStringLiteral("table")},
        {QStringLiteral("threshold"),
         CommandLine::tr("Seconds without a report, on the dashboard's clock, before a server counts as offline "
                         "(default 30)."),
         CommandLine::tr("seconds"), QStringLiteral("30")},
        {QStringLiteral("timeout"), CommandLine::tr("Request timeout in seconds (default 10)."),
         CommandLine::tr("seconds"), QStringLiteral("10")},
    };
}

int runServers(const QCommandLineParser &parser)
{
    return run(parser, false);
}

int runDetails(const QCommandLineParser &parser)
{
    return run(parser, true);
}

} // namespace FleetCommand
