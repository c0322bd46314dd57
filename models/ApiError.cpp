#include "ApiError.h"

QString ApiError::text() const
{
    const QString status = httpStatus > 0 ? tr("HTTP %1").arg(httpStatus) : QString();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach the server: %1").arg(detail);
    case Kind::Timeout:
        return detail.isEmpty() ? tr("The server did not answer in time.")
                                : tr("The server did not answer in time: %1").arg(detail);
    case Kind::Tls:
        return tr("Secure connection failed: %1").arg(detail);
    case Kind::Http:
        return detail.isEmpty() ? tr("The server answered with an error (%1).").arg(status)
                                : tr("The server answered with an error (%1): %2").arg(status, detail);
    case Kind::Auth:
        return detail.isEmpty() ? tr("The server rejected the credentials.")
                                : tr("The server rejected the credentials: %1").arg(detail);
    case Kind::Api:
        return tr("The server reported an error (code %1): %2").arg(apiCode).arg(detail);
    case Kind::Parse:
        return field.isEmpty() ? tr("The reply could not be read: %1").arg(detail)
                               : tr("The reply could not be read: %1 at \"%2\"").arg(detail, field);
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
