#include "cli/CheckReport.h"

#include "cli/FleetPrinter.h"

#include <algorithm>
#include <optional>

namespace {

constexpr int MaxProblemsShown = 3;
constexpr int MaxNameLength = 40;

struct Problem
{
    CheckReport::State state;
    QString text;
};

std::optional<double> percentOf(quint64 used, quint64 total)
{
    if (total == 0)
        return std::nullopt;
    return std::clamp(100.0 * double(used) / double(total), 0.0, 100.0);
}

std::optional<double> metricValue(const ServerSnapshot &server, const QString &metric)
{
    if (!server.hasDetails)
        return std::nullopt;
    if (metric == QLatin1String("cpu"))
        return server.status.cpu;
    if (metric == QLatin1String("mem"))
        return percentOf(server.status.memUsed, server.host.memTotal);
    return percentOf(server.status.diskUsed, server.host.diskTotal);
}

QString number(double value)
{
    return QString::number(value, 'f', 1); // always a '.', whatever the locale: perfdata is parsed by machines
}

// Critical when the critical range alerts, else warning when the warning range does, else OK.
CheckReport::State judge(double value, const CheckRange *warning, const CheckRange *critical)
{
    if (critical && critical->alerts(value))
        return CheckReport::Critical;
    if (warning && warning->alerts(value))
        return CheckReport::Warning;
    return CheckReport::Ok;
}

QString perf(const QString &label, const QString &value, const QString &unit, const CheckThresholds &warning,
             const CheckThresholds &critical, const QString &max)
{
    return QStringLiteral("'%1'=%2%3;%4;%5;0;%6")
        .arg(label, value, unit, warning.text(label), critical.text(label), max);
}

} // namespace

QString CheckReport::summaryText(int total, int offline, int never, const QStringList &problems)
{
    QString summary = tr("%n server(s)", "", total) + QStringLiteral(", ") + tr("%n offline", "", offline);
    if (never > 0)
        summary += QStringLiteral(", ") + tr("%n never reported", "", never);
    if (!problems.isEmpty())
        summary += QStringLiteral(": ") + problems.join(QStringLiteral(", "));
    return summary;
}

QString CheckReport::stateName(State state)
{
    switch (state) {
    case Ok:
        return QStringLiteral("OK");
    case Warning:
        return QStringLiteral("WARNING");
    case Critical:
        return QStringLiteral("CRITICAL");
    case Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString CheckReport::shortName(const QString &serverName)
{
    QString name = FleetPrinter::sanitize(serverName).replace(QLatin1Char('|'), QLatin1Char('/')).simplified();
    if (name.size() > MaxNameLength)
        name = name.left(MaxNameLength - 1) + QChar(0x2026);
    return name;
}

CheckReport CheckReport::unknown(const QString &reason)
{
    CheckReport report;
    report.line = QStringLiteral("FARSIGHT UNKNOWN - ") + FleetPrinter::sanitize(reason).simplified();
    report.line.replace(QLatin1Char('|'), QLatin1Char('/'));
    return report;
}

CheckReport CheckReport::evaluate(const FleetSnapshot &snapshot, const CheckThresholds &warning,
                                  const CheckThresholds &critical, int offlineThresholdSecs)
{
    const qsizetype total = snapshot.servers.size();
    if (total == 0)
        return unknown(tr("No server matches the selection."));
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    QList<Problem> problems;
    int offline = 0;
    int never = 0;
    QStringList perfdata{QStringLiteral("'servers'=%1;;;0").arg(total)};
    for (const ServerSnapshot &s : snapshot.servers) {
        const ServerState state = serverStateAt(s, nowSecs, offlineThresholdSecs);
        offline += state == ServerState::Offline;
        never += state == ServerState::NeverReported;
    }
    const State offlineState =
        judge(offline, warning.range(QStringLiteral("offline")), critical.range(QStringLiteral("offline")));
    if (offlineState != Ok)
        problems << Problem{offlineState, tr("offline %1").arg(offline)};
    perfdata << perf(QStringLiteral("offline"), QString::number(offline), {}, warning, critical,
                     QString::number(total));
    for (const QString &metric : {QStringLiteral("cpu"), QStringLiteral("mem"), QStringLiteral("disk")}) {
        std::optional<double> highest;
        for (const ServerSnapshot &s : snapshot.servers) {
            const auto value = serverStateAt(s, nowSecs, offlineThresholdSecs) == ServerState::Online
                                   ? metricValue(s, metric)
                                   : std::nullopt;
            if (!value)
                continue;
            highest = std::max(highest.value_or(*value), *value);
            const State state = judge(*value, warning.range(metric), critical.range(metric));
            if (state != Ok)
                //: a threshold exceeded: metric (cpu, mem, disk), its value, the server's name
                problems << Problem{state, tr("%1 %2% on %3").arg(metric, number(*value), shortName(s.name))};
        }
        perfdata << perf(metric, highest ? number(*highest) : QStringLiteral("U"),
                         highest ? QStringLiteral("%") : QString(), warning, critical, QStringLiteral("100"));
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.state > b.state; });

    CheckReport report;
    report.state = problems.isEmpty() ? Ok : problems.first().state;
    QStringList shown;
    for (qsizetype i = 0; i < problems.size() && i < MaxProblemsShown; ++i)
        shown << problems.at(i).text;
    if (problems.size() > MaxProblemsShown)
        shown << tr("and %n more", "", int(problems.size() - MaxProblemsShown));
    const QString summary = summaryText(int(total), offline, never, shown);
    report.line =
        QStringLiteral("FARSIGHT %1 - %2 | %3").arg(stateName(report.state), summary, perfdata.join(QLatin1Char(' ')));
    return report;
}
