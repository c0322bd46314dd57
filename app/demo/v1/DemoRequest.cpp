#include "demo/v1/DemoRequest.h"

#include <QHttpServerRequest>

QByteArray DemoRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray DemoRequest::cookie(const QByteArray &name) const
{
    for (const QByteArray &piece : header("Cookie").split(';')) {
        const QByteArray pair = piece.trimmed();
        if (pair.startsWith(QByteArray(name + '=')))
            return pair.mid(name.size() + 1);
    }
    return {};
}

DemoRequest DemoRequest::from(const QHttpServerRequest &request)
{
    DemoRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
    case QHttpServerRequest::Method::Patch: r.method = "PATCH"; break;
    case QHttpServerRequest::Method::Head: r.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: r.method = "OPTIONS"; break;
    default: r.method = "OTHER"; break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.ip = request.remoteAddress().toString();
    return r;
}
