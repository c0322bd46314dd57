#include "nezha/BackgroundDecode.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThreadPool>

#include <exception>
#include <memory>

FleetDecodeResult decodeOrError(const std::function<FleetDecodeResult()> &decode)
{
    try {
        return decode();
    } catch (const std::exception &) {
        FleetDecodeResult failed;
        failed.error = ApiError::parse(
            QString(), QCoreApplication::translate("BackgroundDecode", "not enough memory to decode the reply"));
        return failed;
    }
}

QFuture<FleetDecodeResult> decodeInBackground(std::function<FleetDecodeResult()> decode)
{
    auto promise = std::make_shared<QPromise<FleetDecodeResult>>();
    QFuture<FleetDecodeResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, decode = std::move(decode)] {
        promise->addResult(decodeOrError(decode));
        promise->finish();
    });
    return future;
}
