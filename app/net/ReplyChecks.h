#pragma once

// Small helpers every API client in app/ shares, so that each rule lives in one place: joining an API path
// onto a base URL the user typed (sub-path installs, trailing slashes), sniffing an HTML page where JSON was
// expected (a proxy's error page, a v0 dashboard's 404 page, a WAF block page), and the address shown in
// messages (no credentials, no query). Pure functions, any thread.

#include "net/HttpCall.h"

#include <QString>
#include <QUrl>

namespace ReplyChecks {

// base "https://h/nezha/" + "/api/v1/setting" -> "https://h/nezha/api/v1/setting"; query and fragment cleared.
QUrl joinPath(const QUrl &base, const QString &path);

// True when the reply is markup rather than JSON (Content-Type says html, or the body starts with '<').
bool looksLikeHtml(const HttpResult &result);

// The URL as shown to the user: without user info, query or fragment.
QString displayUrl(const QUrl &url);

} // namespace ReplyChecks
