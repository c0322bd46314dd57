#include "nezha/NezhaAutoDriver.h"

#include "nezha/GenerationProbe.h"
#include "nezha/NezhaV0Driver.h"
#include "nezha/v1/NezhaV1Driver.h"
#include "nezha/v1/V1Session.h"

NezhaAutoDriver::NezhaAutoDriver(QNetworkAccessManager *nam, QObject *parent)
    : DashboardDriver(parent), m_nam(nam), m_probe(new GenerationProbe(nam, this))
{
    connect(m_probe, &GenerationProbe::finished, this, &NezhaAutoDriver::onProbed);
}

NezhaAutoDriver::~NezhaAutoDriver() = default;

void NezhaAutoDriver::setConnection(const DashboardConnection &connection)
{
    const bool changed = !m_connection.sameCredentials(connection);
    const QUrl oldUrl = m_connection.url;
    m_connection = connection;
    if (changed) {
        // WAF strikes count per dashboard: a corrected password on the same URL still meets the block.
        auto *v1 = qobject_cast<NezhaV1Driver *>(m_driver.data());
        m_probe->setFailedLogins(v1 && oldUrl == connection.url ? v1->session()->failedLogins() : 0);
        cancelAll();
        delete m_driver.data(); // another dashboard or credential: probe again
        m_info = {};
    } else if (m_driver) {
        m_driver->setConnection(connection);
    }
}

void NezhaAutoDriver::setRequestTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_probe->setRequestTimeoutMs(ms);
    if (m_driver)
        m_driver->setRequestTimeoutMs(ms);
}

void NezhaAutoDriver::probe()
{
    if (!m_probe->isRunning())
        m_probe->start(m_connection);
}

bool NezhaAutoDriver::fetchServerList(const QString &tag)
{
    if (m_driver)
        return m_driver->fetchServerList(tag);
    if (m_queuedList)
        return false;
    m_queuedList = tag;
    probe();
    return true;
}

bool NezhaAutoDriver::fetchDetails(const DetailsQuery &query)
{
    if (m_driver)
        return m_driver->fetchDetails(query);
    if (m_queuedDetails)
        return false;
    m_queuedDetails = query;
    probe();
    return true;
}

bool NezhaAutoDriver::fetchMetrics(quint64 serverId, const QString &metric, const QString &period)
{
    return m_driver && m_driver->fetchMetrics(serverId, metric, period);
}

bool NezhaAutoDriver::busy(Endpoint endpoint) const
{
    if (m_driver)
        return m_driver->busy(endpoint);
    return endpoint == Endpoint::ServerList ? m_queuedList.has_value() : m_queuedDetails.has_value();
}

void NezhaAutoDriver::cancelAll()
{
    m_probe->cancel();
    m_queuedList.reset();
    m_queuedDetails.reset();
    if (m_driver)
        m_driver->cancelAll();
}

void NezhaAutoDriver::onProbed(const DashboardInfo &info, const ApiError &error)
{
    if (info.generation != NezhaGeneration::Unknown && !(m_info == info)) {
        m_info = info;
        emit identified(m_info);
    }
    const std::optional<QString> list = std::exchange(m_queuedList, std::nullopt);
    const std::optional<DetailsQuery> details = std::exchange(m_queuedDetails, std::nullopt);
    if (error.isError()) {
        if (list)
            emit requestFailed(Endpoint::ServerList, error);
        if (details)
            emit requestFailed(Endpoint::Details, error);
        return;
    }
    createDriver(info);
    if (list)
        m_driver->fetchServerList(*list);
    if (details)
        m_driver->fetchDetails(*details);
}

void NezhaAutoDriver::createDriver(const DashboardInfo &info)
{
    DashboardDriver *driver = nullptr;
    if (info.generation == NezhaGeneration::V0) {
        driver = new NezhaV0Driver(m_nam, this);
    } else {
        auto *v1 = new NezhaV1Driver(m_nam, this);
        v1->setDashboardInfo(info);
        if (m_v1Setup)
            m_v1Setup(v1);
        driver = v1;
    }
    driver->setConnection(m_connection);
    driver->setRequestTimeoutMs(m_timeoutMs);
    connect(driver, &DashboardDriver::serverListReceived, this, &DashboardDriver::serverListReceived);
    connect(driver, &DashboardDriver::detailsReceived, this, &DashboardDriver::detailsReceived);
    connect(driver, &DashboardDriver::requestFailed, this, &DashboardDriver::requestFailed);
    connect(driver, &DashboardDriver::metricsReceived, this, &DashboardDriver::metricsReceived);
    connect(driver, &DashboardDriver::metricsFailed, this, &DashboardDriver::metricsFailed);
    connect(driver, &DashboardDriver::identified, this, [this](const DashboardInfo &found) {
        m_info = found; // e.g. the version, which /setting shows only after an admin logged in
        emit identified(m_info);
    });
    m_driver = driver;
}
