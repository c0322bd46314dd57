#pragma once

// Server-side history of a Nezha v2 dashboard with TSDB: GET /api/v1/server/:id/metrics?metric=&period=
// (period 1d | 7d | 30d; guests only get 1d). One request at a time; the reply is decoded on the thread pool.
// TSDB off is not an error: the result says noHistory. Owned by NezhaV1Driver, which re-emits its signals;
// main thread.

#include "ApiError.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class HttpCall;
class V1Api;

class V1Metrics : public QObject
{
    Q_OBJECT
public:
    explicit V1Metrics(V1Api *api, QObject *parent = nullptr);

    bool fetch(quint64 serverId, const QString &metric, const QString &period); // false while one runs
    bool busy() const { return !m_call.isNull() || !m_decode.isNull(); }
    void cancel(); // no signal for the request in flight

signals:
    void received(const NezhaV1::MetricsResult &metrics);
    void failed(quint64 serverId, const QString &metric, const QString &period, const ApiError &error);

private:
    V1Api *m_api;
    QPointer<HttpCall> m_call;
    QPointer<QFutureWatcher<NezhaV1::MetricsResult>> m_decode;
};
