#include "SoakLedger.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <malloc.h>

namespace {

constexpr double MaxRssSpreadPct = 5.0;

const char *yesNo(bool value)
{
    return value ? "yes" : "NO";
}

} // namespace

QStringList SoakEpisode::violations() const
{
    QStringList out;
    if (!complete)
        return out;
    if (problems != 1)
        out << QString::asprintf("outage announced %d times (expected once)", problems);
    if (wrongKindProblems > 0)
        out << QString::asprintf("%d announcement(s) of the wrong kind", wrongKindProblems);
    if (recoveries != 1)
        out << QString::asprintf("recovery announced %d times (expected once)", recoveries);
    if (expectsTokenRejected() && intoAuthRejected != 1)
        out << QString::asprintf("entered AuthRejected %d times (expected once)", intoAuthRejected);
    if (!expectsTokenRejected() && (intoStale < 1 || intoAuthRejected > 0))
        out << QString::asprintf("state: %d x Stale, %d x AuthRejected", intoStale, intoAuthRejected);
    if (intoConnected != 1)
        out << QString::asprintf("back to Connected %d times (expected once)", intoConnected);
    if (!staleAtFaultEnd)
        out << QStringLiteral("data not marked stale during the fault");
    if (!freshAtEnd)
        out << QStringLiteral("data not fresh after the fault");
    return out;
}

void SoakLedger::beginEpisode(DemoDashboard::Fault fault)
{
    SoakEpisode episode;
    episode.fault = fault;
    m_episodes.append(episode);
    m_inFault = true;
}

void SoakLedger::faultWindowEnded(bool modelStale)
{
    if (SoakEpisode *e = current())
        e->staleAtFaultEnd = modelStale;
    m_inFault = false;
}

void SoakLedger::episodeEnded(bool modelStale, FleetService::ConnectionState state)
{
    SoakEpisode *e = current();
    if (!e)
        return;
    e->freshAtEnd = !modelStale && state == FleetService::ConnectionState::Connected && e->snapshotsAfterFault > 0;
    e->complete = true;
}

void SoakLedger::stateChanged(FleetService::ConnectionState state)
{
    SoakEpisode *e = current();
    if (!e)
        return;
    using S = FleetService::ConnectionState;
    e->intoStale += state == S::Stale;
    e->intoAuthRejected += state == S::AuthRejected;
    e->intoConnected += state == S::Connected;
}

void SoakLedger::snapshotApplied(const FleetSnapshot &snapshot, int offlineThresholdSecs)
{
    ++m_snapshots;
    if (m_inFault)
        ++m_snapshotsDuringFaults;
    else if (SoakEpisode *e = current())
        ++e->snapshotsAfterFault;
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    for (const ServerSnapshot &server : snapshot.servers) {
        ServerTrack &track = m_servers[server.id];
        if (serverStateAt(server, nowSecs, offlineThresholdSecs) == ServerState::Offline) {
            if (++track.offlinePolls >= m_gracePolls && !track.confirmed) {
                track.confirmed = true;
                ++m_outagesSeen;
            }
            continue;
        }
        if (track.confirmed)
            ++m_recoveriesSeen;
        track = {};
    }
}

void SoakLedger::eventsRaised(const QList<AlertEvent> &events)
{
    for (const AlertEvent &event : events) {
        if (event.isServerEvent()) {
            m_serverEvents[event.serverId].append(event.kind);
            (event.kind == AlertEvent::Kind::ServerOffline ? m_offlineAnnounced : m_onlineAnnounced)++;
            continue;
        }
        SoakEpisode *e = current();
        if (!e) {
            ++m_eventsOutsideEpisodes;
            continue;
        }
        if (event.kind == AlertEvent::Kind::DashboardRecovered) {
            ++e->recoveries;
            continue;
        }
        ++e->problems;
        const auto expected = e->expectsTokenRejected() ? AlertEvent::Kind::TokenRejected
                                                        : AlertEvent::Kind::DashboardUnreachable;
        e->wrongKindProblems += event.kind != expected;
    }
}

qint64 SoakLedger::readRssKib()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = rss.match(QString::fromLatin1(file.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

qint64 SoakLedger::readHeapKib()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

SoakLedger::RssSummary SoakLedger::afterWarmup(qint64 SoakRssSample::*field) const
{
    RssSummary s;
    for (const SoakRssSample &sample : m_rss) {
        if (sample.secs < m_warmupSecs)
            continue;
        const qint64 kib = sample.*field;
        if (s.count++ == 0)
            s.first = s.min = s.max = kib;
        s.min = std::min(s.min, kib);
        s.max = std::max(s.max, kib);
        s.last = kib;
    }
    s.spreadPct = s.min > 0 ? 100.0 * double(s.max - s.min) / double(s.min) : 0;
    return s;
}

QStringList SoakLedger::serverViolations() const
{
    QStringList out;
    if (m_offlineAnnounced != m_outagesSeen || m_onlineAnnounced != m_recoveriesSeen)
        out << QString::asprintf("server announcements %d offline / %d online, snapshots show %d outages / %d recoveries",
                             m_offlineAnnounced, m_onlineAnnounced, m_outagesSeen, m_recoveriesSeen);
    for (auto it = m_serverEvents.cbegin(); it != m_serverEvents.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            const auto expected = i % 2 == 0 ? AlertEvent::Kind::ServerOffline : AlertEvent::Kind::ServerOnline;
            if (it->at(i) != expected) {
                out << QString::asprintf("server %llu: announcements out of order (%lld events)", it.key(), qlonglong(it->size()));
                break;
            }
        }
    }
    return out;
}

QStringList SoakLedger::violations() const
{
    QStringList out;
    if (m_snapshots == 0)
        out << QStringLiteral("no snapshot was ever applied");
    const RssSummary rss = afterWarmup(&SoakRssSample::kib);
    if (rss.count < 2)
        out << QStringLiteral("fewer than 2 RSS samples after warm-up");
    else if (rss.spreadPct > MaxRssSpreadPct)
        out << QString::asprintf("RSS spread %.1f %% after warm-up (limit %.0f %%)", rss.spreadPct, MaxRssSpreadPct);
    for (qsizetype i = 0; i < m_episodes.size(); ++i) {
        for (const QString &v : m_episodes.at(i).violations())
            out << QString::asprintf("episode %lld (%s): ", qlonglong(i + 1), qPrintable(DemoDashboard::faultName(m_episodes.at(i).fault))) + v;
    }
    if (m_eventsOutsideEpisodes > 0)
        out << QString::asprintf("%d dashboard announcement(s) before the first fault", m_eventsOutsideEpisodes);
    return out + serverViolations();
}

QString SoakLedger::episodeTable() const
{
    QString text;
    QTextStream out(&text);
    out << "  #  fault          ->Stale ->Auth ->Conn  problems recoveries  stale-in-fault fresh-after  snapshots-after\n";
    QMap<QString, QPair<int, int>> perFault; // name -> (episodes, ok)
    for (qsizetype i = 0; i < m_episodes.size(); ++i) {
        const SoakEpisode &e = m_episodes.at(i);
        const QString name = DemoDashboard::faultName(e.fault);
        out << QString::asprintf("%3lld  %-13s %6d %6d %6d  %8d %10d  %14s %11s  %15d%s\n", qlonglong(i + 1),
                                 qPrintable(name), e.intoStale, e.intoAuthRejected, e.intoConnected, e.problems,
                                 e.recoveries, yesNo(e.staleAtFaultEnd), yesNo(e.freshAtEnd),
                                 e.snapshotsAfterFault, e.complete ? "" : "  (incomplete)");
        auto &tally = perFault[name];
        ++tally.first;
        tally.second += e.complete && e.violations().isEmpty();
    }
    out << "per fault (episodes passing / run):";
    for (auto it = perFault.cbegin(); it != perFault.cend(); ++it)
        out << ' ' << it.key() << ' ' << it->second << '/' << it->first;
    out << '\n';
    return text;
}

QString SoakLedger::report() const
{
    QString text;
    QTextStream out(&text);
    const RssSummary rss = afterWarmup(&SoakRssSample::kib);
    const RssSummary heap = afterWarmup(&SoakRssSample::heapKib);
    qint64 startKib = m_rss.isEmpty() ? 0 : m_rss.first().kib;
    SoakRssSample peak;
    for (const SoakRssSample &sample : m_rss)
        peak = sample.kib > peak.kib ? sample : peak;
    out << QString::asprintf("RSS (KiB): start %lld, peak %lld at %llds (demo mode %s), %lld samples\n", startKib,
                             peak.kib, peak.secs, qPrintable(DemoDashboard::faultName(peak.fault)),
                             qlonglong(m_rss.size()));
    out << QString::asprintf("RSS after warm-up (%llds, %d samples): first %lld, min %lld, max %lld, last %lld, "
                             "spread %.2f %% (limit %.0f %%)\n",
                             m_warmupSecs, rss.count, rss.first, rss.min, rss.max, rss.last, rss.spreadPct,
                             MaxRssSpreadPct);
    out << QString::asprintf("malloc in use after warm-up (KiB): first %lld, min %lld, max %lld, last %lld, spread %.2f %% "
                             "(not a verdict: RSS growing while this stays flat is the allocator keeping freed memory)\n",
                             heap.first, heap.min, heap.max, heap.last, heap.spreadPct);
    out << QString::asprintf("snapshots applied: %d (%d while a fault was on: requests answered before it)\n",
                             m_snapshots, m_snapshotsDuringFaults);
    out << QString::asprintf("notifications composed: %d\n", m_notifications);
    out << QString::asprintf("server outages in the snapshots: %d (recoveries %d); announced: %d offline, %d online\n",
                             m_outagesSeen, m_recoveriesSeen, m_offlineAnnounced, m_onlineAnnounced);
    out << episodeTable();
    return text;
}
