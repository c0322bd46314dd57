// ConnectionOptions (app/cli): what --url, --token-file, --user, --password-file, --api and the FARSIGHT_TOKEN /
// FARSIGHT_PASSWORD variables put into a DashboardConnection, shared by the command line and the GUI. Secrets come
// from files (first line) or the environment; a v2 personal access token is a token like any other.

#include "cli/ConnectionOptions.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionOptions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void read_data();
    void read();
    void passwordFromEnvironment();
    void generations_data();
    void generations();

private:
    QString file(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestConnectionOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestConnectionOptions::init()
{
    qunsetenv("FARSIGHT_TOKEN");
    qunsetenv("FARSIGHT_PASSWORD");
}

QString TestConnectionOptions::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

void TestConnectionOptions::read_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    const QString v0 = file(QStringLiteral("v0"), "0123456789abcdef0123456789ABCDEF\n");
    const QString pat = file(QStringLiteral("pat"), "  nzp_Abc123  \r\n");
    const QString spaced = file(QStringLiteral("spaced"), " pass word \r\nsecond line\n");
    const QString blank = file(QStringLiteral("blank"), "   \n");
    const QStringList url{QStringLiteral("--url"), QStringLiteral("https://status.example.org")};
    QTest::newRow("v0 token file") << url + QStringList{QStringLiteral("--token-file"), v0}
                                   << QStringLiteral("0123456789abcdef0123456789ABCDEF") << QString() << QString()
                                   << true;
    QTest::newRow("personal access token, trimmed") << url + QStringList{QStringLiteral("--token-file"), pat}
                                                    << QStringLiteral("nzp_Abc123") << QString() << QString() << true;
    QTest::newRow("login keeps spaces, drops the line break")
        << url +
               QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"), spaced}
        << QString() << QStringLiteral("admin") << QStringLiteral(" pass word ") << true;
    QTest::newRow("token file of blanks")
        << url + QStringList{QStringLiteral("--token-file"), blank} << QString() << QString() << QString() << false;
    QTest::newRow("no credentials at all") << url << QString() << QString() << QString() << false;
    QTest::newRow("no address") << QStringList{QStringLiteral("--token-file"), v0} << QString() << QString()
                                << QString() << false;
    QTest::newRow("not http") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://x.org"),
                                             QStringLiteral("--token-file"), v0}
                              << QString() << QString() << QString() << false;
    QTest::newRow("empty user name") << url + QStringList{QStringLiteral("--user"), QStringLiteral(" "),
                                                          QStringLiteral("--password-file"), spaced}
                                     << QString() << QString() << QString() << false;
}

void TestConnectionOptions::read()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCommandLineParser parser;
    parser.addOptions(ConnectionOptions::options());
    QVERIFY(parser.parse(QStringList{QStringLiteral("farsight")} + args));
    DashboardConnection connection;
    const QString error = ConnectionOptions::read(parser, &connection);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(connection.url, QUrl(QStringLiteral("https://status.example.org")));
    QCOMPARE(connection.token, token);
    QCOMPARE(connection.username, username);
    QCOMPARE(connection.password, password);
    QVERIFY(connection.isValid());
    QCOMPARE(connection.generation, DashboardConnection::Generation::Auto);
}

void TestConnectionOptions::passwordFromEnvironment()
{
    qputenv("FARSIGHT_PASSWORD", "from env ");
    qputenv("FARSIGHT_TOKEN", "ignored-with-a-login");
    QCommandLineParser parser;
    parser.addOptions(ConnectionOptions::options());
    QVERIFY(parser.parse({QStringLiteral("farsight"), QStringLiteral("--url"), QStringLiteral("http://10.0.0.1:8008"),
                          QStringLiteral("--user"), QStringLiteral("ops")}));
    DashboardConnection connection;
    QCOMPARE(ConnectionOptions::read(parser, &connection), QString());
    QCOMPARE(connection.username, QStringLiteral("ops"));
    QCOMPARE(connection.password, QStringLiteral("from env "));
    QVERIFY(connection.token.isEmpty());
    QVERIFY(connection.hasLogin());
}

void TestConnectionOptions::generations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<DashboardConnection::Generation>("generation");
    using G = DashboardConnection::Generation;
    QTest::newRow("auto") << QStringLiteral("auto") << true << G::Auto;
    QTest::newRow("v0") << QStringLiteral("v0") << true << G::V0;
    QTest::newRow("v1") << QStringLiteral("v1") << true << G::V1;
    QTest::newRow("V2 in capitals") << QStringLiteral("V2") << true << G::V2;
    QTest::newRow("v3 does not exist") << QStringLiteral("v3") << false << G::Auto;
    QTest::newRow("a version number is not a generation") << QStringLiteral("1.14") << false << G::Auto;
}

void TestConnectionOptions::generations()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(DashboardConnection::Generation, generation);
    DashboardConnection::Generation parsed = DashboardConnection::Generation::Auto;
    QCOMPARE(ConnectionOptions::parseGeneration(text, &parsed), ok);
    QCOMPARE(parsed, generation);

    QCommandLineParser parser;
    parser.addOptions(ConnectionOptions::options());
    QVERIFY(parser.parse({QStringLiteral("farsight"), QStringLiteral("--url"), QStringLiteral("https://x.org"),
                          QStringLiteral("--token-file"), file(QStringLiteral("t"), "nzp_x\n"), QStringLiteral("--api"),
                          text}));
    DashboardConnection connection;
    QCOMPARE(ConnectionOptions::read(parser, &connection).isEmpty(), ok);
    if (ok)
        QCOMPARE(connection.generation, generation);
}

QTEST_GUILESS_MAIN(TestConnectionOptions)
#include "tst_connection_options.moc"
