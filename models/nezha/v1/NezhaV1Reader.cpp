#include "NezhaV1Reader.h"

#include "NezhaV1Codec.h"

#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace NezhaV1::detail {

QString trCodec(const char *text)
{
    return QCoreApplication::translate("NezhaV1Codec", text);
}

QString Where::path(const QString &key) const
{
    QString p;
    if (!array.isEmpty())
        p = array + QStringLiteral("[%1]").arg(index);
    if (!section.isEmpty()) {
        if (!p.isEmpty())
            p += QLatin1Char('.');
        p += section;
        if (subIndex >= 0)
            p += QStringLiteral("[%1]").arg(subIndex);
    }
    if (!key.isEmpty()) {
        if (!p.isEmpty())
            p += QLatin1Char('.');
        p += key;
    }
    return p;
}

void Reader::fail(const Where &where, const QString &key, const char *expected)
{
    if (!failed())
        error = ApiError::parse(where.path(key), trCodec(expected));
}

template<typename V>
QString boundedText(const V &v)
{
    QString s = v.toString();
    if (s.size() > MaxTextLength)
        s.truncate(MaxTextLength);
    return s;
}

template<typename V>
bool Reader::readString(const V &v, QString *out, const Where &w, const QString &key)
{
    if (v.isString()) {
        *out = boundedText(v);
        return true;
    }
    if (v.isNull() || v.isUndefined()) { // undefined: an omitted key looked up with value()
        out->clear();
        return true;
    }
    fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a string"));
    return false;
}

bool Reader::readDouble(QJsonValueConstRef v, double *out, const Where &w, const QString &key)
{
    if (v.isNull()) {
        *out = 0;
        return true;
    }
    if (!v.isDouble()) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a number"));
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool Reader::readInt64(QJsonValueConstRef v, qint64 *out, const Where &w, const QString &key)
{
    if (v.isNull()) {
        *out = 0;
        return true;
    }
    if (v.isDouble()) {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(sentinel);
        if (i != sentinel) {
            *out = i;
            return true;
        }
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18) {
            *out = qint64(d);
            return true;
        }
    }
    fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a whole number"));
    return false;
}

// uint64 fields. Values above 2^63 arrive as doubles; they saturate.
template<typename V>
bool Reader::readUInt64(const V &v, quint64 *out, const Where &w, const QString &key)
{
    if (v.isNull()) {
        *out = 0;
        return true;
    }
    if (v.isDouble()) {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(sentinel);
        if (i != sentinel && i >= 0) {
            *out = quint64(i);
            return true;
        }
        const double d = v.toDouble();
        if (d >= 0) {
            *out = d >= 18446744073709551615.0 ? std::numeric_limits<quint64>::max() : quint64(d);
            return true;
        }
    }
    fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a non-negative number"));
    return false;
}

bool Reader::readBool(QJsonValueConstRef v, bool *out, const Where &w, const QString &key)
{
    if (v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool()) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected true or false"));
        return false;
    }
    *out = v.toBool();
    return true;
}

template<typename V>
bool Reader::readId(const V &v, quint64 *out, const Where &w, const QString &key)
{
    if (!v.isDouble() || !readUInt64(v, out, w, key) || *out == 0) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a positive id"));
        return false;
    }
    return true;
}

bool Reader::readTimestampSecs(QJsonValueConstRef v, qint64 *out, const Where &w, const QString &key)
{
    if (v.isNull()) {
        *out = 0;
        return true;
    }
    bool ok = false;
    const qint64 ms = v.isString() ? parseTimestampMs(v.toString(), &ok) : 0;
    if (!ok) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an RFC 3339 time"));
        return false;
    }
    *out = ms / 1000;
    return true;
}

bool Reader::readStringList(QJsonValueConstRef v, QStringList *out, int maxCount, const Where &w, const QString &key)
{
    out->clear();
    if (v.isNull())
        return true;
    if (!v.isArray()) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of strings"));
        return false;
    }
    const QJsonArray array = v.toArray();
    out->reserve(qMin<qsizetype>(array.size(), maxCount));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isString()) {
            fail(w, key + QStringLiteral("[%1]").arg(i), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a string"));
            return false;
        }
        if (out->size() < maxCount)
            out->append(boundedText(item));
    }
    return true;
}

namespace {
const char *const ExpectedObject = QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a JSON object from the Nezha API");

ApiError parseFailure(const QString &why, int httpStatus)
{
    ApiError e = ApiError::parse(QString(), trCodec(ExpectedObject) + QLatin1String(", ") + why);
    e.httpStatus = httpStatus;
    return e;
}
} // namespace

bool parseObject(QByteArrayView body, int httpStatus, QJsonObject *root, ApiError *error)
{
    qsizetype first = 0;
    while (first < body.size() && QChar::isSpace(uchar(body[first])))
        ++first;
    if (first == body.size()) {
        *error = parseFailure(trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "got an empty reply")), httpStatus);
        return false;
    }
    if (body[first] == '<') {
        *error = parseFailure(trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "got an HTML page")), httpStatus);
        return false;
    }
    QJsonParseError parseError;
    // The parser copies what it keeps, so the caller's bytes need not be copied first.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 = Qt's JSON error ("unterminated string"), %2 = byte offset
        *error = parseFailure(trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "%1 at byte %2"))
                                  .arg(parseError.errorString(), QString::number(parseError.offset)),
                              httpStatus);
        return false;
    }
    if (!doc.isObject()) {
        *error = parseFailure(trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "got another JSON value")), httpStatus);
        return false;
    }
    *root = doc.object();
    return true;
}

ApiError mapErrorText(const QString &text, int httpStatus)
{
    const QString bounded = text.left(MaxTextLength);
    const qsizetype colon = bounded.indexOf(QLatin1Char(':'));
    const QString id = colon < 0 ? bounded : bounded.left(colon);
    const QString why = colon < 0 ? QString() : bounded.mid(colon + 1).trimmed();
    ApiError e;
    if (id == QLatin1StringView("ApiErrorUnauthorized")) {
        e = ApiError::auth(why, httpStatus);
    } else if (id == QLatin1StringView("ApiErrorForbidden")) {
        e = ApiError::auth(why, 403);
    } else {
        e = ApiError::api(0, bounded, httpStatus);
        return e;
    }
    e.errorId = id;
    e.fromServer = true; // the text after "ApiErrorUnauthorized:" is the dashboard's own
    return e;
}

Envelope openEnvelope(QByteArrayView body, int httpStatus)
{
    Envelope env;
    QJsonObject root;
    if (!parseObject(body, httpStatus, &root, &env.error))
        return env;
    bool success = false;
    QString errorText;
    for (auto it = root.constBegin(), end = root.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        if (key == QLatin1StringView("success")) {
            success = v.toBool();
        } else if (key == QLatin1StringView("data")) {
            env.data = v;
        } else if (key == QLatin1StringView("error")) {
            if (!v.isString() && !v.isNull()) {
                env.error = ApiError::parse(key, trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a string")));
                env.error.httpStatus = httpStatus;
                return env;
            }
            errorText = v.toString();
        }
    }
    if (!errorText.isEmpty()) {
        env.error = mapErrorText(errorText, httpStatus);
        env.data = QJsonValue();
    } else if (!success) {
        env.error = ApiError::parse(QStringLiteral("success"),
                                    trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a Nezha v1 reply")));
        env.error.httpStatus = httpStatus;
        env.data = QJsonValue();
    }
    return env;
}

template QString boundedText(const QJsonValueConstRef &);
template QString boundedText(const QJsonValue &);
template bool Reader::readString(const QJsonValueConstRef &, QString *, const Where &, const QString &);
template bool Reader::readString(const QJsonValue &, QString *, const Where &, const QString &);
template bool Reader::readUInt64(const QJsonValueConstRef &, quint64 *, const Where &, const QString &);
template bool Reader::readUInt64(const QJsonValue &, quint64 *, const Where &, const QString &);
template bool Reader::readId(const QJsonValueConstRef &, quint64 *, const Where &, const QString &);
template bool Reader::readId(const QJsonValue &, quint64 *, const Where &, const QString &);

} // namespace NezhaV1::detail
