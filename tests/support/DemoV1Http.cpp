#include "DemoV1Http.h"

#include "demo/DemoDashboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

QJsonObject DemoV1Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonValue DemoV1Reply::data() const
{
    return json().value(QLatin1String("data"));
}

QString DemoV1Reply::error() const
{
    return json().value(QLatin1String("error")).toString();
}

bool DemoV1Reply::success() const
{
    return json().value(QLatin1String("success")).toBool();
}

QByteArray DemoV1Reply::cookie(const QByteArray &name) const
{
    for (const QNetworkCookie &c : cookies) {
        if (c.name() == name)
            return c.value();
    }
    return {};
}

DemoV1Reply DemoV1Http::call(const QByteArray &verb, const QString &path, const Headers &headers,
                             const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_demo->url().toString() + path));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    DemoV1Reply r;
    if (!spy.wait(5000)) {
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.type = reply->rawHeader("Content-Type");
    r.transferEncoding = reply->rawHeader("Transfer-Encoding");
    if (reply->hasRawHeader("Content-Length"))
        r.contentLength = reply->rawHeader("Content-Length").toLongLong();
    r.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    reply->deleteLater();
    return r;
}

QString DemoV1Http::login(const QString &user, const QString &password, DemoV1Reply *raw)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    const DemoV1Reply r = call("POST", QStringLiteral("/api/v1/login"), {}, body);
    if (raw)
        *raw = r;
    return r.data()[QLatin1String("token")].toString();
}

QString DemoV1Http::loginAdmin()
{
    return login(DemoDashboard::loginUser(), DemoDashboard::loginPassword());
}

QList<qint64> DemoV1Http::ids(const QJsonValue &items)
{
    QList<qint64> out;
    for (const QJsonValue &v : items.toArray())
        out << v[QLatin1String("id")].toInteger();
    return out;
}
