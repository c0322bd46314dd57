#pragma once

// Runs a pure decode on the global thread pool and hands its result back through a QFutureWatcher, so the
// GUI thread only receives finished values (NezhaV1Driver frames and replies). Deleting the watcher before it
// finishes drops the result (cancelAll). Header-only helper; call from the thread that owns `context`.

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace BackgroundDecode {

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
        promise->addResult(job());
        promise->finish();
    });
    return watcher;
}

} // namespace BackgroundDecode
