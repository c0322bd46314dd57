// ReplyChecks: the one place that joins API paths onto a typed base URL, sniffs HTML where JSON was
// expected, and renders an address for messages. NezhaV0Driver and GrafanaClient both go through it.

#include "net/ReplyChecks.h"

#include <QTest>

class TestReplyChecks : public QObject
{
    Q_OBJECT
private slots:
    void joinPath_data();
    void joinPath();
    void looksLikeHtml_data();
    void looksLikeHtml();
    void displayUrl_data();
    void displayUrl();
};

void TestReplyChecks::joinPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << QStringLiteral("https://h.example.org") << QStringLiteral("/api/health")
                               << QStringLiteral("https://h.example.org/api/health");
    QTest::newRow("sub-path with slashes") << QStringLiteral("https://h.example.org/grafana//")
                                           << QStringLiteral("/api/health")
                                           << QStringLiteral("https://h.example.org/grafana/api/health");
    QTest::newRow("path without slash") << QStringLiteral("http://h.example.org:8008/nezha")
                                        << QStringLiteral("api/v1/server/list")
                                        << QStringLiteral("http://h.example.org:8008/nezha/api/v1/server/list");
    QTest::newRow("query and fragment dropped") << QStringLiteral("https://h.example.org/x?a=1#top")
                                                << QStringLiteral("/api/user")
                                                << QStringLiteral("https://h.example.org/x/api/user");
}

void TestReplyChecks::joinPath()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ReplyChecks::joinPath(QUrl(base), path).toString(), expected);
}

void TestReplyChecks::looksLikeHtml_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("html");
    QTest::newRow("json") << QByteArray("application/json") << QByteArray("{\"code\":0}") << false;
    QTest::newRow("html content type") << QByteArray("text/html; charset=utf-8") << QByteArray("{}") << true;
    QTest::newRow("markup without a type") << QByteArray() << QByteArray("\n  <!doctype html><html>") << true;
    QTest::newRow("json array") << QByteArray() << QByteArray("[1,2]") << false;
}

void TestReplyChecks::looksLikeHtml()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, html);
    HttpResult result;
    result.contentType = contentType;
    result.body = body;
    QCOMPARE(ReplyChecks::looksLikeHtml(result), html);
}

void TestReplyChecks::displayUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("credentials and query hidden") << QStringLiteral("https://u:secret@h.example.org/a?token=x#f")
                                                  << QStringLiteral("https://h.example.org/a");
    QTest::newRow("port kept") << QStringLiteral("http://h.example.org:8008/")
                               << QStringLiteral("http://h.example.org:8008/");
}

void TestReplyChecks::displayUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(ReplyChecks::displayUrl(QUrl(url)), expected);
}

QTEST_GUILESS_MAIN(TestReplyChecks)
#include "tst_reply_checks.moc"
