#include "ApiError.h"

QString ApiError::sentence(const QString &text)
{
    static const QString ends = QStringLiteral(".!?…。！？”\"」)");
    const QString t = text.trimmed();
    if (t.isEmpty() || ends.contains(t.back()))
        return t;
    //: closes a sentence that came without a full stop (Chinese: %1。)
    return tr("%1.").arg(t);
}

QString ApiError::quoteServer(const QString &serverText)
{
    const QString t = serverText.trimmed();
    if (t.isEmpty())
        return {};
    //: %1 = the server's own message, in whatever language the server uses; keep the quotation marks
    return tr("The server said: “%1”").arg(t);
}

namespace {
// "Our sentence. The server said: “…”" when the detail is server text; "Our sentence: detail" otherwise.
QString withDetail(const QString &ours, const QString &oursWithDetail, const ApiError &e)
{
    if (e.detail.trimmed().isEmpty())
        return ours;
    if (e.fromServer)
        return ours + QLatin1Char(' ') + ApiError::quoteServer(e.detail);
    return ApiError::sentence(oursWithDetail.arg(e.detail));
}
} // namespace

QString ApiError::text(const QString &where) const
{
    const QString status = httpStatus > 0 ? tr("HTTP %1").arg(httpStatus) : QString();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (!where.isEmpty())
            //: %1 = the URL, %2 = the network's reason, e.g. "Connection refused"
            return sentence(tr("Cannot reach %1: %2").arg(where, detail));
        return sentence(tr("Cannot reach the server: %1").arg(detail));
    case Kind::Timeout:
        if (!where.isEmpty())
            return tr("%1 did not answer in time.").arg(where);
        return detail.isEmpty() ? tr("The server did not answer in time.")
                                : sentence(tr("The server did not answer in time: %1").arg(detail));
    case Kind::Tls:
        return sentence(tr("Secure connection failed: %1").arg(detail));
    case Kind::Http:
        return withDetail(tr("The server answered with an error (%1).").arg(status),
                          tr("The server answered with an error (%1): %2").arg(status, QStringLiteral("%1")), *this);
    case Kind::Auth:
        return withDetail(tr("The server rejected the credentials."), tr("The server rejected the credentials: %1"),
                          *this);
    case Kind::Api:
        return withDetail(tr("The server reported an error (code %1).").arg(apiCode),
                          tr("The server reported an error (code %1): %2").arg(QString::number(apiCode),
                                                                               QStringLiteral("%1")),
                          *this);
    case Kind::Parse:
        return field.isEmpty() ? sentence(tr("The reply could not be read: %1").arg(detail))
                               : sentence(tr("The reply could not be read: %1 at \"%2\"").arg(detail, field));
    case Kind::TooLarge:
        return tr("The reply was too large (over %1).").arg(detail);
    case Kind::Canceled:
        return tr("The request was canceled.");
    }
    return {};
}

ApiError ApiError::parse(const QString &field, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.field = field;
    e.detail = detail;
    return e;
}

ApiError ApiError::api(int code, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = Kind::Api;
    e.apiCode = code;
    e.detail = message;
    e.httpStatus = httpStatus;
    e.fromServer = true;
    return e;
}

ApiError ApiError::auth(const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = Kind::Auth;
    e.detail = message;
    e.httpStatus = httpStatus;
    return e;
}
