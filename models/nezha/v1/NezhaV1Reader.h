#pragma once

// Internal to the Nezha v1/v2 decoders (NezhaV1Codec.cpp, NezhaV1Servers.cpp): typed reads of JSON values that
// record the first wrong value with its JSON path, the parse of a body into a document, and the
// {"success","data","error"} envelope. Not part of the models/ API; pure functions, any thread.

#include "ApiError.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>

namespace NezhaV1::detail {

QString trCodec(const char *text);

// Where a value sits, for error messages only: array[index].section[subIndex].key. Built on failure only.
struct Where
{
    QLatin1StringView array; // "servers", "data", "data.data_points"; empty for a top-level object
    qsizetype index = -1;
    QLatin1StringView section; // "host", "state", "state.temperatures", "geoip.ip"
    qsizetype subIndex = -1;

    QString path(const QString &key) const;
};

// Typed reads. Each returns false (and keeps the first error) when the value has the wrong type; null counts
// as the zero value (Go never sends null for scalars, but it carries nothing to lose).
class Reader
{
public:
    ApiError error;

    bool failed() const { return error.isError(); }
    void fail(const Where &where, const QString &key, const char *expected);

    // Templates instantiated for QJsonValueConstRef (walking an object) and QJsonValue (a value() lookup).
    template<typename V>
    bool readString(const V &v, QString *out, const Where &w, const QString &key);
    bool readDouble(QJsonValueConstRef v, double *out, const Where &w, const QString &key);
    bool readInt64(QJsonValueConstRef v, qint64 *out, const Where &w, const QString &key);
    template<typename V>
    bool readUInt64(const V &v, quint64 *out, const Where &w, const QString &key);
    bool readBool(QJsonValueConstRef v, bool *out, const Where &w, const QString &key);
    template<typename V>
    bool readId(const V &v, quint64 *out, const Where &w, const QString &key); // > 0
    bool readTimestampSecs(QJsonValueConstRef v, qint64 *out, const Where &w, const QString &key);
    // []string or null, at most maxCount items kept (the rest are still type-checked).
    bool readStringList(QJsonValueConstRef v, QStringList *out, int maxCount, const Where &w, const QString &key);
};

// Server-sent text is cut to MaxTextLength.
template<typename V>
QString boundedText(const V &v);

// Key lookup: a short linear scan over literals, comparing the length first.
template<size_t N>
int keyIndex(const QString &key, const QLatin1StringView (&keys)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (keys[i].size() == key.size() && key == keys[i])
            return int(i);
    }
    return -1;
}

// The body as a JSON object. Empty bodies, HTML pages, broken JSON and non-objects are Parse errors
// (httpStatus recorded). Returns false with *error set.
bool parseObject(QByteArrayView body, int httpStatus, QJsonObject *root, ApiError *error);

// {"success":true,"data":T} -> data (Undefined when omitted: an empty list); {"error":"..."} -> the mapped error.
struct Envelope
{
    QJsonValue data{QJsonValue::Undefined};
    ApiError error;
    bool ok() const { return !error.isError(); }
};
Envelope openEnvelope(QByteArrayView body, int httpStatus);

// "ApiErrorUnauthorized[: why]" -> Auth, "ApiErrorForbidden[: why]" -> Auth 403 (errorId = the ApiError... word,
// detail = why), anything else -> Api with the whole text.
ApiError mapErrorText(const QString &text, int httpStatus);

} // namespace NezhaV1::detail
