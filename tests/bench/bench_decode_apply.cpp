// Decode + apply of /server/details for 1,000 and 10,000 servers, against bare QJsonDocument::fromJson
// on the same bytes. Run with -callgrind for instruction counts (stable here) or plainly for wall clock.

#include "FleetModel.h"
#include "NezhaPayloads.h"
#include "NezhaV0Codec.h"

#include <QJsonDocument>
#include <QtTest>

namespace {
constexpr qint64 Now = 1732096800;
}

class BenchDecodeApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fromJsonOnly_data() { sizes(); }
    void fromJsonOnly();
    void decode_data() { sizes(); }
    void decode();
    void decodeAndFirstApply_data() { sizes(); }
    void decodeAndFirstApply();
    void decodeAndSteadyApply_data() { sizes(); }
    void decodeAndSteadyApply();

private:
    static void sizes();
    QHash<int, QByteArray> m_first;  // N -> payload
    QHash<int, QByteArray> m_second; // N -> the next poll (metrics changed)
};

void BenchDecodeApply::sizes()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000 servers") << 1000;
    QTest::newRow("10000 servers") << 10000;
}

void BenchDecodeApply::initTestCase()
{
    for (int n : {1000, 10000}) {
        QList<ServerSnapshot> servers = NezhaPayloads::makeServers(n, Now);
        m_first.insert(n, NezhaPayloads::detailsPayload(servers));
        NezhaPayloads::advance(&servers, Now + 3, 2);
        m_second.insert(n, NezhaPayloads::detailsPayload(servers));
        qInfo("%d servers: %lld bytes per payload", n, qlonglong(m_first.value(n).size()));
    }
}

void BenchDecodeApply::fromJsonOnly()
{
    QFETCH(int, count);
    const QByteArray body = m_first.value(count);
    QBENCHMARK {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY(doc.isObject());
    }
}

void BenchDecodeApply::decode()
{
    QFETCH(int, count);
    const QByteArray body = m_first.value(count);
    QBENCHMARK {
        const FleetDecodeResult r = decodeNezhaV0ServerDetails(body, true);
        QCOMPARE(r.snapshot.servers.size(), count);
    }
}

void BenchDecodeApply::decodeAndFirstApply()
{
    QFETCH(int, count);
    const QByteArray body = m_first.value(count);
    QBENCHMARK {
        FleetModel model;
        FleetDecodeResult r = decodeNezhaV0ServerDetails(body, true);
        r.snapshot.dashboardTimeMs = Now * 1000;
        model.apply(r.snapshot);
        QCOMPARE(model.rowCount(), count);
    }
}

// The steady state of a live view: the model already holds the previous poll, the next one changes metrics.
// Each iteration alternates between the two payloads so every apply sees real changes.
void BenchDecodeApply::decodeAndSteadyApply()
{
    QFETCH(int, count);
    const QByteArray bodies[2] = {m_first.value(count), m_second.value(count)};
    FleetModel model;
    FleetDecodeResult r = decodeNezhaV0ServerDetails(bodies[0], true);
    r.snapshot.dashboardTimeMs = Now * 1000;
    model.apply(r.snapshot);
    int which = 1;
    qint64 now = Now;
    QBENCHMARK {
        FleetDecodeResult next = decodeNezhaV0ServerDetails(bodies[which], true);
        now += 3;
        next.snapshot.dashboardTimeMs = now * 1000;
        model.apply(next.snapshot);
        which ^= 1;
    }
    QCOMPARE(model.rowCount(), count);
}

QTEST_GUILESS_MAIN(BenchDecodeApply)
#include "bench_decode_apply.moc"
