#pragma once

// Test helper: plain HTTP calls to a DemoDashboard in v1/v2 mode, with cookies handled by hand (never stored
// or sent automatically, so each test says exactly which credentials a request carries), and the reply's
// status, body, Content-Type and Set-Cookie values. Used by tst_demo_dashboard_v1*; main thread.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QPair>
#include <QString>

class DemoDashboard;

struct DemoV1Reply
{
    int status = 0;
    QByteArray body;
    QByteArray type;
    QByteArray transferEncoding;
    qsizetype contentLength = -1;
    QList<QNetworkCookie> cookies;

    QJsonObject json() const;
    QJsonValue data() const;
    QString error() const;
    bool success() const;
    QByteArray cookie(const QByteArray &name) const;
};

class DemoV1Http
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit DemoV1Http(DemoDashboard *demo) : m_demo(demo) {}
    void setDashboard(DemoDashboard *demo) { m_demo = demo; }

    DemoV1Reply call(const QByteArray &verb, const QString &path, const Headers &headers = {},
                     const QByteArray &body = {});
    DemoV1Reply get(const QString &path, const Headers &headers = {}) { return call("GET", path, headers); }
    // POST /api/v1/login; returns the token (empty on failure) and the raw reply in *raw.
    QString login(const QString &user, const QString &password, DemoV1Reply *raw = nullptr);
    QString loginAdmin();
    static Headers bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toLatin1()}}; }
    static QList<qint64> ids(const QJsonValue &items); // the "id" of each array item

private:
    DemoDashboard *m_demo;
    QNetworkAccessManager m_nam;
};
