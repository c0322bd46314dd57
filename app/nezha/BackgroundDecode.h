#pragma once

// Runs one pure decode (bytes -> FleetDecodeResult) on the global thread pool and hands the result back
// through a QFuture. Called by the dashboard drivers on the GUI thread; the decode runs on a pool thread.
// No exception may leave a pool task (it would terminate the app): a decode that throws, e.g. bad_alloc on
// a hostile body, yields a Parse error instead.

#include "FleetDecodeResult.h"

#include <QFuture>

#include <functional>

QFuture<FleetDecodeResult> decodeInBackground(std::function<FleetDecodeResult()> decode);

// The same guard, synchronously (for tests and for callers already on a worker).
FleetDecodeResult decodeOrError(const std::function<FleetDecodeResult()> &decode);
