// TrafficCycle: billing cycle boundaries (start day clamped to short months) and counter folding across agent
// reboots, cycle boundaries and implausible jumps.
#include "history/TrafficCycle.h"

#include <QDateTime>
#include <QTest>

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

struct Sample
{
    quint64 in;
    quint64 out;
    const char *time;
};

} // namespace

Q_DECLARE_METATYPE(Sample)

class TstTrafficCycle : public QObject
{
    Q_OBJECT
private slots:
    void cycleStart_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("startDay");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day 1, mid month") << "2026-11-24T12:00:00Z" << 1 << "2026-11-01T00:00:00Z";
        QTest::newRow("day 1, first second") << "2026-11-01T00:00:00Z" << 1 << "2026-11-01T00:00:00Z";
        QTest::newRow("day 1, last second before") << "2026-10-31T23:59:59Z" << 1 << "2026-10-01T00:00:00Z";
        QTest::newRow("day 15, before the 15th") << "2026-11-10T08:00:00Z" << 15 << "2026-10-15T00:00:00Z";
        QTest::newRow("day 15, after the 15th") << "2026-11-20T08:00:00Z" << 15 << "2026-11-15T00:00:00Z";
        QTest::newRow("day 31 in a 30-day month starts on the 30th") << "2026-11-30T10:00:00Z" << 31
                                                                       << "2026-11-30T00:00:00Z";
        QTest::newRow("day 31, the 29th of a 30-day month") << "2026-11-29T10:00:00Z" << 31 << "2026-10-31T00:00:00Z";
        QTest::newRow("day 31 in February") << "2026-03-01T10:00:00Z" << 31 << "2026-02-28T00:00:00Z";
        QTest::newRow("day 31 in a leap February") << "2028-02-29T10:00:00Z" << 31 << "2028-02-29T00:00:00Z";
        QTest::newRow("day 1 in January goes back a year") << "2027-01-01T00:00:00Z" << 5 << "2026-12-05T00:00:00Z";
    }
    void cycleStart()
    {
        QFETCH(QString, now);
        QFETCH(int, startDay);
        QFETCH(QString, expected);
        const qint64 start = TrafficCycle::cycleStart(at(qPrintable(now)), startDay);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(Qt::ISODate), expected);
        QVERIFY(TrafficCycle::nextCycleStart(start, startDay) > at(qPrintable(now)));
    }

    void add_data()
    {
        QTest::addColumn<QList<Sample>>("samples");
        QTest::addColumn<int>("startDay");
        QTest::addColumn<quint64>("in");
        QTest::addColumn<quint64>("out");
        QTest::newRow("steady counters") << QList<Sample>{{1000, 50, "2026-11-02T00:00:00Z"},
                                                          {1600, 80, "2026-11-02T00:01:00Z"},
                                                          {2000, 100, "2026-11-02T00:02:00Z"}}
                                         << 1 << quint64(1000) << quint64(50);
        QTest::newRow("reboot: the counter drops, the new value is traffic since boot")
            << QList<Sample>{{5000, 500, "2026-11-02T00:00:00Z"},
                             {6000, 600, "2026-11-02T00:01:00Z"},
                             {300, 30, "2026-11-02T00:02:00Z"}, // rebooted: 300 bytes since then
                             {500, 40, "2026-11-02T00:03:00Z"}}
            << 1 << quint64(1000 + 300 + 200) << quint64(100 + 30 + 10);
        QTest::newRow("cycle boundary: totals restart, the step across belongs to the new cycle")
            << QList<Sample>{{1000, 10, "2026-11-30T23:58:00Z"},
                             {1500, 15, "2026-11-30T23:59:00Z"},
                             {1700, 17, "2026-12-01T00:01:00Z"},
                             {1800, 18, "2026-12-01T00:02:00Z"}}
            << 1 << quint64(300) << quint64(3);
        QTest::newRow("start day 31 in a 30-day month: the cycle begins on the 30th")
            << QList<Sample>{{1000, 0, "2026-11-29T23:00:00Z"},
                             {2000, 0, "2026-11-29T23:30:00Z"},
                             {2500, 0, "2026-11-30T00:30:00Z"}}
            << 31 << quint64(500) << quint64(0);
        QTest::newRow("a dashboard restart re-reporting a big counter a little lower is no reboot")
            << QList<Sample>{{Q_UINT64_C(12000000000000), 0, "2026-11-02T00:00:00Z"},  // 12 TB since boot
                             {Q_UINT64_C(12100000000000), 0, "2026-11-02T00:00:30Z"},  // +100 GB in 30 s
                             {Q_UINT64_C(11500000000000), 0, "2026-11-02T00:01:00Z"},  // 11.5 TB: not in 30 s
                             {Q_UINT64_C(11500000001000), 0, "2026-11-02T00:01:30Z"}}
            << 1 << quint64(Q_UINT64_C(100000000000) + 1000) << quint64(0);
        QTest::newRow("a rise beyond 400 Gbit/s counts nothing")
            << QList<Sample>{{1000, 0, "2026-11-02T00:00:00Z"},
                             {Q_UINT64_C(1800000001000), 0, "2026-11-02T00:00:30Z"}, // 60 GB/s
                             {Q_UINT64_C(1800000001100), 0, "2026-11-02T00:01:00Z"}}
            << 1 << quint64(100) << quint64(0);
        QTest::newRow("an implausible jump (a counter underflow) counts nothing")
            << QList<Sample>{{1000, 0, "2026-11-02T00:00:00Z"},
                             {Q_UINT64_C(18000000000000000000), 0, "2026-11-02T00:00:03Z"},
                             {Q_UINT64_C(18000000000000000100), 0, "2026-11-02T00:00:06Z"}}
            << 1 << quint64(100) << quint64(0);
        QTest::newRow("an older or repeated sample is ignored")
            << QList<Sample>{{1000, 0, "2026-11-02T00:01:00Z"},
                             {900, 0, "2026-11-02T00:00:00Z"},
                             {1000, 0, "2026-11-02T00:01:00Z"},
                             {1100, 0, "2026-11-02T00:02:00Z"}}
            << 1 << quint64(100) << quint64(0);
    }
    void add()
    {
        QFETCH(QList<Sample>, samples);
        QFETCH(int, startDay);
        QFETCH(quint64, in);
        QFETCH(quint64, out);
        TrafficCycle::Counter counter;
        for (const Sample &s : samples)
            TrafficCycle::add(&counter, s.in, s.out, at(s.time), startDay);
        QCOMPARE(counter.inBytes, in);
        QCOMPARE(counter.outBytes, out);
        QCOMPARE(counter.cycle, TrafficCycle::cycleStart(at(samples.last().time), startDay));
    }
};

QTEST_GUILESS_MAIN(TstTrafficCycle)
#include "tst_traffic_cycle.moc"
