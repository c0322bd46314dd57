#include "net/NetworkErrors.h"

#include "Format.h"

#include <algorithm>

namespace {

ApiError make(ApiError::Kind kind, const QString &detail, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    e.httpStatus = httpStatus;
    return e;
}

} // namespace

ApiError apiErrorFromNetworkError(QNetworkReply::NetworkError code, const QString &qtMessage, AbortReason reason,
                                  int httpStatus, qint64 maxBytes)
{
    if (reason == AbortReason::TooLarge)
        return make(ApiError::Kind::TooLarge, Format::bytes(quint64(std::max<qint64>(0, maxBytes))), httpStatus);
    if (reason == AbortReason::Deadline)
        return make(ApiError::Kind::Timeout, qtMessage, httpStatus);
    if (reason == AbortReason::Caller)
        return make(ApiError::Kind::Canceled, qtMessage, httpStatus);

    switch (code) {
    case QNetworkReply::NoError:
        return {};
    // Qt reports an expired transfer timeout as a cancellation we did not ask for.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return make(ApiError::Kind::Timeout, qtMessage, httpStatus);
    case QNetworkReply::SslHandshakeFailedError:
        return make(ApiError::Kind::Tls, qtMessage, httpStatus);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        return make(ApiError::Kind::Network, qtMessage, httpStatus);
    default:
        break;
    }
    // The remaining codes (ProtocolInvalidOperation = 400, ContentNotFound, InternalServerError, ...) only
    // restate an HTTP status: the caller reads the status and the body, which carry the server's message.
    if (httpStatus > 0)
        return {};
    return make(ApiError::Kind::Network, qtMessage, httpStatus);
}
