// HistoryDatabase: tier roll-ups exact on known input, tier choice, gaps, pruning, restart, traffic kept,
// migration from the v1 schema, corrupt and locked files reported in words.
#include "history/HistoryDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Base = 1793577600; // 2026-11-02T00:00:00Z, a quarter-hour boundary
constexpr float NaN = std::numeric_limits<float>::quiet_NaN();

HistorySample sample(quint64 sid, qint64 t, float cpu, float memory = 1000, float temperature = NaN)
{
    HistorySample s;
    s.serverId = sid;
    s.tSecs = t;
    s.values.fill(0);
    s.values[HistorySample::Cpu] = cpu;
    s.values[HistorySample::Memory] = memory;
    s.values[HistorySample::Temperature] = temperature;
    s.values[HistorySample::Gpu] = NaN;
    s.name = QStringLiteral("server %1").arg(sid);
    return s;
}

} // namespace

class TstHistoryDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void minuteBucketsAreExact()
    {
        HistoryDatabase db;
        QVERIFY2(db.open(file("minute.sqlite")), qPrintable(db.error()));
        QList<HistorySample> batch;
        // Minute 0: cpu 10..60, memory 1000..6000, temperature only on two samples; minute 1 closes minute 0.
        for (int i = 0; i < 6; ++i)
            batch << sample(1, Base + 10 * i, 10.f * float(i + 1), 1000.f * float(i + 1), i < 2 ? 40.f + float(i) : NaN);
        QVERIFY(db.write(batch));
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Minute), 0); // minute 0 is still filling
        QVERIFY(db.write({sample(1, Base + 60, 99)}));
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Minute), 1);

        const MetricBuckets buckets = db.query(1, Base, Base + 6 * 3600, 720); // 6 h: the 1-minute tier
        QCOMPARE(db.tierFor(6 * 3600, 720), HistoryDatabase::Tier::Minute);
        QCOMPARE(buckets.value(QStringLiteral("cpu")).value(0), (MetricBucket{Base * 1000, 10, 35, 60}));
        QCOMPARE(buckets.value(QStringLiteral("memory")).value(0), (MetricBucket{Base * 1000, 1000, 3500, 6000}));
        QCOMPARE(buckets.value(QStringLiteral("temperature")).value(0), (MetricBucket{Base * 1000, 40, 40.5, 41}));
        QVERIFY(!buckets.contains(QStringLiteral("gpu"))); // never reported: no buckets at all
    }

    void quarterBucketsWeightByCount()
    {
        HistoryDatabase db;
        QVERIFY(db.open(file("quarter.sqlite")));
        QList<HistorySample> batch;
        for (int m = 0; m < 15; ++m) { // two samples a minute: cpu m and m + 1
            batch << sample(7, Base + 60 * m, float(m)) << sample(7, Base + 60 * m + 30, float(m + 1));
        }
        batch << sample(7, Base + 900, 0) << sample(7, Base + 960, 0); // closes the quarter
        QVERIFY(db.write(batch));
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Quarter), 1);
        const MetricBuckets buckets = db.query(7, Base, Base + 7 * 86400, 720); // 7 d: the 15-minute tier
        QCOMPARE(buckets.value(QStringLiteral("cpu")).value(0), (MetricBucket{Base * 1000, 0, 7.5, 15}));
    }

    void tierChoice_data()
    {
        QTest::addColumn<int>("windowSecs");
        QTest::addColumn<int>("tier");
        QTest::newRow("1 hour: raw samples") << 3600 << int(HistoryDatabase::Tier::Raw);
        QTest::newRow("6 hours: 1-minute buckets") << 6 * 3600 << int(HistoryDatabase::Tier::Minute);
        QTest::newRow("24 hours: 1-minute buckets") << 86400 << int(HistoryDatabase::Tier::Minute);
        QTest::newRow("7 days: 15-minute buckets") << 7 * 86400 << int(HistoryDatabase::Tier::Quarter);
        QTest::newRow("30 days: 15-minute buckets") << 30 * 86400 << int(HistoryDatabase::Tier::Quarter);
    }
    void tierChoice()
    {
        QFETCH(int, windowSecs);
        QFETCH(int, tier);
        QCOMPARE(int(HistoryDatabase().tierFor(windowSecs, 720)), tier);
    }

    void mergesToAtMostMaxBucketsAndMarksGaps()
    {
        HistoryDatabase db;
        QVERIFY(db.open(file("merge.sqlite")));
        QList<HistorySample> batch;
        for (int i = 0; i < 1200; ++i) // 1 h at 3 s
            batch << sample(2, Base + 3 * i, float(i % 100));
        for (int i = 0; i < 100; ++i) // 10 minutes later, 5 more minutes
            batch << sample(2, Base + 4200 + 3 * i, 1);
        QVERIFY(db.write(batch));
        const QList<MetricBucket> cpu = db.query(2, Base, Base + 5400, 100).value(QStringLiteral("cpu"));
        QVERIFY2(cpu.size() <= 101, qPrintable(QString::number(cpu.size())));
        const auto gaps = std::count_if(cpu.cbegin(), cpu.cend(), [](const MetricBucket &b) { return std::isnan(b.avg); });
        QCOMPARE(gaps, 1);
        const auto [lo, hi] = std::minmax_element(cpu.cbegin(), cpu.cend() - 20,
                                                  [](const MetricBucket &a, const MetricBucket &b) { return a.max < b.max; });
        QCOMPARE(lo->min, 0.f); // min and max survive the merge
        QCOMPARE(hi->max, 99.f);
    }

    void pruneKeepsEachTierItsTime()
    {
        HistoryDatabase db;
        QVERIFY(db.open(file("prune.sqlite")));
        db.setRetentionDays(3);
        QList<HistorySample> batch;
        for (qint64 t = Base; t < Base + 4 * 86400; t += 60) // 4 days, one sample a minute
            batch << sample(3, t, 1);
        QVERIFY(db.write(batch));
        const qint64 now = Base + 4 * 86400;
        QVERIFY(db.prune(now));
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Raw), 2 * 60);        // the last 2 h
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Minute), 48 * 60 - 1); // 48 h, the newest minute still filling
        QCOMPARE(db.rowCount(HistoryDatabase::Tier::Quarter), 3 * 96 - 1);  // 3 days, the newest quarter filling
        QCOMPARE(db.oldestSecs().value(3), now - 3 * 86400);
    }

    void restartKeepsDataAndTraffic()
    {
        const QString path = file("restart.sqlite");
        MetricBuckets before;
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.setCycleStartDay(2));
            HistorySample a = sample(4, Base + 10, 5), b = sample(4, Base + 70, 6);
            a.inTransfer = 1000;
            b.inTransfer = 4000;
            QVERIFY(db.write({a}));
            QVERIFY(db.write({b}));
            before = db.query(4, Base, Base + 3600, 720);
        }
        HistoryDatabase db;
        QVERIFY(db.open(path));
        QCOMPARE(db.cycleStartDay(), 2);
        QCOMPARE(db.query(4, Base, Base + 3600, 720), before);
        HistorySample c = sample(4, Base + 130, 7);
        c.inTransfer = 4500;
        QVERIFY(db.write({c}));
        QCOMPARE(db.traffic(Base + 200).value(4).inBytes, quint64(3500));
        QCOMPARE(db.serverNames().value(4), QStringLiteral("server 4"));
    }

    void migratesFromV1()
    {
        const QString path = file("v1.sqlite");
        {
            // Schema v1: the tiers and meta, no server names, no traffic.
            QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            v1.setDatabaseName(path);
            QVERIFY(v1.open());
            QSqlQuery q(v1);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID")));
            QStringList cols, bucketCols;
            for (int m = 0; m < HistorySample::MetricCount; ++m) {
                const QString name = QLatin1String(HistorySample::metricName(m));
                cols << name + QStringLiteral(" REAL");
                bucketCols << name + QStringLiteral("_min REAL, ") + name + QStringLiteral("_avg REAL, ") + name
                                  + QStringLiteral("_max REAL");
            }
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE raw (sid INTEGER NOT NULL, t INTEGER NOT NULL, %1, "
                                          "PRIMARY KEY (sid, t)) WITHOUT ROWID").arg(cols.join(QStringLiteral(", ")))));
            for (const char *table : {"b1", "b15"}) {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE %1 (sid INTEGER NOT NULL, t INTEGER NOT NULL, n INTEGER "
                                              "NOT NULL, %2, PRIMARY KEY (sid, t)) WITHOUT ROWID")
                                   .arg(QLatin1String(table), bucketCols.join(QStringLiteral(", ")))));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO raw (sid, t, cpu) VALUES (9, %1, 42)").arg(Base)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        HistoryDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.userVersion(), HistoryDatabase::SchemaVersion);
        QCOMPARE(db.query(9, Base, Base + 60, 720).value(QStringLiteral("cpu")).value(0).avg, 42.f);
        HistorySample s = sample(9, Base + 5, 1);
        s.inTransfer = 10;
        QVERIFY2(db.write({s}), qPrintable(db.error())); // the v2 tables exist now
        QCOMPARE(db.serverNames().value(9), QStringLiteral("server 9"));
    }

    void newerSchemaIsRefused()
    {
        const QString path = file("v99.sqlite");
        {
            QSqlDatabase f = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v99"));
            f.setDatabaseName(path);
            QVERIFY(f.open());
            QVERIFY(QSqlQuery(f).exec(QStringLiteral("PRAGMA user_version=99")));
            f.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v99"));
        HistoryDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QLatin1String("newer Farsight")), qPrintable(db.error()));
    }

    void corruptFileIsReportedInWords()
    {
        const QString path = file("corrupt.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        HistoryDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.error().contains(path) && db.error().contains(QLatin1String("not a database")), qPrintable(db.error()));
        QVERIFY(!db.write({sample(1, Base, 1)})); // unusable, but no crash
    }

    void lockedFileIsReportedInWords()
    {
        const QString path = file("locked.sqlite");
        { // a valid store first
            HistoryDatabase db;
            QVERIFY(db.open(path));
        }
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('x', 1)")));
        HistoryDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QLatin1String("locked by another process")), qPrintable(db.error()));
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TstHistoryDatabase)
#include "tst_history_database.moc"
