#pragma once

// What a profile's addresses may carry, in one place: the settings file keeps addresses in plain text, so a
// "https://user:pass@host" address is refused by the profile dialog (userInfoProblem) and stripped by
// Profile::toMap as the last line of defence; an http:// address to another machine with a token or password
// gets a warning (cleartextWarning). Used by ProfilesDialog (ui/profiles) and Profile (app/profiles).
// Pure functions; any thread.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class UrlSafety
{
    Q_DECLARE_TR_FUNCTIONS(UrlSafety)
public:
    enum class Field { Dashboard, Grafana };

    static bool hasUserInfo(const QUrl &url);
    static QUrl withoutUserInfo(const QUrl &url);
    // http:// to a host other than this machine (loopback addresses and "localhost" are exempt).
    static bool isCleartextToOtherHost(const QUrl &url);

    static QString userInfoProblem(Field field); // the sentence that refuses to save such an address
    static QString cleartextWarning();
};
