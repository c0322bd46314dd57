#pragma once

// HTTP-level checks and user-facing explanations shared by every Nezha v1/v2 request (login, refresh,
// /server, /server-group, /metrics, /profile, the generation probe): transport errors, the dashboard's WAF
// block page (HTTP 403 HTML), an HTML page where JSON belongs, personal-access-token 401/403 answers.
// Static functions, any thread; the body itself is left to the pure decoders in models/nezha/v1.

#include "ApiError.h"
#include "net/HttpCall.h"

#include <QCoreApplication>
#include <QUrl>

class V1Replies
{
    Q_DECLARE_TR_FUNCTIONS(V1Replies)
public:
    // {} when the body should go to a decoder (JSON with status 200, or 401/403 JSON from a v2 PAT check).
    // failedLogins: logins this client saw rejected, to tell how long the WAF blocks (strikes^4 s, at least 3 s).
    static ApiError check(const HttpResult &result, const QUrl &url, int failedLogins = 0);

    // The dashboard's WAF page ("you were blocked by nezha WAF"): HTTP 403 with an HTML body.
    static bool isWafPage(const HttpResult &result);
    // max(3, strikes^4) seconds, as model/waf.go computes it; 0 when no strike is known.
    static qint64 blockSeconds(int failedLogins);
    static ApiError wafBlocked(const QUrl &url, int failedLogins);

    // Makes a decoder's Auth error say what to do: an invalid/expired PAT (401), a PAT lacking a scope (403,
    // naming the scope to grant), a rejected login. Other errors come back unchanged.
    static ApiError explain(ApiError error, const QUrl &url, bool personalAccessToken);
    // "nezha:server:read" out of "ApiErrorForbidden: api token lacks scope nezha:server:read"; empty if absent.
    static QString missingScope(const QString &text);
};
