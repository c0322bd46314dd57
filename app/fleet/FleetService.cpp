#include "fleet/FleetService.h"

#include "FleetModel.h"
#include "HistoryStore.h"
#include "net/ReplyChecks.h"
#include "nezha/NezhaAutoDriver.h"
#include "nezha/NezhaV0Driver.h"

#include <QNetworkInformation>

FleetService::FleetService(FleetModel *model, HistoryStore *history, QObject *parent)
    : QObject(parent), m_model(model), m_history(history)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(PollReason::Tick); });
}

void FleetService::setDriver(DashboardDriver *driver)
{
    if (m_driver == driver)
        return;
    delete m_driver.data();
    m_driver = driver;
    if (!driver)
        return;
    driver->setParent(this);
    driver->setConnection(m_connection);
    driver->setRequestTimeoutMs(requestTimeoutMs());
    connect(driver, &DashboardDriver::detailsReceived, this, &FleetService::onDetails);
    connect(driver, &DashboardDriver::requestFailed, this,
            [this](DashboardDriver::Endpoint endpoint, const ApiError &error) {
                if (endpoint == DashboardDriver::Endpoint::Details)
                    onFailed(error);
            });
}

void FleetService::useNezha(QNetworkAccessManager *nam)
{
    setDriver(new NezhaAutoDriver(nam));
}

void FleetService::useNezhaV0(QNetworkAccessManager *nam)
{
    setDriver(new NezhaV0Driver(nam));
}

void FleetService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 FleetService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void FleetService::setConnection(const DashboardConnection &connection)
{
    const bool newCredentials = !m_connection.sameCredentials(connection);
    const bool newDashboard = m_connection.url != connection.url;
    m_connection = connection;
    setOfflineThreshold(connection.offlineThresholdSecs);
    if (m_driver) {
        m_driver->setConnection(connection); // drops requests in flight for other credentials
        m_driver->setRequestTimeoutMs(requestTimeoutMs());
    }
    if (!newCredentials) {
        if (m_running && m_state != ConnectionState::AuthRejected)
            scheduleNext(); // the interval may have changed
        return;
    }
    if (newDashboard) { // another fleet: its servers must not mix with the old ones
        m_model->clear();
        if (m_history)
            m_history->clear();
        emit dashboardChanged();
    }
    m_failures = 0;
    m_lastError = {};
    // New credentials always lift a rejection, running or not: the window stops, sets the new connection
    // and starts again, and start() must then poll.
    if (m_running) {
        setState(connection.isValid() ? ConnectionState::Connecting : ConnectionState::Idle);
        poll();
    } else if (m_state == ConnectionState::AuthRejected) {
        setState(ConnectionState::Idle);
    }
}

void FleetService::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_state == ConnectionState::AuthRejected)
        return; // stays stopped until the credentials change
    setState(m_connection.isValid() ? ConnectionState::Connecting : ConnectionState::Idle);
    poll();
}

void FleetService::stop()
{
    m_running = false;
    m_timer.stop();
    m_nextPollAt = {};
    if (m_driver)
        m_driver->cancelAll();
    if (m_state != ConnectionState::AuthRejected)
        setState(ConnectionState::Idle);
}

void FleetService::refreshNow()
{
    if (!m_running || m_state == ConnectionState::AuthRejected)
        return;
    poll();
}

void FleetService::retryNow()
{
    if (m_running && m_state == ConnectionState::Stale)
        poll();
}

bool FleetService::followNetworkReachability()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        setNetworkOnline(r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site);
    });
    return true;
}

void FleetService::setNetworkOnline(bool online)
{
    if (online)
        retryNow();
}

void FleetService::setPollInterval(int ms)
{
    m_connection.pollIntervalMs = qMax(100, ms);
    if (m_driver)
        m_driver->setRequestTimeoutMs(requestTimeoutMs());
    if (m_running && m_timer.isActive())
        scheduleNext();
}

void FleetService::setOfflineThreshold(int secs)
{
    m_connection.offlineThresholdSecs = qMax(1, secs);
    m_model->setOfflineThresholdSecs(m_connection.offlineThresholdSecs);
}

int FleetService::backoffIntervalMs(int pollMs, int failures, int capMs)
{
    const qint64 poll = qMax(1, pollMs);
    const qint64 cap = qMax(poll, qMin(poll * BackoffIntervals, qint64(capMs)));
    qint64 interval = poll;
    for (int i = 0; i < failures && interval < cap; ++i)
        interval *= 2;
    return int(qMin(interval, cap));
}

int FleetService::currentIntervalMs() const
{
    return backoffIntervalMs(m_connection.pollIntervalMs, m_failures, m_backoffCapMs);
}

int FleetService::requestTimeoutMs() const
{
    // Shorter than the poll interval so a hung request never overlaps the next tick, but never so short
    // that a slow link cannot answer: between 1 s and 10 s.
    return qBound(1000, m_connection.pollIntervalMs * 4 / 5, 10000);
}

void FleetService::poll(PollReason reason)
{
    m_timer.stop();
    m_nextPollAt = {};
    if (!m_running || !m_driver || !m_connection.isValid() || m_state == ConnectionState::AuthRejected)
        return;
    if (m_driver->fetchDetails(DetailsQuery::all())) {
        m_requestAge.start();
        scheduleNext(); // the next tick comes even if this answer never does; an answer restarts the timer
        return;
    }
    // The previous request is still running. On a timer tick that is a failure the user must see (a server
    // trickling its answer would otherwise leave old data looking "Connected"); an explicit refresh just
    // waits for the answer on its way.
    if (reason == PollReason::Tick && !m_driver->isStreaming())
        onTickSkipped();
    else
        scheduleNext();
}

void FleetService::onTickSkipped()
{
    const int secs = m_requestAge.isValid() ? int(m_requestAge.elapsed() / 1000) : 0;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    //: %1 is the dashboard address; the poll that was due now could not be sent
    error.detail = tr("the previous request to %1 has not finished after %n second(s)", nullptr, secs)
                       .arg(ReplyChecks::displayUrl(m_connection.url));
    onFailed(error);
}

void FleetService::onDetails(const FleetSnapshot &snapshot)
{
    if (!m_running)
        return;
    m_failures = 0;
    m_lastError = {};
    m_lastSuccess = QDateTime::fromMSecsSinceEpoch(now());
    m_model->apply(snapshot);
    if (m_history)
        m_history->append(snapshot, m_connection.offlineThresholdSecs);
    m_model->setStale(false);
    setState(ConnectionState::Connected);
    emit snapshotApplied(snapshot);
    scheduleNext();
}

void FleetService::onFailed(const ApiError &error)
{
    if (!m_running || error.kind == ApiError::Kind::Canceled)
        return;
    m_lastError = error;
    m_model->setStale(true);
    emit pollFailed(error);
    if (error.kind == ApiError::Kind::Auth) {
        m_timer.stop();
        m_nextPollAt = {};
        setState(ConnectionState::AuthRejected);
        return;
    }
    ++m_failures;
    setState(ConnectionState::Stale);
    scheduleNext();
}

void FleetService::scheduleNext()
{
    if (!m_running || m_state == ConnectionState::AuthRejected)
        return;
    const int interval = currentIntervalMs();
    m_timer.start(interval);
    m_nextPollAt = QDateTime::fromMSecsSinceEpoch(now() + interval);
    emit nextPollScheduled(m_nextPollAt);
}

void FleetService::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
