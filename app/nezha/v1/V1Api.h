#pragma once

// Authorized GET requests to a Nezha v1/v2 dashboard and the one place their answers are judged: HTTP-level
// checks (V1Replies::check: transport, WAF page, HTML, status) followed by the decoder's error, explained for
// the user when a personal access token is refused (401) or lacks a scope (403). Cookies stay out of the shared
// QNetworkAccessManager's jar. Used by NezhaV1Driver and V1Metrics; main thread; nam and session not owned.

#include "ApiError.h"
#include "net/HttpCall.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;
class V1Session;

class V1Api : public QObject
{
    Q_OBJECT
public:
    V1Api(QNetworkAccessManager *nam, V1Session *session, QObject *parent = nullptr);

    void setDashboardUrl(const QUrl &url) { m_base = url; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    QUrl url(const QString &path) const;
    // GET path?query with the session's Authorization; the call is a child of `context` (deleting it aborts).
    HttpCall *get(const QString &path, const QList<QPair<QString, QString>> &query = {}, QObject *context = nullptr);
    // The reply's HTTP-level error, else the decoder's; PAT refusals explained (which scope to grant).
    ApiError check(const HttpResult &result, const QUrl &url, const ApiError &decoded = {}) const;

private:
    QNetworkAccessManager *m_nam;
    V1Session *m_session;
    QUrl m_base;
    int m_timeoutMs = 10000;
};
