#include "net/ReplyChecks.h"

namespace ReplyChecks {

QUrl joinPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool looksLikeHtml(const HttpResult &result)
{
    if (result.contentType.toLower().contains("html"))
        return true;
    // No JSON value starts with '<'; any markup (<!doctype, <html, a proxy's page) does.
    return result.body.left(64).trimmed().startsWith('<');
}

QString displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}

} // namespace ReplyChecks
