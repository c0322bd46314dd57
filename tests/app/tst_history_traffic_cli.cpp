// `farsight traffic`: reads the local history file of a dashboard read-only and prints this cycle's traffic per
// server (JSON and table); without a file it says so and exits 1; an unknown format is a usage error.
#include "cli/CommandLine.h"
#include "cli/ConnectionOptions.h"
#include "cli/TrafficCommand.h"
#include "history/HistoryDatabase.h"
#include "history/LocalHistory.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace {

// Runs the subcommand with `args`, returns its exit code and what it printed on stdout.
int runTraffic(const QStringList &args, QByteArray *printed)
{
    QCommandLineParser parser;
    parser.addOptions(TrafficCommand::options());
    parser.addOptions(ConnectionOptions::options());
    if (!parser.parse(QStringList{QStringLiteral("farsight"), QStringLiteral("traffic")} + args))
        return -1;
    QTemporaryFile capture;
    capture.open();
    std::fflush(stdout);
    const int saved = dup(STDOUT_FILENO);
    dup2(capture.handle(), STDOUT_FILENO);
    const int code = TrafficCommand::run(parser);
    std::fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    capture.seek(0);
    *printed = capture.readAll();
    return code;
}

} // namespace

class TstHistoryTrafficCli : public QObject
{
    Q_OBJECT
    const QUrl m_url{QStringLiteral("https://nz.example")};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Farsight"));
        QFile::remove(LocalHistory::pathForUrl(m_url));
    }

    void noStoreSaysSoAndExits1()
    {
        QByteArray printed;
        QCOMPARE(runTraffic({QStringLiteral("--url"), m_url.toString()}, &printed), int(CommandLine::Failed));
        QVERIFY(printed.isEmpty());
    }

    void unknownFormatIsAUsageError()
    {
        QByteArray printed;
        QCOMPARE(runTraffic({QStringLiteral("--url"), m_url.toString(), QStringLiteral("--format"), QStringLiteral("csv")},
                            &printed),
                 int(CommandLine::UsageError));
    }

    void printsThisCycleFromTheStore()
    {
        const QString path = LocalHistory::pathForUrl(m_url);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (int step = 0; step < 3; ++step) {
                QList<HistorySample> batch;
                for (quint64 id : {5, 12}) {
                    HistorySample s;
                    s.serverId = id;
                    s.tSecs = now - 60 + 10 * step;
                    s.values.fill(1);
                    s.name = QStringLiteral("node-%1").arg(id);
                    s.inTransfer = 1000 * id * quint64(step + 1); // +1000*id per step
                    s.outTransfer = 10 * quint64(step + 1);
                    batch << s;
                }
                QVERIFY(db.write(batch));
            }
        }
        QByteArray printed;
        QCOMPARE(runTraffic({QStringLiteral("--url"), m_url.toString(), QStringLiteral("--format"), QStringLiteral("json")},
                            &printed),
                 int(CommandLine::Success));
        const QJsonObject root = QJsonDocument::fromJson(printed).object();
        const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("node-12"));
        QCOMPARE(servers.at(1).toObject().value(QStringLiteral("in_bytes")).toInteger(), 24000);
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("out_bytes")).toInteger(), 20);
        QCOMPARE(root.value(QStringLiteral("cycle_start_day")).toInt(), 1);

        QCOMPARE(runTraffic({QStringLiteral("--url"), m_url.toString()}, &printed), int(CommandLine::Success));
        QVERIFY2(printed.contains("node-12") && printed.contains("23.4 KiB"), printed.constData());
    }
};

QTEST_GUILESS_MAIN(TstHistoryTrafficCli)
#include "tst_history_traffic_cli.moc"
