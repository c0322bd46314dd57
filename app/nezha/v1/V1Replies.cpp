#include "nezha/v1/V1Replies.h"

#include "net/ReplyChecks.h"

#include <QRegularExpression>

bool V1Replies::isWafPage(const HttpResult &result)
{
    return result.status == 403 && ReplyChecks::looksLikeHtml(result);
}

qint64 V1Replies::blockSeconds(int failedLogins)
{
    if (failedLogins <= 0)
        return 0;
    const qint64 k = qMin(failedLogins, 1000);
    return qMax<qint64>(3, k * k * k * k);
}

ApiError V1Replies::wafBlocked(const QUrl &url, int failedLogins)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 403;
    const QString where = ReplyChecks::displayUrl(url);
    if (const qint64 secs = blockSeconds(failedLogins); secs > 0) {
        //: %1 = dashboard address; %n = seconds the dashboard's firewall keeps blocking this computer
        e.detail = tr("this computer is blocked by the dashboard's firewall for %n s after rejected logins (%1). "
                      "Wait, then check the username and password.", nullptr, int(qMin<qint64>(secs, INT_MAX)))
                       .arg(where);
    } else {
        //: %1 = dashboard address
        e.detail = tr("this computer is blocked by the dashboard's firewall (%1), usually after rejected logins or "
                      "an invalid token from this address. Wait a few minutes, then check the credentials.")
                       .arg(where);
    }
    return e;
}

ApiError V1Replies::check(const HttpResult &result, const QUrl &url, int failedLogins)
{
    if (result.error.isError())
        return result.error;
    if (isWafPage(result))
        return wafBlocked(url, failedLogins);
    const QString where = ReplyChecks::displayUrl(url);
    const bool html = ReplyChecks::looksLikeHtml(result);
    const bool json = !html && !result.body.trimmed().isEmpty();
    if (json && (result.status == 200 || result.status == 401 || result.status == 403))
        return {};
    ApiError e;
    e.httpStatus = result.status;
    if (result.status == 200) {
        e.kind = ApiError::Kind::Parse;
        e.detail = html ? tr("expected JSON from %1, got an HTML page; is this a Nezha v1 or v2 dashboard?").arg(where)
                        : tr("empty reply from %1, expected JSON").arg(where);
        return e;
    }
    e.kind = result.status == 401 || result.status == 403 ? ApiError::Kind::Auth : ApiError::Kind::Http;
    if (result.status == 404)
        e.detail = tr("%1 does not exist on this dashboard; it may be an older Nezha generation").arg(where);
    else if (e.kind == ApiError::Kind::Auth)
        e.detail = tr("the server refused access to %1").arg(where);
    else if (result.body.isEmpty())
        e.detail = tr("empty reply from %1; the dashboard may have failed internally").arg(where);
    else
        e.detail = tr("unexpected answer from %1").arg(where);
    return e;
}

QString V1Replies::missingScope(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("lacks scope\\s+([A-Za-z0-9:._-]+)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).left(64) : QString();
}

ApiError V1Replies::explain(ApiError error, const QUrl &url, bool personalAccessToken)
{
    if (error.kind != ApiError::Kind::Auth)
        return error;
    const QString where = ReplyChecks::displayUrl(url);
    if (const QString scope = missingScope(error.detail); !scope.isEmpty()) {
        //: %1 = a Nezha token scope such as nezha:server:read; %2 = the address that needs it
        error.detail = tr("the personal access token lacks the scope %1 needed for %2. Edit the token in the "
                          "dashboard (API tokens) and grant %1.")
                           .arg(scope, where);
    } else if (personalAccessToken && error.httpStatus == 403) {
        error.detail = tr("the personal access token may not be used for %1; this needs a login with username "
                          "and password").arg(where);
    } else if (personalAccessToken) {
        error.detail = tr("the personal access token was rejected by %1: it is invalid or has expired. Create a "
                          "new one in the dashboard (API tokens).").arg(where);
    } else {
        error.detail = tr("the dashboard at %1 rejected the username or password; Farsight will not try again "
                          "until they are changed").arg(where);
    }
    return error;
}
