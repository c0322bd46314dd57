#include "FakeDashboardDriver.h"

#include <QTimer>

void FakeDashboardDriver::succeedWith(const FleetSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_error = {};
}

void FakeDashboardDriver::failWith(const ApiError &error)
{
    m_error = error;
}

bool FakeDashboardDriver::fetchDetails(const DetailsQuery &query)
{
    if (m_busy && m_streaming) {
        ++m_calls;
        return true;
    }
    if (m_busy)
        return false;
    m_busy = true;
    ++m_calls;
    m_lastAll = query.isAll();
    if (!m_hold) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                answer();
        });
    }
    return true;
}

void FakeDashboardDriver::release()
{
    if (m_busy)
        answer();
}

void FakeDashboardDriver::answer()
{
    m_busy = false;
    if (m_error.isError())
        emit requestFailed(Endpoint::Details, m_error);
    else
        emit detailsReceived(m_snapshot);
}
