// ApiError::text(): our translated sentence first, the server's own words quoted after it (never passed off
// as ours), the URL named where given, every text a finished sentence, and server text with "%1" kept literal.

#include "ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void text_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");

        ApiError refused;
        refused.kind = ApiError::Kind::Network;
        refused.detail = QStringLiteral("Connection refused");
        QTest::newRow("refused, with the URL") << refused << QStringLiteral("http://127.0.0.1:8009")
                                               << QStringLiteral("Cannot reach http://127.0.0.1:8009: Connection refused.");
        QTest::newRow("refused, no URL") << refused << QString()
                                         << QStringLiteral("Cannot reach the server: Connection refused.");

        ApiError token = ApiError::auth(QStringLiteral("该用户不存在"));
        token.fromServer = true; // as NezhaV0Codec marks a code-403 body
        QTest::newRow("token rejected in body, Chinese server text")
            << token << QString()
            << QStringLiteral("The server rejected the credentials. The server said: “该用户不存在”");
        QTest::newRow("our own auth text") << ApiError::auth(QStringLiteral("the server refused access to /api"))
                                           << QString()
                                           << QStringLiteral("The server rejected the credentials: the server refused "
                                                             "access to /api.");
        QTest::newRow("api error keeps %1 literal")
            << ApiError::api(7, QStringLiteral("bad %1 value")) << QString()
            << QStringLiteral("The server reported an error (code 7). The server said: “bad %1 value”");

        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QTest::newRow("timeout with the URL") << timeout << QStringLiteral("https://status.example.org")
                                              << QStringLiteral("https://status.example.org did not answer in time.");
    }

    void text()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QCOMPARE(error.text(where), expected);
    }

    void sentence_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("no stop") << QStringLiteral("Connection refused") << QStringLiteral("Connection refused.");
        QTest::newRow("has a stop") << QStringLiteral("Done.") << QStringLiteral("Done.");
        QTest::newRow("Chinese stop") << QStringLiteral("连接被拒绝。") << QStringLiteral("连接被拒绝。");
        QTest::newRow("ends in a quote") << QStringLiteral("said: “x”") << QStringLiteral("said: “x”");
        QTest::newRow("empty") << QString() << QString();
    }

    void sentence()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ApiError::sentence(in), out);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
