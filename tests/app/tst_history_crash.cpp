// Crash mid-write: a child process (this executable, re-run with FARSIGHT_HISTORY_CRASH_CHILD) writes batches
// as fast as it can and reports each commit; the test kills it with SIGKILL while it writes, reopens the file
// and finds every reported batch and no partial one (at most the batch in flight is lost).
#include "history/HistoryDatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

constexpr int ServersPerBatch = 200;
constexpr qint64 Base = 1793577600;

int runChild(const QString &path)
{
    HistoryDatabase db;
    if (!db.open(path))
        return 1;
    for (int k = 1;; ++k) {
        QList<HistorySample> batch;
        for (int s = 1; s <= ServersPerBatch; ++s) {
            HistorySample sample;
            sample.serverId = quint64(s);
            sample.tSecs = Base + 3LL * k;
            sample.values.fill(float(k));
            sample.inTransfer = quint64(k) * 1000;
            sample.name = QStringLiteral("s%1").arg(s);
            batch << sample;
        }
        if (!db.write(batch))
            return 2;
        std::printf("committed %d\n", k);
        std::fflush(stdout);
    }
}

} // namespace

class TstHistoryCrash : public QObject
{
    Q_OBJECT
private slots:
    void killDuringWritesLosesAtMostTheLastBatch_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early, during the first roll-ups") << 5;
        QTest::newRow("later, many batches in") << 60;
    }
    void killDuringWritesLosesAtMostTheLastBatch()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FARSIGHT_HISTORY_CRASH_CHILD"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        int reported = 0;
        while (reported < killAfter) {
            QVERIFY2(child.waitForReadyRead(10000), "the child stopped reporting");
            out += child.readAllStandardOutput();
            reported = out.count("committed");
        }
        child.kill(); // SIGKILL, in the middle of the next batch
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        const int lastReported = lines.last().split(' ').value(1).toInt();
        QVERIFY(lastReported >= killAfter);

        HistoryDatabase db; // reopening also recovers the WAL
        QVERIFY2(db.open(path), qPrintable(db.error()));
        const qint64 rows = db.rowCount(HistoryDatabase::Tier::Raw);
        QCOMPARE(rows % ServersPerBatch, 0); // no half batch
        const qint64 batches = rows / ServersPerBatch;
        QVERIFY2(batches == lastReported || batches == lastReported + 1,
                 qPrintable(QStringLiteral("%1 batches kept, %2 reported").arg(batches).arg(lastReported)));
        // The traffic counters went in the same transactions as the samples.
        QCOMPARE(db.counters().value(1).lastIn, quint64(batches) * 1000);
    }
};

int main(int argc, char **argv)
{
    const QString childPath = qEnvironmentVariable("FARSIGHT_HISTORY_CRASH_CHILD");
    QCoreApplication app(argc, argv);
    if (!childPath.isEmpty())
        return runChild(childPath);
    TstHistoryCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history_crash.moc"
