#pragma once

// A DashboardDriver whose dashboard history (fetchMetrics) is scripted: a generation to report, empty
// answers (TSDB off) or one metric that fails. Answers arrive from the event loop, like a real reply.
// Header-only test support; GUI thread.

#include "nezha/DashboardDriver.h"

#include <QStringList>
#include <QTimer>

class ScriptedDriver : public DashboardDriver
{
public:
    NezhaGeneration generation = NezhaGeneration::V2;
    bool emptyAnswers = false;
    QString failMetric; // this metric fails
    QStringList asked;

    void setConnection(const DashboardConnection &) override {}
    void setRequestTimeoutMs(int) override {}
    bool fetchServerList(const QString &) override { return false; }
    bool fetchDetails(const DetailsQuery &) override { return false; }
    bool busy(Endpoint) const override { return false; }
    void cancelAll() override {}
    DashboardInfo info() const override { return DashboardInfo{generation, QStringLiteral("2.3.7"), true, {}}; }
    bool fetchMetrics(quint64 serverId, const QString &metric, const QString &period) override
    {
        if (generation != NezhaGeneration::V2)
            return false;
        asked.append(metric + QLatin1Char('/') + period);
        QTimer::singleShot(0, this, [=, this] {
            if (metric == failMetric) {
                emit metricsFailed(serverId, metric, period, ApiError::api(0, QStringLiteral("guests only get 1d")));
                return;
            }
            NezhaV1::MetricsResult r;
            r.serverId = serverId;
            r.metric = metric;
            if (!emptyAnswers)
                r.points = {{1000, 1.5}, {31000, 2.5}};
            r.noHistory = emptyAnswers;
            emit metricsReceived(r);
        });
        return true;
    }
};
