#pragma once

// An error as a value: what went wrong talking to a dashboard or a Grafana server.
// Built by the decoders (Parse, Api, Auth in a 200 body) and by app/'s one network mapping function.
// text() renders it in the current UI language on demand, so a language switch re-renders stored errors.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,     // no error
        Network,  // refused, host not found, connection dropped
        Timeout,  // no complete answer within the request timeout
        Tls,      // certificate or handshake problem
        Http,     // unexpected HTTP status (5xx, 404 HTML page, ...)
        Auth,     // credentials rejected (Nezha: HTTP 200 + code 403; Grafana: 401)
        Api,      // the server said no in the body (non-zero code, error message)
        Parse,    // the body is not what was expected (HTML, truncated JSON, wrong type)
        TooLarge, // the body exceeded the size cap
        Canceled, // the request was aborted on purpose
    };

    Kind kind = Kind::None;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    int apiCode = 0;     // code from the body, when there was one
    QString detail;      // server's own message, Qt's network error string, or the parse problem
    QString field;       // for Parse: the JSON path of the offending value, e.g. "result[2].status.CPU"
    QString errorId;     // server's machine-readable id when it sent one (Grafana messageId / accessErrorId)
    bool fromServer = false; // detail is the server's own words (any language): text() quotes it as such

    bool isError() const { return kind != Kind::None; }
    QString text() const { return text(QString()); } // translated sentences for the user
    // The same, naming `where` (a URL for display) in place of "the server" where the sentence names the server.
    QString text(const QString &where) const;
    // Server text as a quotation after our own sentence: `The server said: "…"`; empty for an empty text.
    static QString quoteServer(const QString &serverText);
    // Ends `text` with a full stop unless it already ends with punctuation (any language).
    static QString sentence(const QString &text);

    static ApiError parse(const QString &field, const QString &detail);
    static ApiError api(int code, const QString &message, int httpStatus = 200); // message: the server's
    static ApiError auth(const QString &message, int httpStatus = 200);          // message: ours (see fromServer)
};

Q_DECLARE_METATYPE(ApiError)
