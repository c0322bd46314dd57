#pragma once

// One HTTP request and its reply, with the house network rules applied in one place: a total deadline (a
// server trickling a byte a second still ends in time) plus Qt's idle transfer timeout, a same-origin-only
// redirect policy (the one exception: http -> https on the same host with default ports), a cap on the body
// size, the reply deleteLater()'d, one finished signal.
// Used by every API client in app/ (NezhaV0Driver, the Grafana client). Lives on the thread of the injected
// QNetworkAccessManager; deletes itself after emitting finished(). Destroying `context` aborts it silently.

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
enum class AbortReason;

struct HttpResult
{
    int status = 0;          // HTTP status, 0 when no HTTP answer arrived
    QByteArray body;         // at most maxBytes
    QByteArray contentType;  // Content-Type header as sent
    QDateTime serverDate;    // from the Date header (UTC), invalid if absent or unreadable
    qint64 receivedAtMs = 0; // local clock when the reply finished
    QList<QNetworkCookie> cookies; // the reply's Set-Cookie values (Nezha v2 login: nz-csrf)
    ApiError error;          // network / timeout / TLS / too-large / canceled / cross-origin redirect only;
                             // HTTP status interpretation is the caller's

    bool ok() const { return !error.isError(); }
};
Q_DECLARE_METATYPE(HttpResult)

class HttpCall : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBytes = 32 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 10000;

    // Sends the request (verb "GET", "POST", "PUT", "PATCH", "DELETE", ...). The returned object emits
    // finished() exactly once, later (never from inside start()), then deletes itself. timeoutMs is the TOTAL
    // deadline from start to the last byte (also the idle timeout): past it the call ends with Kind::Timeout.
    static HttpCall *start(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                           const QByteArray &body = {}, int timeoutMs = DefaultTimeoutMs,
                           qint64 maxBytes = DefaultMaxBytes, QObject *context = nullptr);

    // Parses an HTTP Date header (IMF-fixdate as Go and most servers send it; RFC 850 / asctime tolerated).
    static QDateTime parseHttpDate(const QByteArray &value);

    // Whether a redirect from `from` to `to` may be followed with the credentials attached: same scheme, host
    // and port, or the upgrade http://host[:80] -> https://host[:443]. Never another host, never https -> http.
    static bool isSafeRedirect(const QUrl &from, const QUrl &to);

    // Cancels the request; finished() still arrives once, with ApiError::Kind::Canceled.
    void abort();

signals:
    void finished(const HttpResult &result);

private:
    HttpCall(QNetworkReply *reply, qint64 maxBytes, int timeoutMs, QObject *parent);
    void onDeadline();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onFinished();
    AbortReason abortReason() const;
    QString timeoutDetail() const;

    QPointer<QNetworkReply> m_reply;
    QUrl m_origin;
    QByteArray m_body;
    qint64 m_maxBytes;
    int m_timeoutMs;
    bool m_aborted = false;
    bool m_deadlinePassed = false;
    bool m_tooLarge = false;
    bool m_done = false;
    int m_rejectedRedirectStatus = 0;
    QUrl m_rejectedRedirect;
};
