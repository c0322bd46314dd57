#include "demo/SimulatedFleet.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtMath>

namespace {

constexpr quint64 GiB = 1024ull * 1024 * 1024;
constexpr qint64 OutagePeriodSecs = 600;
constexpr qint64 OutageLengthSecs = 90;

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

struct Place
{
    const char *country;
    const char *city;
};
constexpr Place places[] = {{"de", "fra"}, {"us", "nyc"}, {"jp", "tyo"}, {"sg", "sin"}, {"nl", "ams"},
                            {"hk", "hkg"}, {"fi", "hel"}, {"gb", "lon"}, {"cn", "sha"}, {"us", "sjc"},
                            {"fr", "par"}, {"ca", "yul"}};
constexpr const char *roles[] = {"web", "db", "edge", "cache", "ci", "nas", "vpn", "mail", "k8s", "mq"};
constexpr const char *tags[] = {"Production", "Production", "Staging", "Edge", "Home", "Production", "Edge", ""};
struct Os
{
    const char *platform;
    const char *version;
    const char *arch;
    const char *virt;
};
constexpr Os systems[] = {{"ubuntu", "22.04", "x86_64", "kvm"},
                          {"debian", "12", "x86_64", ""},
                          {"ubuntu", "24.04", "aarch64", "kvm"},
                          {"centos", "7.9.2009", "x86_64", "vmware"},
                          {"alpine", "3.19.1", "x86_64", "lxc"},
                          {"Microsoft Windows Server 2022 Datacenter", "10.0.20348 Build 20348", "x86_64", "hyperv"},
                          {"rocky", "9.3", "x86_64", "kvm"},
                          {"darwin", "14.4.1", "arm64", ""}};
constexpr int memGiB[] = {1, 2, 4, 8, 16, 32, 64, 128};
constexpr int diskGB[] = {20, 40, 80, 160, 500, 1000, 4000};

QString cpuModel(const Os &os, int cores, bool physical)
{
    const QString kind = physical ? QStringLiteral("Physical") : QStringLiteral("Virtual");
    QString model = QStringLiteral("AMD EPYC 7B13");
    if (QLatin1String(os.arch) == QLatin1String("aarch64"))
        model = QStringLiteral("Neoverse-N1");
    else if (QLatin1String(os.arch) == QLatin1String("arm64"))
        model = QStringLiteral("Apple M2");
    else if (physical)
        model = QStringLiteral("12th Gen Intel(R) Core(TM) i5-12400");
    return QStringLiteral("%1 %2 %3 Core").arg(model).arg(cores).arg(kind);
}

} // namespace

SimulatedFleet::SimulatedFleet(int count, quint32 seed, Clock clock) : m_clock(std::move(clock)), m_seed(seed)
{
    m_epochSecs = nowMs() / 1000;
    for (int i = 0; i < count; ++i) {
        Host host = makeHost(i, count);
        m_index.insert(host.base.id, int(m_hosts.size()));
        m_tagLists[host.base.tag].append(host.base.id);
        m_hosts.append(host);
    }
}

void SimulatedFleet::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 SimulatedFleet::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

SimulatedFleet::Host SimulatedFleet::makeHost(int index, int count) const
{
    QRandomGenerator rng(quint32(splitMix(m_seed * 1000003ull + quint64(index))));
    Host h;
    ServerSnapshot &s = h.base;
    s.id = quint64(index) + 1;
    const Place &place = places[rng.bounded(int(std::size(places)))];
    const Os &os = systems[index < 8 ? index : rng.bounded(int(std::size(systems)))];
    s.name = QStringLiteral("%1-%2-%3")
                 .arg(QLatin1String(place.city), QLatin1String(roles[index % int(std::size(roles))]))
                 .arg(index / int(std::size(roles)) + 1, 2, 10, QLatin1Char('0'));
    s.tag = QLatin1String(tags[index % int(std::size(tags))]);
    s.displayIndex = index % 5 == 0 ? 10 - index % 3 : 0;
    s.hideForGuest = index % 7 == 3;
    s.ipv4 = QStringLiteral("203.0.%1.%2").arg(113 + index / 250).arg(index % 250 + 1);
    if (index % 3 == 1)
        s.ipv6 = QStringLiteral("2001:db8:%1::%2").arg(index / 250 + 1).arg(index % 250 + 1, 0, 16);
    s.validIp = s.ipv4;
    s.hasDetails = true;

    const bool physical = QLatin1String(os.virt).isEmpty();
    const int cores = 1 << rng.bounded(1, 6);
    s.host.platform = QLatin1String(os.platform);
    s.host.platformVersion = QLatin1String(os.version);
    s.host.arch = QLatin1String(os.arch);
    s.host.virtualization = QLatin1String(os.virt);
    s.host.cpu = {cpuModel(os, cores, physical)};
    h.cores = cores;
    s.host.memTotal = quint64(memGiB[rng.bounded(int(std::size(memGiB)))]) * GiB;
    s.host.diskTotal = quint64(diskGB[rng.bounded(int(std::size(diskGB)))]) * 1000000000ull;
    s.host.swapTotal = index % 4 == 2 ? 0 : s.host.memTotal / 2;
    s.host.bootTime = quint64(m_epochSecs - 3600 - rng.bounded(90 * 86400));
    s.host.countryCode = QLatin1String(place.country);
    s.host.agentVersion = index % 6 == 5 ? QStringLiteral("0.19.8") : QStringLiteral("0.20.5");
    if (index == 1 || index == 4) // two GPU hosts
        s.host.gpu = {index == 1 ? QStringLiteral("NVIDIA GeForce RTX 3060") : QStringLiteral("NVIDIA A10G")};

    h.cpuBase = 3 + rng.bounded(45.0);
    h.cpuSwing = 2 + rng.bounded(20.0);
    h.memFraction = 0.2 + rng.bounded(0.6);
    h.diskFraction = 0.1 + rng.bounded(0.8);
    h.netAverage = 5e3 + rng.bounded(4e6);
    h.phase = rng.bounded(2 * M_PI);
    // The last server never connected; two others drop off on a schedule.
    h.neverReported = count > 1 && index == count - 1;
    if (index == 2 || index == 6)
        h.outagePhaseSecs = index == 2 ? 120 : 420;
    return h;
}

double SimulatedFleet::noise(quint64 id, qint64 slot, int channel) const
{
    const quint64 h = splitMix(splitMix(m_seed ^ (id << 20) ^ quint64(channel)) ^ quint64(slot));
    return double(h >> 11) / double(1ull << 53) * 2.0 - 1.0;
}

qint64 SimulatedFleet::lastActiveAt(const Host &host, qint64 nowSecs) const
{
    if (host.neverReported)
        return NeverReported;
    if (host.forcedOfflineSinceSecs >= 0)
        return host.forcedOfflineSinceSecs;
    if (m_scheduledOutages && host.outagePhaseSecs >= 0) {
        const qint64 intoWindow = (nowSecs - host.outagePhaseSecs) % OutagePeriodSecs;
        if (intoWindow >= 0 && intoWindow < OutageLengthSecs)
            return nowSecs - intoWindow;
    }
    // Agents report every second (v0 default); the newest report is up to a second old.
    return nowSecs - (noise(host.base.id, nowSecs, 9) > 0 ? 1 : 0);
}

ServerSnapshot SimulatedFleet::render(const Host &host, qint64 nowSecs) const
{
    ServerSnapshot s = host.base;
    s.lastActive = lastActiveAt(host, nowSecs);
    if (host.neverReported) {
        // A server that never connected has empty host info and zero status (v0: &Host{}, &HostState{}).
        s.host = HostInfo();
        s.status = ServerStatus();
        s.ipv4.clear();
        s.ipv6.clear();
        s.validIp.clear();
        return s;
    }
    if (!host.simulated)
        return s;
    const qint64 t = s.lastActive; // an offline server keeps showing its last report
    const quint64 id = s.id;
    const double wave = qSin(2 * M_PI * double(t % 600) / 600.0 + host.phase);
    const double slowWave = qSin(2 * M_PI * double(t % 3600) / 3600.0 + host.phase);
    const double cores = host.cores;

    ServerStatus &st = s.status;
    st.cpu = qBound(0.0, host.cpuBase + host.cpuSwing * wave + 4 * noise(id, t / 3, 0), 100.0);
    st.memUsed = quint64(double(s.host.memTotal) * qBound(0.05, host.memFraction + 0.05 * slowWave + 0.01 * noise(id, t / 5, 1), 0.98));
    st.swapUsed = quint64(double(s.host.swapTotal) * qBound(0.0, 0.05 + 0.03 * slowWave, 1.0));
    st.diskUsed = quint64(double(s.host.diskTotal) * host.diskFraction);
    st.uptime = quint64(qMax<qint64>(0, t - qint64(s.host.bootTime)));
    const double in = host.netAverage * (1 + 0.6 * wave) * (1 + 0.3 * noise(id, t, 2));
    st.netInSpeed = quint64(qMax(0.0, in));
    st.netOutSpeed = quint64(qMax(0.0, in * 0.6 * (1 + 0.2 * noise(id, t, 3))));
    // Counters since boot grow with the average rate (plus a little of the wave), so they never go back.
    st.netInTransfer = quint64(host.netAverage * double(st.uptime));
    st.netOutTransfer = quint64(host.netAverage * 0.6 * double(st.uptime));
    st.load1 = qMax(0.0, st.cpu / 100.0 * cores * (1 + 0.15 * noise(id, t, 4)));
    st.load5 = qMax(0.0, (host.cpuBase + host.cpuSwing * slowWave * 0.5) / 100.0 * cores);
    st.load15 = qMax(0.0, host.cpuBase / 100.0 * cores);
    st.tcpConnCount = quint64(20 + st.cpu * 3 + 5 * noise(id, t, 5));
    st.udpConnCount = quint64(4 + 2 * (1 + noise(id, t / 10, 6)));
    st.processCount = quint64(110 + st.cpu + 3 * noise(id, t / 10, 7));
    if (!s.host.gpu.isEmpty()) {
        st.gpu = qBound(0.0, 40 + 35 * slowWave + 5 * noise(id, t, 8), 100.0);
        st.temperatures = {{QStringLiteral("coretemp_package_id_0"), 38 + st.cpu * 0.45},
                           {QStringLiteral("nvme_composite"), 41 + 3 * slowWave},
                           {QStringLiteral("gpu"), 45 + st.gpu * 0.35}};
    }
    return s;
}

QList<ServerSnapshot> SimulatedFleet::servers() const
{
    const qint64 nowSecs = nowMs() / 1000;
    QList<ServerSnapshot> out;
    out.reserve(m_hosts.size());
    for (const Host &host : m_hosts)
        out.append(render(host, nowSecs));
    return out;
}

ServerSnapshot SimulatedFleet::server(quint64 id, bool *found) const
{
    const auto it = m_index.constFind(id);
    if (found)
        *found = it != m_index.constEnd();
    return it == m_index.constEnd() ? ServerSnapshot() : render(m_hosts.at(*it), nowMs() / 1000);
}

ServerSnapshot SimulatedFleet::serverAt(quint64 id, qint64 ms, bool *found) const
{
    const auto it = m_index.constFind(id);
    if (found)
        *found = it != m_index.constEnd();
    return it == m_index.constEnd() ? ServerSnapshot() : render(m_hosts.at(*it), ms / 1000);
}

QList<quint64> SimulatedFleet::idsWithTag(const QString &tag) const
{
    return m_tagLists.value(tag);
}

void SimulatedFleet::setServerOffline(quint64 id, bool offline)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    Host &host = m_hosts[*it];
    if (offline && host.forcedOfflineSinceSecs < 0)
        host.forcedOfflineSinceSecs = qMax<qint64>(0, lastActiveAt(host, nowMs() / 1000));
    else if (!offline)
        host.forcedOfflineSinceSecs = -1;
}

quint64 SimulatedFleet::addServer(const ServerSnapshot &server)
{
    Host host;
    host.base = server;
    host.simulated = false;
    host.neverReported = server.neverReported();
    if (host.base.id == 0) {
        quint64 next = 1;
        for (const Host &h : std::as_const(m_hosts))
            next = qMax(next, h.base.id + 1);
        host.base.id = next;
    }
    removeServer(host.base.id);
    m_index.insert(host.base.id, int(m_hosts.size()));
    m_tagLists[host.base.tag].append(host.base.id);
    m_hosts.append(host);
    return host.base.id;
}

void SimulatedFleet::removeServer(quint64 id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    const int row = *it;
    m_tagLists[m_hosts.at(row).base.tag].removeOne(id);
    m_hosts.removeAt(row);
    m_index.clear();
    for (int i = 0; i < m_hosts.size(); ++i)
        m_index.insert(m_hosts.at(i).base.id, i);
}

void SimulatedFleet::setTag(quint64 id, const QString &tag)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    Host &host = m_hosts[*it];
    m_tagLists[host.base.tag].removeOne(id);
    host.base.tag = tag;
    m_tagLists[tag].append(id);
}
