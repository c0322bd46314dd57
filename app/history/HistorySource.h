#pragma once

// The seam between the local history store (app/history/LocalHistory, SQLite, off the GUI thread) and the
// detail view's long chart windows (6 h / 24 h / 7 d / 30 d). request() returns at once; the answer arrives
// later, on the GUI thread, as exactly one of loaded() or failed() carrying the same request id. A newer
// request does not cancel an older one: the caller ignores answers whose id it no longer waits for.
// Implemented by LocalHistory; tests use a fake. GUI thread.

#include "history/MetricBucket.h"

#include <QObject>

class HistorySource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~HistorySource() override = default;

    // Buckets of every metric of one server between fromMs and toMs (ms since the epoch), at the coarsest tier
    // that still gives at least ~maxBuckets/2 buckets over the window and at most maxBuckets (so a 30-day
    // window is not 40,000 points). Returns the request id (> 0).
    virtual quint64 request(quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets = 720) = 0;
    // Oldest time the store holds for the server (ms since the epoch), 0 when none; cheap, GUI thread.
    virtual qint64 oldestMs(quint64 serverId) const = 0;

signals:
    void loaded(quint64 requestId, quint64 serverId, const MetricBuckets &buckets);
    // Translated words, e.g. "The history database ~/.local/share/... is locked by another process".
    void failed(quint64 requestId, const QString &message);
};
