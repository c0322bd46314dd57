#pragma once

// The one mapping from Qt's transport errors (QNetworkReply::NetworkError) to ApiError values.
// Called by HttpCall when a reply finishes; every API client in app/ gets its transport errors from here,
// so a refused connection reads the same in the Nezha and the Grafana panes. Pure function, any thread.

#include "ApiError.h"

#include <QNetworkReply>

// How the request ended, as far as the caller of the mapping knows it.
enum class AbortReason {
    None,     // not aborted by us: Qt's own error stands
    Caller,   // HttpCall::abort() was called on purpose
    TooLarge, // the body grew past the size cap
    Deadline, // the request's total deadline passed (a trickling or stalled server)
};

// Maps a transport error to Network / Timeout (also for AbortReason::Deadline) / Tls / Canceled / TooLarge.
// Errors that merely carry an HTTP status (404, 500, ...) are not transport errors: when httpStatus > 0 they
// map to Kind::None and the caller interprets the status. `maxBytes` only fills the TooLarge detail.
ApiError apiErrorFromNetworkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                                  AbortReason reason = AbortReason::None, int httpStatus = 0, qint64 maxBytes = 0);
