// One Nezha v2 WebSocket frame of 1,000 and 10,000 servers: NezhaV1::decodeStreamFrame, and decode +
// FleetModel::apply, against bare QJsonDocument::fromJson of the same bytes (target <= 2x, as v0); and
// FleetModel::apply alone at 1,000 servers, the GUI thread's cost per frame (target < 4 ms; a frame every 2 s).
// Frames are built by cloning the fixture's six server objects with new ids (no dependency on the encoders).
// Run with -callgrind for instruction counts (stable here) or plainly for wall clock.

#include "FleetModel.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

constexpr qint64 FrameNowMs = 1795513483000;

QJsonArray fixtureServers()
{
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/nezha-v1v2/v2-ws-frame.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture v2-ws-frame.json");
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("servers")).toArray();
}

// count servers cloned from the fixture, ids 1..count; tick moves last_active, cpu and traffic like a new frame.
QByteArray makeFrame(const QJsonArray &templates, int count, int tick)
{
    QJsonArray servers;
    for (int i = 0; i < count; ++i) {
        QJsonObject s = templates.at(i % templates.size()).toObject();
        s.insert(QLatin1StringView("id"), i + 1);
        s.insert(QLatin1StringView("name"), QStringLiteral("server-%1").arg(i + 1));
        s.insert(QLatin1StringView("display_index"), (i * 7) % 13);
        QJsonObject state = s.value(QLatin1StringView("state")).toObject();
        if (!state.isEmpty()) { // the never-reported template stays "state":{} with a year-1 last_active
            state.insert(QLatin1StringView("cpu"), double((i * 37 + tick * 11) % 1000) / 10.0);
            state.insert(QLatin1StringView("net_in_speed"), 50000 + (i * 13 + tick * 17) % 9000);
            s.insert(QLatin1StringView("state"), state);
            s.insert(QLatin1StringView("last_active"),
                     QStringLiteral("2026-11-24T17:44:%1.819267618+08:00").arg(40 + tick % 3));
        }
        servers.append(s);
    }
    QJsonObject frame{{QStringLiteral("now"), FrameNowMs + tick * 2000},
                      {QStringLiteral("online"), 1},
                      {QStringLiteral("servers"), servers}};
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace

class BenchDecodeV1 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fromJsonOnly_data() { sizes(); }
    void fromJsonOnly();
    void decode_data() { sizes(); }
    void decode();
    void decodeAndSteadyApply_data() { sizes(); }
    void decodeAndSteadyApply();
    void applyOnly1000();

private:
    static void sizes();
    QHash<int, QByteArray> m_first;  // N -> frame
    QHash<int, QByteArray> m_second; // N -> the next frame (metrics changed)
};

void BenchDecodeV1::sizes()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000 servers") << 1000;
    QTest::newRow("10000 servers") << 10000;
}

void BenchDecodeV1::initTestCase()
{
    const QJsonArray templates = fixtureServers();
    QCOMPARE(templates.size(), 6);
    for (int n : {1000, 10000}) {
        m_first.insert(n, makeFrame(templates, n, 0));
        m_second.insert(n, makeFrame(templates, n, 1));
        qInfo("%d servers: %lld bytes per frame", n, qlonglong(m_first.value(n).size()));
    }
}

void BenchDecodeV1::fromJsonOnly()
{
    QFETCH(int, count);
    const QByteArray body = m_first.value(count);
    QBENCHMARK {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY(doc.isObject());
    }
}

void BenchDecodeV1::decode()
{
    QFETCH(int, count);
    const QByteArray body = m_first.value(count);
    QBENCHMARK {
        const FleetDecodeResult r = NezhaV1::decodeStreamFrame(body);
        QCOMPARE(r.snapshot.servers.size(), count);
    }
}

// The live view's steady state: the model holds the previous frame, the next one changes metrics.
void BenchDecodeV1::decodeAndSteadyApply()
{
    QFETCH(int, count);
    const QByteArray bodies[2] = {m_first.value(count), m_second.value(count)};
    FleetModel model;
    model.apply(NezhaV1::decodeStreamFrame(bodies[0]).snapshot);
    int which = 1;
    QBENCHMARK {
        const FleetDecodeResult next = NezhaV1::decodeStreamFrame(bodies[which]);
        model.apply(next.snapshot);
        which ^= 1;
    }
    QCOMPARE(model.rowCount(), count);
}

// What the GUI thread pays per frame: decoding runs on the thread pool, apply() on the GUI thread.
void BenchDecodeV1::applyOnly1000()
{
    const FleetSnapshot snapshots[2] = {NezhaV1::decodeStreamFrame(m_first.value(1000)).snapshot,
                                        NezhaV1::decodeStreamFrame(m_second.value(1000)).snapshot};
    QCOMPARE(snapshots[0].servers.size(), 1000);
    FleetModel model;
    model.apply(snapshots[0]);
    int which = 1;
    QBENCHMARK {
        model.apply(snapshots[which]);
        which ^= 1;
    }
    QCOMPARE(model.rowCount(), 1000);
}

QTEST_GUILESS_MAIN(BenchDecodeV1)
#include "bench_decode_v1.moc"
