// What one v1/v2 WebSocket frame costs the GUI thread at 1,000 and 10,000 servers, beside the decode that
// runs on the thread pool: QWebSocket's own UTF-8 -> QString of the text frame (it happens on the socket's
// thread, so the GUI thread pays it), and NezhaV1Driver's part after the decode (V1GuestGuard::offer of the
// finished snapshot and the detailsReceived hand-over). The worker's cost (toUtf8 + decodeStreamFrame +
// applyGroups) is measured too, for scale. Run with -callgrind for stable instruction counts.

#include "NezhaPayloads.h"
#include "nezha/v1/NezhaV1Codec.h"
#include "nezha/v1/V1GuestGuard.h"
#include "nezha/v1/V1Session.h"

#include <QNetworkAccessManager>
#include <QTest>

class BenchNezhaV1FrameGui : public QObject
{
    Q_OBJECT
private slots:
    void socketText_data() { sizes(); }
    void socketText();
    void guardAndDeliver_data() { sizes(); }
    void guardAndDeliver();
    void workerDecode_data() { sizes(); }
    void workerDecode();

private:
    static void sizes()
    {
        QTest::addColumn<int>("servers");
        QTest::newRow("1,000 servers") << 1000;
        QTest::newRow("10,000 servers") << 10000;
    }
    static QByteArray frame(int servers)
    {
        const qint64 now = 1732096800;
        return NezhaV1::encodeStreamFrame(NezhaPayloads::makeServers(servers, now), now * 1000, 1, false);
    }
};

void BenchNezhaV1FrameGui::socketText()
{
    QFETCH(int, servers);
    const QByteArray bytes = frame(servers);
    QString text;
    QBENCHMARK {
        text = QString::fromUtf8(bytes);
    }
    QVERIFY(!text.isEmpty());
}

void BenchNezhaV1FrameGui::guardAndDeliver()
{
    QFETCH(int, servers);
    const FleetDecodeResult decoded = NezhaV1::decodeStreamFrame(frame(servers));
    QVERIFY(decoded.ok());
    QNetworkAccessManager nam;
    V1Session session(&nam);
    DashboardConnection c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    c.token = QStringLiteral("nzp_0123456789abcdef0123456789abcdef"); // passes straight through the guard
    session.setConnection(c);
    V1GuestGuard guard(&nam, &session);
    qsizetype seen = 0;
    connect(&guard, &V1GuestGuard::accepted, this, [&seen](const FleetSnapshot &s) { seen = s.servers.size(); });
    QBENCHMARK {
        guard.offer(decoded.snapshot);
    }
    QCOMPARE(seen, servers);
}

void BenchNezhaV1FrameGui::workerDecode()
{
    QFETCH(int, servers);
    const QString text = QString::fromUtf8(frame(servers));
    QList<ServerGroup> groups{{1, QStringLiteral("web"), {1, 2, 3}}, {2, QStringLiteral("db"), {4, 5}}};
    QBENCHMARK {
        FleetDecodeResult decoded = NezhaV1::decodeStreamFrame(text.toUtf8());
        NezhaV1::applyGroups(decoded.snapshot, groups);
    }
}

QTEST_GUILESS_MAIN(BenchNezhaV1FrameGui)
#include "bench_nezha_v1_frame_gui.moc"
