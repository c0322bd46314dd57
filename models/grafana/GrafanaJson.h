#pragma once

// The JSON readers behind GrafanaDecoders.cpp: parse with a budget, optional typed field readers that record
// the first wrong value as a Parse error with its path, and the length cap for server-sent text.
// Internal to models/grafana (pure functions, any thread); the decoders are the public API.

#include "ApiError.h"
#include "JsonBudget.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace GrafanaJson {

inline constexpr qsizetype MaxTextLength = MaxServerTextLength; // server-sent strings in a label or a message

QString trText(const char *text); // context "GrafanaDecoders"

// A JSON number that is a whole number representable as qint64 (1.5, 1e300 and NaN are not).
bool readWhole(const QJsonValue &v, qint64 *out);

QJsonDocument parseJson(QByteArrayView body, ApiError &error);
QJsonObject parseObject(QByteArrayView body, ApiError &error);
QJsonArray parseArray(QByteArrayView body, ApiError &error);
ApiError wrongType(const QString &path);

// Optional readers: an absent or null key keeps the default; a present key of the wrong type is an error.
void readString(const QJsonObject &o, const char *key, QString &out, const QString &path, ApiError &error);
void readBool(const QJsonObject &o, const char *key, bool &out, const QString &path, ApiError &error);
void readInt(const QJsonObject &o, const char *key, qint64 &out, const QString &path, ApiError &error);
void readInt(const QJsonObject &o, const char *key, int &out, const QString &path, ApiError &error);
void readDate(const QJsonObject &o, const char *key, QDateTime &out, const QString &path, ApiError &error);
void readStringList(const QJsonObject &o, const char *key, QStringList &out, const QString &path, ApiError &error);

} // namespace GrafanaJson
