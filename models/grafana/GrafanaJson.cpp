#include "grafana/GrafanaJson.h"

#include "JsonBudget.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>

#include <limits>

namespace GrafanaJson {

bool readWhole(const QJsonValue &v, qint64 *out)
{
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(notWhole);
    if (i == notWhole)
        return false;
    *out = i;
    return true;
}

QString trText(const char *text)
{
    return QCoreApplication::translate("GrafanaDecoders", text);
}

// Parses a JSON document; on failure fills `error` with a Parse error and returns an empty document.
QJsonDocument parseJson(QByteArrayView body, ApiError &error)
{
    if (error = checkJsonBudget(body); error.isError())
        return {}; // before Qt's parser, whose document can cost 80x the body
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray trimmed = body.toByteArray().trimmed();
        if (trimmed.startsWith('<'))
            error = ApiError::parse({}, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "an HTML page instead of JSON")));
        else if (trimmed.isEmpty())
            error = ApiError::parse({}, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "an empty answer")));
        else
            error = ApiError::parse({}, pe.errorString());
    }
    return doc;
}

QJsonObject parseObject(QByteArrayView body, ApiError &error)
{
    const QJsonDocument doc = parseJson(body, error);
    if (!error.isError() && !doc.isObject())
        error = ApiError::parse({}, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "expected a JSON object")));
    return doc.object();
}

QJsonArray parseArray(QByteArrayView body, ApiError &error)
{
    const QJsonDocument doc = parseJson(body, error);
    if (!error.isError() && !doc.isArray())
        error = ApiError::parse({}, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "expected a JSON array")));
    return doc.array();
}

ApiError wrongType(const QString &path)
{
    return ApiError::parse(path, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "unexpected value type")));
}

// Optional readers: an absent or null key keeps the default; a present key of the wrong type is an error.
void readString(const QJsonObject &o, const char *key, QString &out, const QString &path, ApiError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString()) {
        if (!error.isError())
            error = wrongType(path + QLatin1String(key));
        return;
    }
    out = capText(v.toString());
}

void readBool(const QJsonObject &o, const char *key, bool &out, const QString &path, ApiError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool()) {
        if (!error.isError())
            error = wrongType(path + QLatin1String(key));
        return;
    }
    out = v.toBool();
}

void readInt(const QJsonObject &o, const char *key, qint64 &out, const QString &path, ApiError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isDouble()) {
        if (!error.isError())
            error = wrongType(path + QLatin1String(key));
        return;
    }
    if (!readWhole(v, &out) && !error.isError())
        error = ApiError::parse(path + QLatin1String(key),
                                trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "expected a whole number")));
}

void readInt(const QJsonObject &o, const char *key, int &out, const QString &path, ApiError &error)
{
    qint64 wide = out;
    readInt(o, key, wide, path, error);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        if (!error.isError())
            error = ApiError::parse(path + QLatin1String(key),
                                    trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "number out of range")));
        return;
    }
    out = int(wide);
}

void readDate(const QJsonObject &o, const char *key, QDateTime &out, const QString &path, ApiError &error)
{
    QString s;
    readString(o, key, s, path, error);
    if (s.isEmpty())
        return;
    out = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!out.isValid() && !error.isError())
        error = ApiError::parse(path + QLatin1String(key),
                                trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "not a valid date")));
}

void readStringList(const QJsonObject &o, const char *key, QStringList &out, const QString &path, ApiError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        if (!error.isError())
            error = wrongType(path + QLatin1String(key));
        return;
    }
    for (const QJsonValue &item : v.toArray())
        out.append(capText(item.toString()));
}

} // namespace GrafanaJson
