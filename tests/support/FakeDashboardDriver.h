#pragma once

// A scripted DashboardDriver for FleetService tests: answers fetchDetails() on the next event-loop turn
// with the configured outcome (a snapshot or an error), or holds answers until release(). Counts calls.
// setStreaming(true) imitates a v1/v2 stream: a call while one is pending is accepted (the next frame answers).

#include "nezha/DashboardDriver.h"

class FakeDashboardDriver : public DashboardDriver
{
    Q_OBJECT
public:
    using DashboardDriver::DashboardDriver;

    void succeedWith(const FleetSnapshot &snapshot);
    void failWith(const ApiError &error);
    void setHold(bool hold) { m_hold = hold; }
    void setStreaming(bool streaming) { m_streaming = streaming; }
    bool isStreaming() const override { return m_streaming; }
    void release(); // answers a held request now

    void setConnection(const DashboardConnection &connection) override { m_connection = connection; }
    void setRequestTimeoutMs(int ms) override { m_timeoutMs = ms; }
    bool fetchServerList(const QString &) override { return false; }
    bool fetchDetails(const DetailsQuery &query = DetailsQuery::all()) override;
    bool busy(Endpoint endpoint) const override { return endpoint == Endpoint::Details && m_busy; }
    void cancelAll() override { m_busy = false; ++m_generation; }

    int detailsCalls() const { return m_calls; }
    bool lastQueryWasAll() const { return m_lastAll; }
    DashboardConnection connection() const { return m_connection; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    void answer();

    FleetSnapshot m_snapshot;
    ApiError m_error;
    DashboardConnection m_connection;
    int m_timeoutMs = 0;
    int m_calls = 0;
    int m_generation = 0;
    bool m_busy = false;
    bool m_hold = false;
    bool m_streaming = false;
    bool m_lastAll = false;
};
