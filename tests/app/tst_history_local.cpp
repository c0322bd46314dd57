// LocalHistory: the GUI-thread side. Snapshots become batches on the writer thread, requests come back as
// loaded() with the request id, traffic and first times are kept for cheap GUI-thread reads, the snapshot
// signal of FleetService feeds it, and an unusable file is reported in words (status, failed()).
#include "FleetModel.h"
#include "fleet/FleetService.h"
#include "history/LocalHistory.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Base = 1793577600; // 2026-11-02T00:00:00Z

FleetSnapshot poll(qint64 t, quint64 inTransfer, int servers = 3)
{
    FleetSnapshot snapshot;
    snapshot.receivedAtMs = t * 1000;
    snapshot.dashboardTimeMs = t * 1000;
    for (int i = 1; i <= servers; ++i) {
        ServerSnapshot s;
        s.id = quint64(i);
        s.name = QStringLiteral("node-%1").arg(i);
        s.lastActive = t;
        s.hasDetails = true;
        s.status.cpu = 10.0 * i;
        s.status.memUsed = 1000;
        s.status.netInTransfer = inTransfer * quint64(i);
        s.status.netOutTransfer = inTransfer;
        snapshot.servers << s;
    }
    return snapshot;
}

} // namespace

class TstHistoryLocal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathsPerProfileAndUrl()
    {
        QVERIFY(LocalHistory::pathForProfile(QStringLiteral("a/../b")).endsWith(QLatin1String("/history/profile-a____b.sqlite")));
        QCOMPARE(LocalHistory::pathForUrl(QUrl(QStringLiteral("https://nz.example/"))),
                 LocalHistory::pathForUrl(QUrl(QStringLiteral("https://nz.example"))));
        QVERIFY(LocalHistory::pathForUrl(QUrl(QStringLiteral("https://a.example")))
                != LocalHistory::pathForUrl(QUrl(QStringLiteral("https://b.example"))));
    }

    void writesAndAnswersOnTheGuiThread()
    {
        LocalHistory history(nullptr, [] { return Base + 120; });
        QSignalSpy written(&history, &LocalHistory::batchWritten);
        QSignalSpy traffic(&history, &LocalHistory::trafficChanged);
        QSignalSpy loaded(&history, &HistorySource::loaded);
        history.open(m_dir.filePath(QStringLiteral("local.sqlite")));
        history.post(poll(Base, 1000));
        history.post(poll(Base, 1000)); // nothing new reported: no batch
        history.post(poll(Base + 3, 1500));
        QTRY_COMPARE(written.size(), 2);
        QVERIFY(history.isOk());
        QCOMPARE(history.status(), QString());
        QCOMPARE(history.oldestMs(2), Base * 1000);
        QTRY_COMPARE(history.monthlyTraffic(2).inBytes, quint64(1000));
        QCOMPARE(history.fleetTraffic().inBytes, quint64(500 + 1000 + 1500));
        QCOMPARE(history.fleetTraffic().outBytes, quint64(3 * 500));

        const quint64 id = history.request(3, Base * 1000, (Base + 60) * 1000);
        QVERIFY(id > 0);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toULongLong(), id);
        QCOMPARE(loaded.first().at(1).toULongLong(), quint64(3));
        const auto buckets = loaded.first().at(2).value<MetricBuckets>();
        QCOMPARE(buckets.value(QStringLiteral("cpu")).size(), 2);
        QCOMPARE(buckets.value(QStringLiteral("cpu")).first().avg, 30.f);
        QVERIFY(traffic.size() >= 1);
    }

    void fedByFleetServiceSnapshots()
    {
        FleetModel model;
        FleetService fleet(&model, nullptr);
        LocalHistory history(nullptr, [] { return Base; });
        history.attach(&fleet);
        QSignalSpy written(&history, &LocalHistory::batchWritten);
        history.open(QStringLiteral(":memory:"));
        emit fleet.snapshotApplied(poll(Base, 10, 5));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toInt(), 5);
    }

    void billingDayIsKeptPerFile()
    {
        const QString a = m_dir.filePath(QStringLiteral("profile-a.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("profile-b.sqlite"));
        {
            LocalHistory history;
            QSignalSpy opened(&history, &LocalHistory::opened);
            history.open(a);
            QTRY_COMPARE(opened.size(), 1);
            history.setCycleStartDay(15);
            history.open(b); // another profile keeps the default
            QTRY_COMPARE(opened.size(), 2);
            QCOMPARE(history.cycleStartDay(), 1);
        }
        LocalHistory history;
        QSignalSpy opened(&history, &LocalHistory::opened);
        history.open(a);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(history.cycleStartDay(), 15);
    }

    void unusableFileIsReportedAndRequestsFail()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
        f.close();
        LocalHistory history;
        QSignalSpy status(&history, &LocalHistory::statusChanged);
        QSignalSpy failed(&history, &HistorySource::failed);
        history.open(path);
        QTRY_COMPARE(status.size(), 1);
        QVERIFY(!history.isOk());
        QVERIFY2(history.status().contains(path), qPrintable(history.status()));
        history.post(poll(Base, 1)); // ignored without harm
        const quint64 id = history.request(1, 0, Base * 1000);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), id);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHistoryLocal)
#include "tst_history_local.moc"
