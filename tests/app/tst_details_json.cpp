// `farsight details --format json` carries every field the dashboard sent, under the stable keys of the man page:
// fixtures shaped like the real v0 REST reply and v1/v2 stream frames are decoded by the real decoders and rendered
// by FleetPrinter; each row names one key of one server and the JSON value it must have.

#include "NezhaV0Codec.h"
#include "cli/DetailsJson.h"
#include "cli/FleetPrinter.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDetailsJson : public QObject
{
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void everyKeyIsWritten();
    void listOutputStaysShort();
};

namespace {

QByteArray fixture(const QString &path)
{
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FleetSnapshot decode(const QString &path)
{
    const QByteArray body = fixture(path);
    const FleetDecodeResult result = path.contains(u"/v0-"_s) ? decodeNezhaV0ServerDetails(body, true)
                                                               : NezhaV1::decodeStreamFrame(body);
    return result.snapshot;
}

QJsonObject serverJson(const QString &path, qint64 id)
{
    const QString text = FleetPrinter::render(decode(path), FleetPrinter::Format::Json, FleetPrinter::Columns::Details, 30);
    for (const QJsonValue v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (v[u"id"_s].toInteger() == id)
            return v.toObject();
    }
    return {};
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

void TestDetailsJson::fields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    const QString v0 = u"nezha/v0-server-details-all.json"_s;
    QTest::newRow("v0 cpu models") << v0 << 2ll << "cpu_models"
                                   << json(R"(["12th Gen Intel(R) Core(TM) i5-12400 12 Physical Core"])");
    QTest::newRow("v0 gpu models") << v0 << 2ll << "gpu_models" << json(R"(["NVIDIA GeForce RTX 3060"])");
    QTest::newRow("v0 platform version") << v0 << 2ll << "platform_version" << json(R"("24.04")");
    QTest::newRow("v0 arch") << v0 << 2ll << "arch" << json(R"("x86_64")");
    QTest::newRow("v0 virtualization empty") << v0 << 2ll << "virtualization" << json(R"("")");
    QTest::newRow("v0 boot time") << v0 << 2ll << "boot_time" << json(R"("2024-11-13T12:13:20+00:00")");
    QTest::newRow("v0 agent version") << v0 << 2ll << "agent_version" << json(R"("0.20.5")");
    QTest::newRow("v0 swap total") << v0 << 2ll << "swap_total" << json("8589930496");
    QTest::newRow("v0 swap used") << v0 << 2ll << "swap_used" << json("0");
    QTest::newRow("v0 load 5") << v0 << 2ll << "load5" << json("0.37");
    QTest::newRow("v0 load 15") << v0 << 2ll << "load15" << json("0.3");
    QTest::newRow("v0 tcp") << v0 << 2ll << "tcp_connections" << json("61");
    QTest::newRow("v0 udp") << v0 << 2ll << "udp_connections" << json("9");
    QTest::newRow("v0 processes") << v0 << 2ll << "processes" << json("287");
    QTest::newRow("v0 temperatures") << v0 << 2ll << "temperatures"
        << json(R"([{"name":"coretemp_package_id_0","celsius":48},{"name":"nvme_composite","celsius":39.85}])");
    QTest::newRow("v0 gpu usage") << v0 << 2ll << "gpu" << json("12.5");
    QTest::newRow("v0 transfer in") << v0 << 2ll << "net_in_transfer" << json("512370045120");
    QTest::newRow("v0 transfer out") << v0 << 2ll << "net_out_transfer" << json("88410235904");
    QTest::newRow("v0 kept key: mem_total") << v0 << 2ll << "mem_total" << json("33388765184");
    QTest::newRow("v0 never reported: no boot time") << v0 << 3ll << "boot_time" << json("null");
    const QString v1 = u"nezha-v1v2/v1-ws-frame.json"_s;
    QTest::newRow("v1 load 15") << v1 << 2ll << "load15" << json("0.3");
    QTest::newRow("v1 swap used") << v1 << 2ll << "swap_used" << json("536870912");
    QTest::newRow("v1 processes") << v1 << 2ll << "processes" << json("287");
    QTest::newRow("v1 transfer in") << v1 << 2ll << "net_in_transfer" << json("512369940500");
    QTest::newRow("v1 agent version") << v1 << 2ll << "agent_version" << json(R"("1.15.0")");
    QTest::newRow("v1 boot time") << v1 << 2ll << "boot_time" << json(R"("2026-11-17T11:58:03+00:00")");
    const QString gpu = u"nezha-v1v2/v2-ws-frame-multi-gpu.json"_s;
    QTest::newRow("v2 four gpu models") << gpu << 6ll << "gpu_models"
        << json(R"(["NVIDIA A100","NVIDIA A100","NVIDIA A100","NVIDIA A100"])");
    QTest::newRow("v2 gpu usages") << gpu << 6ll << "gpu_usages" << json("[12.5,97.25,0,55]");
    QTest::newRow("v2 gpu: the busiest") << gpu << 6ll << "gpu" << json("97.25");
    QTest::newRow("v2 virtualization") << gpu << 6ll << "virtualization" << json(R"("kvm")");
}

void TestDetailsJson::fields()
{
    QFETCH(QString, fixture);
    QFETCH(qint64, id);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QVERIFY(!value.isUndefined());
    const QJsonObject server = serverJson(fixture, id);
    QVERIFY2(!server.isEmpty(), qPrintable(fixture));
    QVERIFY2(server.contains(key), qPrintable(key));
    QCOMPARE(server.value(key), value);
}

void TestDetailsJson::everyKeyIsWritten()
{
    const QJsonObject server = serverJson(u"nezha/v0-server-details-all.json"_s, 2);
    for (const QString &key : DetailsJson::keys())
        QVERIFY2(server.contains(key), qPrintable(key));
    QStringList written = DetailsJson::fields(ServerSnapshot{}).keys();
    QStringList documented = DetailsJson::keys();
    written.sort();
    documented.sort();
    QCOMPARE(written, documented);
    // The temperatures of a frame with 80 sensors stay as many as the decoder kept (it bounds them).
    const QJsonObject busy = serverJson(u"nezha-v1v2/v2-ws-frame-multi-gpu.json"_s, 6);
    QVERIFY(busy.value(u"temperatures"_s).toArray().size() <= 80);
}

void TestDetailsJson::listOutputStaysShort()
{
    // `servers --format json` (no details) keeps its short objects.
    const QString text = FleetPrinter::render(decode(u"nezha/v0-server-details-all.json"_s), FleetPrinter::Format::Json,
                                              FleetPrinter::Columns::List, 30);
    const QJsonObject first = QJsonDocument::fromJson(text.toUtf8()).array().at(0).toObject();
    QVERIFY(!first.contains(u"cpu_models"_s));
    QVERIFY(first.contains(u"status"_s));
}

QTEST_GUILESS_MAIN(TestDetailsJson)
#include "tst_details_json.moc"
