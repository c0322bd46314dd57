#include "cli/Subcommands.h"

#include "cli/CheckCommand.h"
#include "cli/FleetCommand.h"
#include "cli/grafana/GrafanaCommand.h"
#include "cli/TrafficCommand.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace {

// clang-format off
const QList<Subcommand> table = {
    {"servers", "--url URL CREDENTIALS [--tag T] [--format table|json|csv] [--threshold SECS]",
     QT_TRANSLATE_NOOP("CommandLine", "List the servers (name, tag, status, last report, address)."),
     &FleetCommand::options, &FleetCommand::runServers},
    {"details", "--url URL CREDENTIALS [--id 1,2 | --tag T] [--format ...]",
     QT_TRANSLATE_NOOP("CommandLine", "Show metrics (CPU, memory, disk, network, load, uptime) of all, some ids, or one tag."),
     &FleetCommand::options, &FleetCommand::runDetails},
    {"check", "--url URL CREDENTIALS [--id N | --tag T] [-w cpu=80,mem=90,disk=90,offline=0] [-c ...]",
     QT_TRANSLATE_NOOP("CommandLine", "Monitoring plugin: one status line with perfdata; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."),
     &CheckCommand::options, &CheckCommand::run, &CheckCommand::usageError},
    {"grafana", "--url URL --user NAME --password-file FILE [--format table|json] [--yes] COMMAND ...",
     QT_TRANSLATE_NOOP("CommandLine", "Administer a Grafana 8-12 server: health, whoami, settings, stats, usage-report, users, sessions, reload, encryption (see docs/grafana-cli.md)."),
     &GrafanaCommand::options, &GrafanaCommand::run, nullptr, true},
    {"traffic", "[--profile NAME | --url URL] [--month] [--format table|json]",
     QT_TRANSLATE_NOOP("CommandLine", "Show each server's traffic in/out this billing cycle from the local history (no dashboard asked)."),
     &TrafficCommand::options, &TrafficCommand::run},
};
// clang-format on

} // namespace

namespace Subcommands {

const QList<Subcommand> &all()
{
    return table;
}

QStringList names()
{
    QStringList result;
    for (const Subcommand &command : table)
        result << QLatin1String(command.name);
    return result;
}

const Subcommand *find(QStringView name)
{
    const auto it =
        std::find_if(table.cbegin(), table.cend(), [&](const Subcommand &c) { return name == QLatin1String(c.name); });
    return it == table.cend() ? nullptr : &*it;
}

int editDistance(QStringView a, QStringView b)
{
    // Three rows of the dynamic-programming table are enough for the swap rule.
    const qsizetype n = b.size();
    std::vector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

QString closest(QStringView typed, const QStringList &candidates)
{
    if (typed.isEmpty())
        return {};
    // Up to a third of the word may be wrong ("sevrers", "detials", "srvers"), at least one edit, at most two.
    const int allowed = int(std::clamp<qsizetype>(typed.size() / 3, 1, 2));
    QString best;
    int bestDistance = allowed + 1;
    QStringList prefixed;
    for (const QString &candidate : candidates) {
        const int d = editDistance(typed.toString().toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
        if (typed.size() >= 3 && candidate.startsWith(typed, Qt::CaseInsensitive))
            prefixed << candidate;
    }
    if (best.isEmpty() && prefixed.size() == 1)
        best = prefixed.first();
    return best;
}

} // namespace Subcommands
