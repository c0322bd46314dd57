#include "nezha/v1/V1Metrics.h"

#include "nezha/BackgroundDecode.h"
#include "nezha/v1/V1Api.h"

V1Metrics::V1Metrics(V1Api *api, QObject *parent) : QObject(parent), m_api(api)
{
}

void V1Metrics::cancel()
{
    delete m_call.data();
    delete m_decode.data();
}

bool V1Metrics::fetch(quint64 serverId, const QString &metric, const QString &period)
{
    if (busy())
        return false;
    const QString path = QStringLiteral("/api/v1/server/%1/metrics").arg(serverId);
    const QUrl url = m_api->url(path);
    HttpCall *call = m_api->get(path, {{QStringLiteral("metric"), metric}, {QStringLiteral("period"), period}}, this);
    m_call = call;
    connect(call, &HttpCall::finished, this, [=, this](const HttpResult &result) {
        m_call.clear();
        if (const ApiError error = m_api->check(result, url); error.isError()) {
            emit failed(serverId, metric, period, error);
            return;
        }
        m_decode = BackgroundDecode::run<NezhaV1::MetricsResult>(
            this, [body = result.body, status = result.status] { return NezhaV1::decodeMetrics(body, status); },
            [=, this](NezhaV1::MetricsResult decoded) {
                m_decode.clear();
                if (const ApiError error = m_api->check(result, url, decoded.error); error.isError()) {
                    emit failed(serverId, metric, period, error);
                    return;
                }
                if (decoded.serverId == 0)
                    decoded.serverId = serverId;
                if (decoded.metric.isEmpty())
                    decoded.metric = metric;
                emit received(decoded);
            });
    });
    return true;
}
