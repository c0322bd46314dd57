#include "net/HttpCall.h"

#include "net/NetworkErrors.h"
#include "net/ReplyChecks.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QTimer>

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

} // namespace

bool HttpCall::isSafeRedirect(const QUrl &from, const QUrl &to)
{
    if (from.host().isEmpty() || from.host().compare(to.host(), Qt::CaseInsensitive) != 0)
        return false;
    const QString fromScheme = from.scheme().toLower();
    const QString toScheme = to.scheme().toLower();
    if (fromScheme == toScheme)
        return from.port(defaultPort(from)) == to.port(defaultPort(to));
    // The usual "always https" rule of a reverse proxy: same host, default ports only (another port may be
    // another service).
    return fromScheme == QLatin1String("http") && toScheme == QLatin1String("https") && from.port(80) == 80
        && to.port(443) == 443;
}

HttpCall::HttpCall(QNetworkReply *reply, qint64 maxBytes, int timeoutMs, QObject *parent)
    : QObject(parent), m_reply(reply), m_origin(reply->request().url()), m_maxBytes(maxBytes),
      m_timeoutMs(timeoutMs)
{
    if (timeoutMs > 0) // the context object is the parent: destroying it stops the timer too
        QTimer::singleShot(timeoutMs, this, &HttpCall::onDeadline);
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
    return new HttpCall(reply, maxBytes, timeoutMs, context);
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

void HttpCall::onDeadline()
{
    if (m_done || !m_reply)
        return;
    m_deadlinePassed = true;
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
    if (isSafeRedirect(m_origin, target)) {
        m_origin = target; // after an upgrade to https, a way back to http is refused
        emit m_reply->redirectAllowed();
        return;
    }
    // Never carry the credentials to another origin: stop here and report where it wanted to go.
    m_rejectedRedirect = target;
    m_rejectedRedirectStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reply->abort();
}

AbortReason HttpCall::abortReason() const
{
    if (m_tooLarge)
        return AbortReason::TooLarge;
    if (m_aborted)
        return AbortReason::Caller;
    return m_deadlinePassed ? AbortReason::Deadline : AbortReason::None;
}

QString HttpCall::timeoutDetail() const
{
    const int secs = qMax(1, (m_timeoutMs + 999) / 1000);
    const QString where = ReplyChecks::displayUrl(m_origin);
    if (m_deadlinePassed) {
        //: %1 is a URL; the request was still receiving data when its time ran out
        return tr("%1 did not send a complete answer within %n second(s)", nullptr, secs).arg(where);
    }
    //: %1 is a URL; nothing arrived at all for that long
    return tr("%1 sent nothing for %n second(s)", nullptr, secs).arg(where);
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
    if (!m_tooLarge && !m_aborted && !m_deadlinePassed && m_rejectedRedirectStatus == 0)
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
        result.error = apiErrorFromNetworkError(reply->error(), reply->errorString(), abortReason(), result.status,
                                                m_maxBytes);
        if (result.error.kind == ApiError::Kind::Timeout)
            result.error.detail = timeoutDetail();
        else if (!m_tooLarge)
            result.body = m_body;
    }
    m_body.clear();
    reply->disconnect(this);
    reply->deleteLater();
    emit finished(result);
    deleteLater();
}
