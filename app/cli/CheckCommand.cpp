#include "cli/CheckCommand.h"

#include "cli/CheckReport.h"
#include "cli/CommandLine.h"
#include "cli/FleetCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

int print(const CheckReport &report)
{
    QTextStream out(stdout);
    out << report.line << Qt::endl;
    return report.state;
}

} // namespace

namespace CheckCommand {

QList<QCommandLineOption> options()
{
    QList<QCommandLineOption> result{
        {{QStringLiteral("w"), QStringLiteral("warning")},
         //: do not translate the metric names cpu, mem, disk, offline: they are typed as shown
         CommandLine::tr("check: WARNING thresholds, e.g. cpu=80,mem=90,disk=90,offline=0 (Monitoring Plugins "
                         "ranges: 80, 10:, ~:80, @10:20)."),
         CommandLine::tr("list")},
        {{QStringLiteral("c"), QStringLiteral("critical")},
         CommandLine::tr("check: CRITICAL thresholds, same syntax as --warning."),
         CommandLine::tr("list")},
    };
    for (const QCommandLineOption &option : FleetCommand::options()) {
        if (!option.names().contains(QStringLiteral("format")))
            result << option;
    }
    return result;
}

int usageError(const QString &message)
{
    return print(CheckReport::unknown(message));
}

int run(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("format")))
        return usageError(CommandLine::tr("check prints one status line; --format does not apply."));
    CheckThresholds warning;
    CheckThresholds critical;
    QString error;
    if (!warning.parse(parser.value(QStringLiteral("warning")), &error) ||
        !critical.parse(parser.value(QStringLiteral("critical")), &error))
        return usageError(error);
    FleetCommand::Fetch request;
    request.details = true;
    error = FleetCommand::readFetch(parser, &request);
    if (!error.isEmpty())
        return usageError(error);
    ApiError failure;
    const std::optional<FleetSnapshot> snapshot = FleetCommand::fetch(request, &failure);
    if (!snapshot)
        return print(CheckReport::unknown(failure.isError() ? failure.text()
                                                            : CommandLine::tr("No answer from the dashboard.")));
    return print(CheckReport::evaluate(*snapshot, warning, critical, request.threshold));
}

} // namespace CheckCommand
