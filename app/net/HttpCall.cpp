#include "net/HttpCall.h"

#include "net/NetworkErrors.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimeZone>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

} // namespace

HttpCall::HttpCall(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_reply(reply), m_origin(reply->request().url()), m_maxBytes(maxBytes)
{
    reply->setParent(this); // destroying the call (e.g. with its context) aborts the transfer
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &HttpCall::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

HttpCall *HttpCall::start(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                          const QByteArray &body, int timeoutMs, qint64 maxBytes, QObject *context)
{
    Q_ASSERT(nam);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH"
        ? nam->sendCustomRequest(request, verb)
        : nam->sendCustomRequest(request, verb, body);
    return new HttpCall(reply, maxBytes, context);
}

QDateTime HttpCall::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    // IMF-fixdate "Mon, 02 Jan 2006 15:04:05 GMT" (what Go's net/http writes) and RFC 850 "Monday, 02-Jan-06 ...":
    // the weekday is redundant, and skipping it keeps a two-digit year from failing Qt's weekday check.
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString rest = comma >= 0 ? text.mid(comma + 1).simplified() : text.simplified();
    static const char *const formats[] = {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'",
                                          "MMM d HH:mm:ss yyyy"};
    for (const char *format : formats) {
        QString input = rest;
        if (comma < 0 && input.size() > 4) // asctime "Mon Jan  2 15:04:05 2006"
            input = input.mid(4);
        QDateTime dt = c.toDateTime(input, QLatin1String(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

void HttpCall::abort()
{
    if (m_done || !m_reply)
        return;
    m_aborted = true;
    m_reply->abort();
}

void HttpCall::onReadyRead()
{
    if (m_tooLarge || !m_reply->isOpen())
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void HttpCall::onRedirected(const QUrl &target)
{
    if (sameOrigin(m_origin, target)) {
        emit m_reply->redirectAllowed();
        return;
    }
    // Never carry the credentials to another origin: stop here and report where it wanted to go.
    m_rejectedRedirect = target;
    m_rejectedRedirectStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reply->abort();
}

void HttpCall::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    QNetworkReply *reply = m_reply;
    HttpResult result;
    result.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.serverDate = parseHttpDate(reply->rawHeader("Date"));
    result.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    if (!m_tooLarge && !m_aborted && m_rejectedRedirectStatus == 0)
        onReadyRead();
    if (m_rejectedRedirectStatus != 0) {
        result.status = m_rejectedRedirectStatus;
        result.error.kind = ApiError::Kind::Http;
        result.error.httpStatus = m_rejectedRedirectStatus;
        result.error.detail = tr("redirected to another site (%1); not followed so the credentials stay here")
                                  .arg(m_rejectedRedirect.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                                   | QUrl::RemoveUserInfo)
                                           .toDisplayString());
    } else {
        const AbortReason reason =
            m_tooLarge ? AbortReason::TooLarge : (m_aborted ? AbortReason::Caller : AbortReason::None);
        result.error = apiErrorFromNetworkError(reply->error(), reply->errorString(), reason, result.status,
                                                m_maxBytes);
        if (!m_tooLarge)
            result.body = m_body;
    }
    m_body.clear();
    reply->disconnect(this);
    reply->deleteLater();
    emit finished(result);
    deleteLater();
}
