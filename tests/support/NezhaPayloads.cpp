#include "NezhaPayloads.h"

#include "NezhaV0Codec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

QByteArray NezhaPayloads::fixture(const QString &name)
{
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/nezha/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

namespace {

void randomizeStatus(ServerSnapshot &s, QRandomGenerator &rng)
{
    ServerStatus &st = s.status;
    st.cpu = rng.bounded(10000) / 100.0;
    st.memUsed = s.host.memTotal / 10 + rng.bounded(quint64(s.host.memTotal / 2));
    st.swapUsed = s.host.swapTotal ? rng.bounded(s.host.swapTotal / 4) : 0;
    st.diskUsed = s.host.diskTotal / 5 + rng.bounded(1024 * 1024 * 64);
    st.netInSpeed = rng.bounded(50 * 1024 * 1024);
    st.netOutSpeed = rng.bounded(20 * 1024 * 1024);
    st.netInTransfer += st.netInSpeed * 3;
    st.netOutTransfer += st.netOutSpeed * 3;
    st.uptime += 3;
    st.load1 = rng.bounded(800) / 100.0;
    st.load5 = rng.bounded(600) / 100.0;
    st.load15 = rng.bounded(400) / 100.0;
    st.tcpConnCount = rng.bounded(2000);
    st.udpConnCount = rng.bounded(100);
    st.processCount = 100 + rng.bounded(400);
    for (Temperature &t : st.temperatures)
        t.celsius = 30 + rng.bounded(5000) / 100.0;
    if (!s.host.gpu.isEmpty())
        st.gpu = rng.bounded(10000) / 100.0;
}

} // namespace

QList<ServerSnapshot> NezhaPayloads::makeServers(int count, qint64 nowSecs, quint32 seed)
{
    static const char *const platforms[][2] = {{"debian", "12.7"}, {"ubuntu", "24.04"}, {"alpine", "3.20.3"},
                                               {"centos", "7.9.2009"}, {"windows", "10.0.20348 Build 20348"}};
    static const char *const tags[] = {"EU", "US", "Asia", "Home", "", "Edge"};
    static const char *const countries[] = {"de", "us", "jp", "nl", "sg", "cn", "fr"};
    QRandomGenerator rng(seed);
    QList<ServerSnapshot> servers;
    servers.reserve(count);
    for (int i = 0; i < count; ++i) {
        ServerSnapshot s;
        s.id = quint64(i + 1);
        s.name = QStringLiteral("node-%1-%2").arg(QLatin1StringView(countries[i % 7])).arg(i + 1, 5, 10, QLatin1Char('0'));
        s.tag = QLatin1StringView(tags[i % 6]);
        s.displayIndex = i % 10 == 0 ? 10 : 0;
        s.hideForGuest = i % 17 == 0;
        s.hasDetails = true;
        const bool never = i % 20 == 19;
        s.lastActive = never ? -62135596800 : (i % 10 == 7 ? nowSecs - 600 : nowSecs - rng.bounded(3));
        if (!never) {
            s.ipv4 = QStringLiteral("198.51.%1.%2").arg(i / 250 % 256).arg(i % 250 + 1);
            s.ipv6 = QStringLiteral("2001:db8::%1").arg(i + 1, 0, 16);
            s.validIp = s.ipv4;
            HostInfo &h = s.host;
            h.platform = QLatin1StringView(platforms[i % 5][0]);
            h.platformVersion = QLatin1StringView(platforms[i % 5][1]);
            h.cpu = {QStringLiteral("AMD EPYC 7B13 %1 Virtual Core").arg(1 << (i % 4))};
            h.memTotal = (quint64(1) << 30) * quint64(1 << (i % 6));
            h.diskTotal = (quint64(20) << 30) * quint64(1 + i % 8);
            h.swapTotal = i % 3 == 0 ? 0 : (quint64(1) << 30);
            h.arch = i % 9 == 0 ? QStringLiteral("aarch64") : QStringLiteral("x86_64");
            h.virtualization = i % 4 == 0 ? QString() : QStringLiteral("kvm");
            h.bootTime = quint64(nowSecs - 86400 * (1 + i % 90));
            h.countryCode = QLatin1StringView(countries[i % 7]);
            h.agentVersion = QStringLiteral("0.20.5");
            if (i % 25 == 0)
                h.gpu = {QStringLiteral("NVIDIA GeForce RTX 3060")};
            if (i % 8 == 0)
                s.status.temperatures = {{QStringLiteral("coretemp_package_id_0"), 45}, {QStringLiteral("nvme_composite"), 38}};
            s.status.uptime = quint64(nowSecs) - h.bootTime;
            s.status.netInTransfer = quint64(rng.bounded(1 << 30)) * 100;
            s.status.netOutTransfer = quint64(rng.bounded(1 << 30)) * 40;
            randomizeStatus(s, rng);
        }
        servers.append(s);
    }
    sortNezhaServers(servers);
    return servers;
}

void NezhaPayloads::advance(QList<ServerSnapshot> *servers, qint64 nowSecs, quint32 seed)
{
    QRandomGenerator rng(seed);
    for (ServerSnapshot &s : *servers) {
        if (s.neverReported() || nowSecs - s.lastActive > 60)
            continue; // never reported and offline servers stay as they are
        s.lastActive = nowSecs;
        randomizeStatus(s, rng);
    }
}

QByteArray NezhaPayloads::detailsPayload(const QList<ServerSnapshot> &servers, bool withRealDisplayIndex)
{
    QJsonArray result;
    for (const ServerSnapshot &s : servers)
        result.append(encodeNezhaV0Server(s, true, withRealDisplayIndex));
    return encodeNezhaV0Response(result);
}

QByteArray NezhaPayloads::listPayload(const QList<ServerSnapshot> &servers)
{
    QJsonArray result;
    for (const ServerSnapshot &s : servers)
        result.append(encodeNezhaV0Server(s, false, false));
    return encodeNezhaV0Response(result);
}

FleetSnapshot NezhaPayloads::fleet(const QList<ServerSnapshot> &servers, qint64 nowSecs)
{
    FleetSnapshot f;
    f.servers = servers;
    f.dashboardTimeMs = nowSecs * 1000;
    f.receivedAtMs = nowSecs * 1000;
    f.realDisplayIndex = true;
    return f;
}

