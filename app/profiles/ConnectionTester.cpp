#include "profiles/ConnectionTester.h"

#include "grafana/GrafanaClient.h"
#include "nezha/NezhaAutoDriver.h"

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::describe(const ApiError &error, bool login)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Unreachable: %1").arg(error.text());
    case ApiError::Kind::Tls:
        return tr("TLS problem: %1").arg(error.text());
    case ApiError::Kind::Auth:
        return login ? tr("Sign-in rejected: %1").arg(error.text()) : tr("Token rejected: %1").arg(error.text());
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
    case ApiError::Kind::TooLarge:
        return tr("This does not look like a Nezha dashboard: %1").arg(error.text());
    default:
        return error.text();
    }
}

void ConnectionTester::cancel()
{
    delete m_driver; // its request is aborted with it
    m_driver = nullptr;
    if (m_grafana)
        m_grafana->setConnection({}); // answers for the previous connection are dropped
    m_dashboardBusy = false;
    m_grafanaBusy = false;
}

void ConnectionTester::testDashboard(const DashboardConnection &connection)
{
    if (!connection.url.isValid() || connection.url.host().isEmpty()
        || (connection.url.scheme() != QLatin1String("http") && connection.url.scheme() != QLatin1String("https"))) {
        emit dashboardTested(false, tr("Enter the dashboard address, starting with https:// or http://."));
        return;
    }
    if (connection.token.isEmpty() && !connection.hasLogin()) {
        emit dashboardTested(false, tr("Enter an API token (v0: Admin → API Token; v2: a personal access token) or "
                                       "a login name and password (v1/v2)."));
        return;
    }
    delete m_driver; // a new test replaces one still running; its answer is dropped with it
    auto *driver = new NezhaAutoDriver(m_nam, this); // detects v0, v1 or v2 like the poller does
    m_driver = driver;
    m_driver->setConnection(connection);
    m_driver->setRequestTimeoutMs(10000);
    m_dashboardBusy = true;
    connect(m_driver, &DashboardDriver::serverListReceived, this, [this](const FleetSnapshot &snapshot) {
        m_dashboardBusy = false;
        const DashboardInfo info = m_driver ? m_driver->info() : DashboardInfo();
        if (info.generation == NezhaGeneration::Unknown)
            emit dashboardTested(true, tr("Connected: the dashboard lists %n server(s).", nullptr,
                                          int(snapshot.servers.size())));
        else
            //: %1 = generation and version, e.g. "Nezha v2 (2.3.7)"
            emit dashboardTested(true, tr("Connected to %1: the dashboard lists %n server(s).", nullptr,
                                          int(snapshot.servers.size()))
                                           .arg(info.describe()));
    });
    const bool login = connection.token.isEmpty();
    connect(m_driver, &DashboardDriver::requestFailed, this,
            [this, login](DashboardDriver::Endpoint, const ApiError &error) {
        m_dashboardBusy = false;
        emit dashboardTested(false, describe(error, login));
    });
    m_driver->fetchServerList();
}

void ConnectionTester::testGrafana(const GrafanaConnection &connection)
{
    if (!connection.isComplete()) {
        emit grafanaTested(false, tr("Enter the Grafana address and an admin user name."));
        return;
    }
    if (!m_grafana) {
        m_grafana = new GrafanaClient(m_nam, this);
        connect(m_grafana, &GrafanaClient::connectionTested, this, [this](const GrafanaConnectionTest &result) {
            m_grafanaBusy = false;
            emit grafanaTested(result.status == GrafanaConnectionTest::Status::Connected, result.text());
        });
    }
    m_grafana->setConnection(connection);
    m_grafanaBusy = true;
    m_grafana->testConnection();
}
