// Memory of one hour of history (1,200 samples) for 1,000 ordinary servers, and the cost of one append
// and of one chart copy. Prints bytes per server (the store's own estimate and the heap growth measured
// with glibc's mallinfo2). Run with -callgrind for instruction counts.

#include "HistoryStore.h"
#include "NezhaPayloads.h"

#include <QtTest>

#include <malloc.h>

namespace {
constexpr qint64 Now = 1732096800;
constexpr int Servers = 1000;
constexpr int Samples = 1200;

QList<ServerSnapshot> ordinaryServers()
{
    QList<ServerSnapshot> servers = NezhaPayloads::makeServers(Servers, Now);
    for (ServerSnapshot &s : servers) { // ordinary: no temperatures, no GPU, all reporting
        s.status.temperatures.clear();
        s.host.gpu.clear();
        s.status.gpu = 0;
        s.lastActive = Now;
    }
    return servers;
}
} // namespace

class BenchHistoryMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullHourMemory();
    void appendOnePoll();
    void copyOneSeries();
};

void BenchHistoryMemory::fullHourMemory()
{
    QList<ServerSnapshot> servers = ordinaryServers();
    const size_t heapBefore = mallinfo2().uordblks;
    HistoryStore store(Samples);
    for (int i = 0; i < Samples; ++i) {
        for (ServerSnapshot &s : servers) {
            s.lastActive = Now + 3 * i;
            s.status.cpu = i % 100;
        }
        store.append(NezhaPayloads::fleet(servers, Now + 3 * i), 30);
    }
    const size_t heapAfter = mallinfo2().uordblks;
    const double estimate = double(store.memoryBytes()) / Servers;
    const double measured = double(heapAfter - heapBefore) / Servers;
    qInfo("history of %d servers x %d samples: %.0f bytes/server (estimate), %.0f bytes/server (heap growth), "
          "target < 65536",
          Servers, Samples, estimate, measured);
    QCOMPARE(store.sampleCount(servers.first().id), Samples);
    QVERIFY(estimate < 64 * 1024);
    QBENCHMARK_ONCE {
        QVERIFY(store.memoryBytes() > 0);
    }
}

void BenchHistoryMemory::appendOnePoll()
{
    QList<ServerSnapshot> servers = ordinaryServers();
    HistoryStore store(Samples);
    qint64 t = Now;
    QBENCHMARK {
        t += 3;
        for (ServerSnapshot &s : servers)
            s.lastActive = t;
        store.append(NezhaPayloads::fleet(servers, t), 30);
    }
}

void BenchHistoryMemory::copyOneSeries()
{
    QList<ServerSnapshot> servers = ordinaryServers().mid(0, 1);
    HistoryStore store(Samples);
    for (int i = 0; i < Samples; ++i) {
        servers[0].lastActive = Now + 3 * i;
        store.append(NezhaPayloads::fleet(servers, Now + 3 * i), 30);
    }
    QList<QPointF> points;
    QBENCHMARK {
        store.copySeries(servers[0].id, HistoryStore::Metric::Cpu, 0, &points);
    }
    QCOMPARE(points.size(), Samples);
}

QTEST_GUILESS_MAIN(BenchHistoryMemory)
#include "bench_history_memory.moc"
