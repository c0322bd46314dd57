#include "cli/grafana/GrafanaCli.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using Op = GrafanaClient::Operation;

GrafanaCli::GrafanaCli(const QCommandLineParser &p, const QStringList &w, QTextStream &out, QTextStream &err)
    : parser(p), words(w), m_out(out), m_err(err), m_client(&m_nam)
{
    QObject::connect(&m_client, &GrafanaClient::healthReceived, &m_client, [this](const GrafanaHealth &h, int status) {
        health = h;
        healthStatus = status;
    });
    QObject::connect(&m_client, &GrafanaClient::currentUserReceived, &m_client,
                     [this](const GrafanaUserProfile &p) { profile = p; });
    QObject::connect(&m_client, &GrafanaClient::settingsReceived, &m_client,
                     [this](const GrafanaSettings &s) { settings = s; });
    QObject::connect(&m_client, &GrafanaClient::statsReceived, &m_client, [this](const GrafanaStats &s) { stats = s; });
    QObject::connect(&m_client, &GrafanaClient::usageReportReceived, &m_client,
                     [this](const GrafanaUsageReport &r, const QByteArray &) { usageReport = r; });
    QObject::connect(&m_client, &GrafanaClient::usersReceived, &m_client,
                     [this](const GrafanaUserPage &page, const QString &) { users = page; });
    QObject::connect(&m_client, &GrafanaClient::userCreated, &m_client,
                     [this](const GrafanaCreatedUser &c, const GrafanaNewUser &) { created = c; });
    QObject::connect(&m_client, &GrafanaClient::authTokensReceived, &m_client,
                     [this](qint64, const QList<GrafanaAuthToken> &t) { tokens = t; });
    QObject::connect(&m_client, &GrafanaClient::actionSucceeded, &m_client,
                     [this](Op, qint64, const QString &message, int status) {
                         actionMessage = message;
                         actionStatus = status;
                     });
}

bool GrafanaCli::call(Op op, const std::function<void()> &start)
{
    QEventLoop loop;
    bool ok = false;
    bool answered = false;
    const auto done = [&](bool success) {
        ok = success;
        answered = true;
        loop.quit();
    };
    // Every success signal of the client means "this call answered" (one call at a time in a run).
    QList<QMetaObject::Connection> connections{
        QObject::connect(&m_client, &GrafanaClient::healthReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::currentUserReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::settingsReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::statsReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::usageReportReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::usersReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::userCreated, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::authTokensReceived, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::actionSucceeded, &loop, [&] { done(true); }),
        QObject::connect(&m_client, &GrafanaClient::requestFailed, &loop,
                         [&](Op failed, qint64, const ApiError &e) {
                             if (failed == op) {
                                 m_error = e;
                                 done(false);
                             }
                         }),
    };
    start();
    if (!answered)
        loop.exec();
    for (const auto &c : connections)
        QObject::disconnect(c);
    return ok;
}

int GrafanaCli::fail(const QString &what)
{
    const ApiError &e = m_error;
    QString text;
    int code = Failed;
    if (GrafanaFeatures::isNotAvailable(e)) {
        text = tr("%1: %2.").arg(what, e.detail);
    } else if (e.httpStatus == 401) {
        code = CredentialsRejected;
        text = GrafanaFeatures::isLockout(e)
            ? tr("%1: Grafana has locked the login \"%2\" after 5 failed sign-ins within 5 minutes; even the right "
                 "password is refused until the failures are 5 minutes old. Wait, then try once.")
                  .arg(what, m_client.connection().user)
            : tr("%1: Grafana rejected the user name or password (HTTP 401: %2). Not retried: Grafana locks a login "
                 "for 5 minutes after 5 failures, and a locked login gets this same answer.")
                  .arg(what, e.detail);
    } else if (e.httpStatus == 403) {
        code = NotServerAdmin;
        text = tr("%1: the user \"%2\" is not a Grafana server admin (HTTP 403: %3).")
                   .arg(what, m_client.connection().user, e.detail);
    } else {
        text = tr("%1 failed: %2").arg(what, e.text());
    }
    m_err << QStringLiteral("farsight: ") << terminalSafe(text.simplified(), 2000) << Qt::endl;
    return code;
}

int GrafanaCli::usage(const QString &message)
{
    m_err << QStringLiteral("farsight: ") << message.simplified() << Qt::endl;
    return Usage;
}

int GrafanaCli::failed(const QString &message)
{
    m_err << QStringLiteral("farsight: ") << message.simplified() << Qt::endl;
    return Failed;
}

int GrafanaCli::refuse(const QString &wouldDo)
{
    //: %1 says what the command would do, e.g. "delete user 7"
    return usage(tr("This would %1. Nothing was sent; add --yes to do it.").arg(wouldDo));
}

int GrafanaCli::printTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], int(terminalSafe(row.at(i)).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? terminalSafe(row.at(i)).leftJustified(widths.at(i) + 2) : terminalSafe(row.at(i));
        m_out << line << '\n';
    }
    m_out.flush();
    return Ok;
}

int GrafanaCli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

int GrafanaCli::print(const QList<QStringList> &rows, const QJsonValue &json)
{
    return format == Format::Json ? printJson(json) : printTable(rows);
}

int GrafanaCli::printAction(const QString &command, const QString &doneText)
{
    if (format == Format::Json)
        return printJson(QJsonObject{{QStringLiteral("command"), command},
                                     {QStringLiteral("httpStatus"), actionStatus},
                                     {QStringLiteral("message"), actionMessage}});
    m_out << terminalSafe(actionMessage.isEmpty() ? doneText : tr("%1: %2").arg(doneText, actionMessage), 2000) << '\n';
    m_out.flush();
    return Ok;
}

QString GrafanaCli::terminalSafe(const QString &text, qsizetype max)
{
    QString safe = text.left(max);
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            c = QChar(0xfffd);
    }
    if (text.size() > max)
        safe += QChar(0x2026);
    return safe;
}

QString GrafanaCli::isoOrEmpty(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

std::optional<qint64> GrafanaCli::idAt(int index, const QString &name)
{
    bool ok = false;
    const qint64 id = words.value(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        usage(tr("Give %1 as a positive number.").arg(name));
        return std::nullopt;
    }
    return id;
}
