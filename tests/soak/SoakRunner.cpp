#include "SoakRunner.h"

#include <QTextStream>
#include <cmath>

SoakRunner::SoakRunner(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_demo(options.servers, 1)
    , m_history(options.historySamples)
    , m_service(&m_model, &m_history)
    , m_alerts(nullptr)
{
    const int phases = qMax(1, int(std::lround(options.minutes * 60 / options.cycleSecs)));
    m_phases = phases % 2 ? phases : phases + 1;
    const int rotation = (2 * int(faultCycle().size()) + 1) * options.cycleSecs;
    m_warmupSecs = options.warmupSecs >= 0 ? options.warmupSecs : qMin(rotation, m_phases * options.cycleSecs / 2);
    m_ledger.setWarmupSecs(m_warmupSecs);
    m_ledger.setGracePolls(m_alerts.policy().config().gracePolls);

    m_demo.setSlowDelayMs(5000);      // far beyond the request timeout (at most 10 s; 1 s at a 1 s poll)
    m_demo.setTrickleIntervalMs(250); // a byte every 250 ms: an idle timeout alone would never fire
    m_service.useNezhaV0(&m_nam);
    m_alerts.watch(&m_service);

    connect(&m_service, &FleetService::stateChanged, this, [this](FleetService::ConnectionState state) {
        m_ledger.stateChanged(state);
    });
    connect(&m_service, &FleetService::snapshotApplied, this, [this](const FleetSnapshot &snapshot) {
        m_ledger.snapshotApplied(snapshot, m_service.connection().offlineThresholdSecs);
    });
    connect(&m_alerts.policy(), &OfflinePolicy::eventsRaised, this,
            [this](const QList<AlertEvent> &events) { m_ledger.eventsRaised(events); });
    connect(&m_alerts, &AlertCenter::notificationReady, this, [this] { m_ledger.notificationShown(); });

    m_phaseTimer.setInterval(options.cycleSecs * 1000);
    connect(&m_phaseTimer, &QTimer::timeout, this, &SoakRunner::nextPhase);
    m_rssTimer.setInterval(options.rssEverySecs * 1000);
    connect(&m_rssTimer, &QTimer::timeout, this, &SoakRunner::sampleRss);
}

QList<DemoDashboard::Fault> SoakRunner::faultCycle()
{
    using F = DemoDashboard::Fault;
    return {F::Slow, F::Trickle, F::DropConnection, F::HtmlNotFound, F::TruncatedJson, F::RejectToken, F::HugeBody};
}

bool SoakRunner::start(QString *error)
{
    if (!m_demo.listen()) {
        *error = QStringLiteral("the demo dashboard cannot listen on 127.0.0.1");
        return false;
    }
    DashboardConnection connection;
    connection.url = m_demo.url();
    connection.token = m_demo.token();
    connection.generation = DashboardConnection::Generation::V0;
    connection.pollIntervalMs = m_options.pollMs;
    m_service.setConnection(connection);
    m_clock.start();
    m_service.start();
    m_phaseTimer.start();
    m_rssTimer.start();
    sampleRss();
    progress(QStringLiteral("healthy (warm-up)"));
    return true;
}

void SoakRunner::nextPhase()
{
    ++m_phase;
    const bool fault = m_phase % 2 == 1;
    if (!fault || m_phase == m_phases)
        endFault();
    if (m_phase >= m_phases) {
        m_ledger.episodeEnded(m_model.isStale(), m_service.state());
        m_phaseTimer.stop();
        m_rssTimer.stop();
        sampleRss();
        m_service.stop();
        emit finished();
        return;
    }
    if (fault) {
        if (m_phase >= 3)
            m_ledger.episodeEnded(m_model.isStale(), m_service.state());
        const QList<DemoDashboard::Fault> cycle = faultCycle();
        beginFault(cycle.at((m_phase / 2) % cycle.size()));
    }
}

void SoakRunner::beginFault(DemoDashboard::Fault fault)
{
    m_ledger.beginEpisode(fault);
    m_demo.setFault(fault);
    progress(DemoDashboard::faultName(fault));
}

void SoakRunner::endFault()
{
    if (!m_ledger.inFault())
        return;
    m_ledger.faultWindowEnded(m_model.isStale());
    const DemoDashboard::Fault was = m_demo.fault();
    m_demo.setFault(DemoDashboard::Fault::None);
    if (was == DemoDashboard::Fault::RejectToken) { // the user pastes the dashboard's new token
        m_demo.setToken(DemoDashboard::generateToken());
        DashboardConnection connection = m_service.connection();
        connection.token = m_demo.token();
        m_service.setConnection(connection);
    }
    progress(QStringLiteral("healthy"));
}

void SoakRunner::sampleRss()
{
    m_ledger.rssSampled({m_clock.elapsed() / 1000, SoakLedger::readRssKib(), SoakLedger::readHeapKib(), m_demo.fault()});
}

void SoakRunner::progress(const QString &what) const
{
    QTextStream err(stderr);
    err << QString::asprintf("[%5llds] phase %d/%d: %-13s rss %lld KiB, malloc %lld KiB, state %d, stale %d\n",
                             m_clock.elapsed() / 1000, m_phase + 1, m_phases, qPrintable(what),
                             SoakLedger::readRssKib(), SoakLedger::readHeapKib(), int(m_service.state()),
                             int(m_model.isStale()));
}
