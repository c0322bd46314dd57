// decodeInBackground: a decode that throws (bad_alloc on a hostile body) must come back as a Parse error,
// not terminate the app from inside a thread-pool task (issue 10, defect 2).

#include "nezha/BackgroundDecode.h"

#include <QtTest>

#include <new>
#include <stdexcept>

Q_DECLARE_METATYPE(ApiError::Kind)

class TestBackgroundDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultOrError_data();
    void resultOrError();
};

void TestBackgroundDecode::resultOrError_data()
{
    QTest::addColumn<int>("behaviour"); // 0 succeeds, 1 throws bad_alloc, 2 throws another std::exception
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("servers");
    QTest::newRow("decode succeeds") << 0 << ApiError::Kind::None << 2;
    QTest::newRow("allocator refuses") << 1 << ApiError::Kind::Parse << 0;
    QTest::newRow("length error") << 2 << ApiError::Kind::Parse << 0;
}

void TestBackgroundDecode::resultOrError()
{
    QFETCH(int, behaviour);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, servers);
    QFuture<FleetDecodeResult> future = decodeInBackground([behaviour] {
        if (behaviour == 1)
            throw std::bad_alloc();
        if (behaviour == 2)
            throw std::length_error("too long");
        FleetDecodeResult r;
        r.snapshot.servers.resize(2);
        return r;
    });
    QTRY_VERIFY(future.isFinished());
    const FleetDecodeResult r = future.result();
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.snapshot.servers.size(), servers);
    if (kind != ApiError::Kind::None)
        QVERIFY(!r.error.text().isEmpty());
}

QTEST_GUILESS_MAIN(TestBackgroundDecode)
#include "tst_background_decode.moc"
