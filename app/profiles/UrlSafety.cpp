#include "UrlSafety.h"

#include <QHostAddress>

bool UrlSafety::hasUserInfo(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}

QUrl UrlSafety::withoutUserInfo(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo);
}

bool UrlSafety::isCleartextToOtherHost(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 || url.host().isEmpty())
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString UrlSafety::userInfoProblem(Field field)
{
    if (field == Field::Grafana)
        return tr("Remove the user name and password from the Grafana address: addresses are saved in plain text. "
                  "Enter them in the Grafana user and password fields, which are kept as secrets.");
    return tr("Remove the user name and password from the dashboard address: addresses are saved in plain text. "
              "Put the API token in its own field, which is kept as a secret.");
}

QString UrlSafety::cleartextWarning()
{
    //: shown in the profile dialog when a token or password would be sent over http:// to another machine
    return tr("Warning: this address uses http://, so the token or password travels unencrypted and anyone on "
              "the network path can read it. Use https:// unless the network is trusted.");
}
