#pragma once

// Runs pure decodes on the global thread pool and hands their results back, so the GUI thread only receives
// finished values (NezhaV0Driver replies; NezhaV1Driver frames, replies and metrics). Deleting a watcher
// before it finishes drops the result (cancelAll). No exception may leave a pool task (it would terminate
// the app): a decode that throws, e.g. bad_alloc on a hostile body, yields a Parse error instead.
// Call from the thread that owns `context`.

#include "ApiError.h"
#include "FleetDecodeResult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <memory>

QFuture<FleetDecodeResult> decodeInBackground(std::function<FleetDecodeResult()> decode);

// The same guard, synchronously (for tests and for callers already on a worker).
FleetDecodeResult decodeOrError(const std::function<FleetDecodeResult()> &decode);

namespace BackgroundDecode {

// job() with the guard: T is any result type with an `ApiError error` member.
template <typename T>
T guarded(const std::function<T()> &job)
{
    try {
        return job();
    } catch (const std::exception &) {
        T failed;
        failed.error = ApiError::parse(
            QString(), QCoreApplication::translate("BackgroundDecode", "not enough memory to decode the reply"));
        return failed;
    }
}

// Starts job() on the pool; onDone(result) runs on context's thread unless the returned watcher is deleted first.
template <typename T>
QFutureWatcher<T> *run(QObject *context, std::function<T()> job, std::function<void(T)> onDone)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, onDone = std::move(onDone)] {
        watcher->deleteLater();
        onDone(watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, job = std::move(job)] {
        promise->addResult(guarded<T>(job));
        promise->finish();
    });
    return watcher;
}

} // namespace BackgroundDecode
