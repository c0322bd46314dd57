#include "nezha/v1/V1Api.h"

#include "nezha/v1/V1Replies.h"
#include "nezha/v1/V1Session.h"
#include "net/ReplyChecks.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

V1Api::V1Api(QNetworkAccessManager *nam, V1Session *session, QObject *parent)
    : QObject(parent), m_nam(nam), m_session(session)
{
}

QUrl V1Api::url(const QString &path) const
{
    return ReplyChecks::joinPath(m_base, path);
}

HttpCall *V1Api::get(const QString &path, const QList<QPair<QString, QString>> &query, QObject *context)
{
    QUrl target = url(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        target.setQuery(q);
    }
    QNetworkRequest request(target);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Farsight/" FARSIGHT_VERSION));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_session->authorize(request);
    return HttpCall::start(m_nam, request, "GET", {}, m_timeoutMs, HttpCall::DefaultMaxBytes, context ? context : this);
}

ApiError V1Api::check(const HttpResult &result, const QUrl &url, const ApiError &decoded) const
{
    ApiError error = V1Replies::check(result, url, m_session->failedLogins());
    if (!error.isError())
        error = decoded;
    if (m_session->usesToken() || !V1Replies::missingScope(error.detail).isEmpty())
        error = V1Replies::explain(error, url, m_session->usesToken());
    return error;
}
