// farsight-demo-dashboard: a simulated Nezha v0 dashboard on 127.0.0.1 for trying Farsight and for tests.
//   farsight-demo-dashboard [--port 0] [--servers 12] [--token-file F] [--seed S] [--fault MODE]
//                           [--grafana-version 8|9|10|11|12]
// Serves the Nezha API and the Grafana admin API (login admin / admin-demo) of the chosen Grafana release;
// --fault also makes the Grafana routes misbehave (slow, 500, an HTML page, truncated). Prints its URL on stdout (one line,
// for scripts) and one start-up line on stderr naming both APIs, the Grafana login and the token file, then
// serves until killed. The token is never printed: it is read from --token-file when that file exists, otherwise
// generated and written there (or to a file in the runtime directory) as 0600.

#include "demo/DemoDashboard.h"
#include "demo/grafana/GrafanaDemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDashboardMain)
};

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

bool writeSecretFile(const QString &path, const QString &token)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(token.toLatin1() + '\n') > 0 && file.flush();
}

// Where the token goes without --token-file: $XDG_RUNTIME_DIR (or the temporary directory), per process.
QString defaultTokenPath(const QString &pid)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(dir.isEmpty() ? QDir::tempPath() : dir).filePath(QStringLiteral("farsight-demo-token-") + pid);
}

// The Grafana routes' version of a --fault mode (modes without one leave Grafana well-behaved).
GrafanaDemo::Fault grafanaFault(DemoDashboard::Fault fault)
{
    switch (fault) {
    case DemoDashboard::Fault::Slow: return GrafanaDemo::Fault::Slow;
    case DemoDashboard::Fault::ServerError: return GrafanaDemo::Fault::ServerError;
    case DemoDashboard::Fault::HtmlNotFound: return GrafanaDemo::Fault::HtmlPage;
    case DemoDashboard::Fault::TruncatedJson: return GrafanaDemo::Fault::Truncated;
    default: return GrafanaDemo::Fault::None;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("farsight-demo-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FARSIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("A simulated Nezha dashboard on 127.0.0.1 for trying Farsight. It also serves the Grafana admin API "
               "(login %1 / %2). The API token is read from --token-file, or written there (0600); without "
               "--token-file it goes to %3.")
            .arg(DemoDashboard::grafanaUser(), DemoDashboard::grafanaPassword(), defaultTokenPath(QStringLiteral("PID"))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("TCP port on 127.0.0.1 (0 picks a free one)."),
                                  Tr::tr("port"), QStringLiteral("0"));
    const QCommandLineOption servers(QStringLiteral("servers"), Tr::tr("Number of simulated servers."),
                                     Tr::tr("count"), QString::number(SimulatedFleet::DefaultCount));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       Tr::tr("Read the API token from this file, or write a new one there (0600)."),
                                       Tr::tr("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the simulation."), Tr::tr("number"),
                                  QStringLiteral("1"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   Tr::tr("Misbehave on purpose: %1.").arg(DemoDashboard::faultNames().join(QStringLiteral(", "))),
                                   Tr::tr("mode"), QStringLiteral("none"));
    const QCommandLineOption api(QStringLiteral("api"), Tr::tr("Nezha API generation to speak: v0, v1 or v2."),
                                 Tr::tr("generation"), QStringLiteral("v0"));
    const QCommandLineOption jwtTtl(QStringLiteral("jwt-ttl"), Tr::tr("v1/v2: lifetime of a login in seconds."),
                                    Tr::tr("seconds"), QStringLiteral("3600"));
    const QCommandLineOption tsdb(QStringLiteral("tsdb"), Tr::tr("v2: keep metric history (on) or not (off)."),
                                  Tr::tr("on|off"), QStringLiteral("on"));
    const QCommandLineOption patFile(QStringLiteral("pat-file"),
                                     Tr::tr("v2: write a new personal access token to this file (0600)."),
                                     Tr::tr("file"));
    const QCommandLineOption grafanaVersion(
        QStringLiteral("grafana-version"),
        Tr::tr("Grafana release the admin API plays: 8, 9, 10, 11 or 12 (default %1).").arg(GrafanaDemoStore::DefaultVersion),
        Tr::tr("major"), QString::number(GrafanaDemoStore::DefaultVersion));
    parser.addOptions({port, servers, tokenFile, seed, fault, api, jwtTtl, tsdb, patFile, grafanaVersion});
    parser.process(app);

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(Tr::tr("Invalid port: %1").arg(parser.value(port)));
    const int count = parser.value(servers).toInt(&ok);
    if (!ok || count < 0 || count > 100000)
        return fail(Tr::tr("Invalid number of servers: %1").arg(parser.value(servers)));
    const uint seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(Tr::tr("Invalid seed: %1").arg(parser.value(seed)));
    DemoDashboard::Fault faultValue = DemoDashboard::Fault::None;
    if (!DemoDashboard::parseFault(parser.value(fault), &faultValue))
        return fail(Tr::tr("Unknown fault mode \"%1\"; expected one of: %2")
                        .arg(parser.value(fault), DemoDashboard::faultNames().join(QStringLiteral(", "))));

    DemoDashboard::Generation generation = DemoDashboard::Generation::V0;
    if (!DemoDashboard::parseGeneration(parser.value(api), &generation))
        return fail(Tr::tr("Unknown API generation \"%1\"; expected v0, v1 or v2").arg(parser.value(api)));
    const int ttl = parser.value(jwtTtl).toInt(&ok);
    if (!ok || ttl < 1)
        return fail(Tr::tr("Invalid login lifetime: %1").arg(parser.value(jwtTtl)));
    const QString tsdbValue = parser.value(tsdb).trimmed().toLower();
    if (tsdbValue != QLatin1String("on") && tsdbValue != QLatin1String("off"))
        return fail(Tr::tr("Invalid --tsdb value \"%1\"; expected on or off").arg(parser.value(tsdb)));
    const int grafanaMajor = parser.value(grafanaVersion).toInt(&ok);
    if (!ok || !GrafanaDemoStore::isSupportedVersion(grafanaMajor))
        return fail(Tr::tr("Unknown Grafana version \"%1\"; expected 8, 9, 10, 11 or 12").arg(parser.value(grafanaVersion)));
    if (parser.isSet(patFile) && generation != DemoDashboard::Generation::V2)
        return fail(Tr::tr("Personal access tokens need --api v2."));

    DemoDashboard dashboard(count, seedValue);
    dashboard.setFault(faultValue);
    dashboard.setGeneration(generation);
    dashboard.setJwtTtlSecs(ttl);
    dashboard.setTsdbEnabled(tsdbValue == QLatin1String("on"));
    dashboard.grafana()->store().setVersion(grafanaMajor);
    dashboard.grafana()->setFault(grafanaFault(faultValue));
    if (parser.isSet(patFile)) {
        const QString pat = dashboard.createPersonalAccessToken({QStringLiteral("nezha:*")});
        if (!writeSecretFile(parser.value(patFile), pat))
            return fail(Tr::tr("Cannot write the token file %1.").arg(parser.value(patFile)));
    }
    if (generation != DemoDashboard::Generation::V0)
        //: %1 is the user name, %2 the password of the demo dashboard (published demo credentials)
        QTextStream(stderr) << Tr::tr("Demo login: %1 / %2").arg(DemoDashboard::loginUser(), DemoDashboard::loginPassword())
                            << Qt::endl;

    QString path = parser.value(tokenFile);
    QFile existing(path);
    if (!path.isEmpty() && existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return fail(Tr::tr("Cannot read the token file %1: %2").arg(path, existing.errorString()));
        const QString token = QString::fromUtf8(existing.readAll()).trimmed();
        if (token.isEmpty())
            return fail(Tr::tr("The token file %1 is empty.").arg(path));
        dashboard.setToken(token);
    } else {
        if (path.isEmpty())
            path = defaultTokenPath(QString::number(QCoreApplication::applicationPid()));
        if (!writeSecretFile(path, dashboard.token()))
            return fail(Tr::tr("Cannot write the token file %1.").arg(path));
    }

    if (!dashboard.listen(quint16(portValue)))
        return fail(Tr::tr("Cannot listen on 127.0.0.1:%1.").arg(portValue));
    QTextStream(stdout) << dashboard.url().toString() << Qt::endl;
    std::fflush(stdout);
    //: %1 = URL, %2 / %3 = the Grafana demo login (user / password), %4 = path of the token file
    QTextStream(stderr) << Tr::tr("Demo dashboard at %1: Nezha API and Grafana admin API; Grafana login %2 / %3; "
                                  "API token in %4")
                               .arg(dashboard.url().toString(), DemoDashboard::grafanaUser(),
                                    DemoDashboard::grafanaPassword(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                        << Qt::endl;
    return app.exec();
}
