// farsight_soak: the long-running check of issue 10 (not a CTest test; scripts/soak.sh builds and runs it).
// A 1,000-server demo dashboard and the app's poller, offline policy and history in one process; faults
// cycle every --cycle-secs for --minutes at a --poll-ms poll. Prints progress to stderr and the report to
// stdout; exits 1 when an expectation is violated (RSS spread over 5 % after warm-up, an outage or recovery
// not announced exactly once, data not stale during a fault or not fresh after it), 2 on bad arguments.
//
//   farsight_soak [--minutes 30] [--cycle-secs 30] [--servers 1000] [--poll-ms 1000] [--history-samples 120]

#include "SoakRunner.h"

#include <QCommandLineParser>
#include "net/AllocatorPolicy.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace {

bool parseOptions(const QCoreApplication &app, SoakRunner::Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Farsight soak: faults cycling against a demo dashboard."));
    parser.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Run time."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption cycle(QStringLiteral("cycle-secs"), QStringLiteral("Fault / healthy window length."), QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption servers(QStringLiteral("servers"), QStringLiteral("Demo servers."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption poll(QStringLiteral("poll-ms"), QStringLiteral("Poll interval."), QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption history(QStringLiteral("history-samples"), QStringLiteral("History ring per server."), QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption warmup(QStringLiteral("warmup-secs"), QStringLiteral("RSS warm-up (default: one fault rotation)."), QStringLiteral("s"), QStringLiteral("-1"));
    parser.addOptions({minutes, cycle, servers, poll, history, warmup});
    parser.process(app);
    bool ok[6] = {};
    options->minutes = parser.value(minutes).toDouble(&ok[0]);
    options->cycleSecs = parser.value(cycle).toInt(&ok[1]);
    options->servers = parser.value(servers).toInt(&ok[2]);
    options->pollMs = parser.value(poll).toInt(&ok[3]);
    options->historySamples = parser.value(history).toInt(&ok[4]);
    options->warmupSecs = parser.value(warmup).toInt(&ok[5]);
    return std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) && options->minutes > 0
        && options->cycleSecs > 0 && options->servers > 0 && options->pollMs >= 100 && options->historySamples > 0;
}

} // namespace

int main(int argc, char **argv)
{
    AllocatorPolicy::applyForLongRunningProcess(); // as farsight's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    SoakRunner::Options options;
    if (!parseOptions(app, &options)) {
        QTextStream(stderr) << "farsight_soak: bad arguments (see --help)\n";
        return 2;
    }
    SoakRunner runner(options);
    QString error;
    if (!runner.start(&error)) {
        QTextStream(stderr) << "farsight_soak: " << error << '\n';
        return 2;
    }
    out << QString::asprintf("farsight soak: %d servers, poll %d ms, %d windows of %d s (%.1f min), history %d "
                             "samples/server, RSS every %d s, warm-up %d s\n",
                             options.servers, options.pollMs, runner.phaseCount(), options.cycleSecs,
                             runner.phaseCount() * options.cycleSecs / 60.0, options.historySamples,
                             options.rssEverySecs, runner.warmupSecs());
    out.flush();
    QObject::connect(&runner, &SoakRunner::finished, &app, [&] {
        out << runner.ledger().report();
        const QStringList violations = runner.ledger().violations();
        for (const QString &v : violations)
            out << "VIOLATION: " << v << '\n';
        out << (violations.isEmpty() ? "SOAK PASSED\n" : "SOAK FAILED\n");
        out.flush();
        app.exit(violations.isEmpty() ? 0 : 1);
    });
    return app.exec();
}
