// The local history store's costs: per poll of 1,000 servers the GUI-thread part (snapshot -> samples, what
// LocalHistory::post does before posting) and the writer-thread part (one transaction into SQLite, roll-ups
// included); a 30-day query of one server; and disk bytes per server-day, measured on a simulated day and
// projected to the steady state of the default tiers (2 h raw, 48 h of minutes, 90 days of quarters).
// Run with -callgrind for instruction counts; the disk figures are printed by diskBytesPerServerDay.

#include "NezhaPayloads.h"
#include "history/HistoryDatabase.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 Base = 1793577600; // 2026-11-02T00:00:00Z
constexpr int Servers = 1000;

// Plausible, slowly wandering metrics (random values would be larger on disk than real ones).
struct Simulated
{
    QRandomGenerator rng{42};
    QList<HistorySample> state;

    explicit Simulated(int servers)
    {
        for (int i = 1; i <= servers; ++i) {
            HistorySample s;
            s.serverId = quint64(i);
            s.name = QStringLiteral("node-%1").arg(i);
            s.values = {12.5f, 1.2e9f, 2e8f, 8.1e9f, 25000, 18000, 0.42f, 35, 4, 140, std::nanf(""), std::nanf("")};
            if (i % 4 == 0)
                s.values[HistorySample::Temperature] = 48.f;
            state << s;
        }
    }
    float wander(float v, float step, float lo) { return std::max(lo, v + float(rng.generateDouble() * 2 - 1) * step); }
    QList<HistorySample> next(qint64 t)
    {
        for (HistorySample &s : state) {
            s.tSecs = t;
            float *v = s.values.data();
            v[HistorySample::Cpu] = std::min(100.f, wander(v[HistorySample::Cpu], 3.f, 0));
            v[HistorySample::Memory] = std::round(wander(v[HistorySample::Memory], 4e6f, 1e8f));
            v[HistorySample::NetIn] = std::round(wander(v[HistorySample::NetIn], 5000, 0));
            v[HistorySample::NetOut] = std::round(wander(v[HistorySample::NetOut], 4000, 0));
            v[HistorySample::Load1] = wander(v[HistorySample::Load1], 0.05f, 0);
            v[HistorySample::Tcp] = std::round(wander(v[HistorySample::Tcp], 2, 0));
            v[HistorySample::Processes] = std::round(wander(v[HistorySample::Processes], 1, 10));
            if (!std::isnan(v[HistorySample::Temperature]))
                v[HistorySample::Temperature] = wander(v[HistorySample::Temperature], 0.5f, 20);
            s.inTransfer += quint64(v[HistorySample::NetIn]) * 3;
            s.outTransfer += quint64(v[HistorySample::NetOut]) * 3;
        }
        return state;
    }
};

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

class BenchHistoryStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void guiThreadPerPoll()
    {
        FleetSnapshot snapshot;
        snapshot.servers = NezhaPayloads::makeServers(Servers, Base);
        snapshot.receivedAtMs = Base * 1000;
        QHash<quint64, qint64> lastActive;
        qsizetype samples = 0;
        QBENCHMARK {
            lastActive.clear(); // every server has a new report
            samples = HistorySample::fromSnapshot(snapshot, &lastActive).size();
        }
        QVERIFY(samples > 900);
    }

    void writerThreadPerPoll()
    {
        HistoryDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("write.sqlite"))));
        Simulated sim(Servers);
        qint64 t = Base;
        for (int i = 0; i < 40; ++i) // two minutes in: roll-ups have rows to work on
            QVERIFY(db.write(sim.next(t += 3)));
        QBENCHMARK {
            QVERIFY(db.write(sim.next(t += 3)));
        }
    }

    void query30DaysOfOneServer()
    {
        HistoryDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("query.sqlite"))));
        Simulated sim(3);
        QList<HistorySample> batch;
        for (qint64 t = Base; t < Base + 30 * 86400; t += 60) { // 30 days at one sample a minute
            batch += sim.next(t);
            if (batch.size() >= 3 * 1440) {
                QVERIFY(db.write(batch));
                batch.clear();
            }
        }
        QVERIFY(db.write(batch));
        int buckets = 0;
        QBENCHMARK {
            buckets = int(db.query(2, Base, Base + 30 * 86400, 720).value(QStringLiteral("cpu")).size());
        }
        QVERIFY(buckets >= 360 && buckets <= 721);
    }

    void diskBytesPerServerDay()
    {
        constexpr int N = 4, PollSecs = 3;
        const QString path = m_dir.filePath(QStringLiteral("day.sqlite"));
        HistoryDatabase db;
        QVERIFY(db.open(path));
        Simulated sim(N);
        for (qint64 t = Base; t < Base + 86400; t += PollSecs)
            QVERIFY(db.write(sim.next(t)));
        QVERIFY(db.prune(Base + 86400));
        const qint64 rows[3] = {db.rowCount(HistoryDatabase::Tier::Raw), db.rowCount(HistoryDatabase::Tier::Minute),
                                db.rowCount(HistoryDatabase::Tier::Quarter)};
        db.close();
        { // checkpoint the WAL and drop free pages, as a long-running store would have reused them
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vacuum"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("VACUUM")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            // Bytes per row of each tier (dbstat: the pages of each table's b-tree).
            double perRow[3] = {};
            const char *tables[3] = {"raw", "b1", "b15"};
            for (int i = 0; i < 3; ++i) {
                QVERIFY(q.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name = '%1'").arg(QLatin1String(tables[i]))));
                QVERIFY(q.next());
                perRow[i] = q.value(0).toDouble() / double(std::max<qint64>(1, rows[i]));
            }
            q.finish();
            c.close();
            const double day1 = double(fileBytes(path)) / N;
            // Steady state per server: 2 h of raw samples, 48 h of minutes, 90 days of quarters; per server-day:
            // that divided by the 90 days it covers.
            const double steady = (7200.0 / PollSecs) * perRow[0] + 2880 * perRow[1] + 90 * 96 * perRow[2];
            qInfo("rows: raw %lld, 1-min %lld, 15-min %lld; bytes/row: raw %.1f, 1-min %.1f, 15-min %.1f",
                  rows[0], rows[1], rows[2], perRow[0], perRow[1], perRow[2]);
            qInfo("first day: %.0f bytes per server (file after one simulated day at a %d s poll)", day1, PollSecs);
            qInfo("steady state: %.0f bytes per server = %.0f bytes per server-day over 90 days (budget 65536)",
                  steady, steady / 90);
            QVERIFY(steady / 90 <= 65536);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vacuum"));
    }
};

QTEST_GUILESS_MAIN(BenchHistoryStore)
#include "bench_history_store.moc"
