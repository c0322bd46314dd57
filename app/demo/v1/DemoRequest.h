#pragma once

// One request to the demo dashboard and its answer, independent of where it came from: a QHttpServer route
// or the WebSocket upgrade that DemoStream parses itself. DemoNezhaV1 (routes) and DemoStream read headers,
// cookies and the query through it; DemoDashboard writes a DemoAnswer (status, body, type, Set-Cookie lines)
// after applying its fault modes. Plain values; main thread.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

struct DemoRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString ip;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match, empty when absent
    QByteArray cookie(const QByteArray &name) const; // from the Cookie header
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    static DemoRequest from(const QHttpServerRequest &request);
};

struct DemoAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray type = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QByteArray> cookies; // Set-Cookie values

    static DemoAnswer json(const QByteArray &body, int status = 200) { return {status, body, json().type, {}}; }
    static DemoAnswer json() { return {}; }
    static DemoAnswer html(const QByteArray &body, int status)
    {
        return {status, body, QByteArrayLiteral("text/html; charset=utf-8"), {}};
    }
};
