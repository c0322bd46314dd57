#pragma once

// The DashboardDriver FleetService, the command line and the connection test use for any Nezha dashboard:
// it probes the generation once per connection (GenerationProbe; skipped when the profile forces one), then
// creates NezhaV0Driver or NezhaV1Driver and delegates every call to it, re-emitting its signals. Calls made
// while probing are queued and replayed on the real driver; a probe failure answers each of them with
// requestFailed and the next call probes again. info() says what was found; identified() announces it.
// Main thread; the QNetworkAccessManager is injected and not owned.

#include "nezha/DashboardDriver.h"

#include <QPointer>

#include <functional>
#include <optional>

class GenerationProbe;
class NezhaV1Driver;
class QNetworkAccessManager;

class NezhaAutoDriver : public DashboardDriver
{
    Q_OBJECT
public:
    explicit NezhaAutoDriver(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NezhaAutoDriver() override;

    void setConnection(const DashboardConnection &connection) override;
    void setRequestTimeoutMs(int ms) override;

    bool fetchServerList(const QString &tag = {}) override;
    bool fetchDetails(const DetailsQuery &query = DetailsQuery::all()) override;
    bool busy(Endpoint endpoint) const override;
    void cancelAll() override;
    DashboardInfo info() const override { return m_info; }
    bool isStreaming() const override { return m_driver && m_driver->isStreaming(); }
    bool fetchMetrics(quint64 serverId, const QString &metric, const QString &period) override;

    DashboardDriver *driver() const { return m_driver; } // the generation's driver, null until identified
    // Called on each NezhaV1Driver right after it is created (tests shorten its intervals).
    void setV1Setup(std::function<void(NezhaV1Driver *)> setup) { m_v1Setup = std::move(setup); }

private:
    void probe();
    void onProbed(const DashboardInfo &info, const ApiError &error);
    void createDriver(const DashboardInfo &info);

    QNetworkAccessManager *m_nam;
    GenerationProbe *m_probe;
    QPointer<DashboardDriver> m_driver;
    DashboardConnection m_connection;
    DashboardInfo m_info;
    int m_timeoutMs = 10000;
    std::optional<QString> m_queuedList;         // a fetchServerList(tag) waiting for the probe
    std::optional<DetailsQuery> m_queuedDetails; // a fetchDetails(query) waiting for the probe
    std::function<void(NezhaV1Driver *)> m_v1Setup;
};
