#pragma once

// Value types for one poll of a Nezha dashboard, independent of the API generation (v0 today, v1/v2 later).
// Decoders in models/ produce them, app/ carries them, FleetModel and the history store consume them.
// Plain values: copyable, no QObject, usable from any thread.

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

struct Temperature
{
    QString name;
    double celsius = 0;
    bool operator==(const Temperature &) const = default;
};

struct HostInfo
{
    QString platform;
    QString platformVersion;
    QStringList cpu; // e.g. "AMD EPYC 7B13 2 Virtual Core"; empty when the dashboard sent null
    quint64 memTotal = 0;
    quint64 diskTotal = 0;
    quint64 swapTotal = 0;
    QString arch;
    QString virtualization;
    quint64 bootTime = 0; // Unix seconds
    QString countryCode;  // lowercase ISO code as the dashboard sends it
    QString agentVersion;
    QStringList gpu;
    bool operator==(const HostInfo &) const = default;
};

struct ServerStatus
{
    double cpu = 0; // percent of the whole machine, clamped to 0..100 by the decoder
    quint64 memUsed = 0;
    quint64 swapUsed = 0;
    quint64 diskUsed = 0;
    quint64 netInTransfer = 0;  // bytes since boot
    quint64 netOutTransfer = 0; // bytes since boot
    quint64 netInSpeed = 0;     // bytes per second
    quint64 netOutSpeed = 0;    // bytes per second
    quint64 uptime = 0;         // seconds
    double load1 = 0;
    double load5 = 0;
    double load15 = 0;
    quint64 tcpConnCount = 0;
    quint64 udpConnCount = 0;
    quint64 processCount = 0;
    QList<Temperature> temperatures;
    double gpu = 0;          // usage percent: v0's single value; v1/v2: the highest of gpuUsages
    QList<double> gpuUsages; // v1/v2: one usage percent per GPU (v0 sends one value: empty here)
    bool operator==(const ServerStatus &) const = default;
};

struct ServerSnapshot
{
    quint64 id = 0;
    QString name;
    QString tag;           // v0's single tag; empty on v1/v2
    QStringList groups;    // v1/v2 server-group names (a server may be in several); empty on v0
    qint64 lastActive = 0; // Unix seconds on the dashboard's clock; <= 0 means never reported
    QString ipv4;
    QString ipv6;
    QString validIp;
    int displayIndex = 0;
    bool hideForGuest = false;
    bool hasDetails = false; // host/status were present (details endpoint), not just the list
    HostInfo host;
    ServerStatus status;

    bool neverReported() const { return lastActive <= 0; }
    bool operator==(const ServerSnapshot &) const = default;
};

// A v1/v2 server group (/api/v1/server-group). An empty group has no server ids.
struct ServerGroup
{
    quint64 id = 0;
    QString name;
    QList<quint64> serverIds;
    bool operator==(const ServerGroup &) const = default;
};

// One successful poll (v0 REST) or stream frame / REST answer (v1/v2).
struct FleetSnapshot
{
    QList<ServerSnapshot> servers; // in the dashboard's display order (display_index desc, id asc)
    qint64 dashboardTimeMs = 0;    // the dashboard's clock (HTTP Date header), 0 when unknown
    qint64 receivedAtMs = 0;       // the local clock when the reply arrived
    bool realDisplayIndex = false; // true only for details without parameters (v0 fills zeros elsewhere)
    QList<ServerGroup> groups;     // v1/v2: the dashboard's server groups (names also copied into
                                   // ServerSnapshot::groups by the driver); empty on v0
};

// Per-server reachability, decided against the dashboard's clock, never the local one.
enum class ServerState { Online, Offline, NeverReported };

ServerState serverStateAt(const ServerSnapshot &server, qint64 dashboardNowSecs, int offlineThresholdSecs);

// "The dashboard now": the dashboard's clock (HTTP Date, stream frame time) when known, else the local clock when
// the data arrived, else fallbackMs. Every online/offline judgement and every history timestamp uses this one.
qint64 dashboardNowMs(const FleetSnapshot &snapshot, qint64 fallbackMs = 0);
