#pragma once

// A structural budget for untrusted JSON, checked before Qt's parser builds a document. Qt's QJsonDocument
// costs about 20 B per value and 150-250 B per non-empty array/object, so a 32 MiB body of `{"id":1},` or
// `[[[[]]]],` would need 0.9-2 GB before any decoder looks at it. One linear pass (no allocation) counts
// values and containers; a body over budget is refused with a Parse error instead. Also the one length cap
// for server-sent text.
// Called by the Nezha and Grafana decoders in models/ on any thread.

#include "ApiError.h"

#include <QByteArrayView>

struct JsonBudget
{
    qsizetype maxValues = 4'000'000;   // scalars + containers (~80 MB of Qt elements)
    qsizetype maxContainers = 500'000; // arrays and objects (~125 MB of Qt containers)
};

// Counts of one body, for tests and for the error text.
struct JsonShape
{
    qsizetype values = 0;
    qsizetype containers = 0;
};

// Approximate counts (commas and brackets outside strings): an upper bound good enough for a budget.
JsonShape measureJson(QByteArrayView body);

// A Parse error when the body exceeds the budget, otherwise no error.
ApiError checkJsonBudget(QByteArrayView body, const JsonBudget &budget = {});

// Server-sent text shown in a label or a message (error texts, names): longer text is cut to `max` characters,
// the last one an ellipsis, never inside a surrogate pair. A 1 MiB message must not become a 1 M-char label.
inline constexpr qsizetype MaxServerTextLength = 512;
QString capText(const QString &text, qsizetype max = MaxServerTextLength);
