// `farsight servers|details` end to end: the real farsight binary against the real demo dashboard binary,
// over loopback. Output formats, token from a file or the environment, and the failure contract
// (non-zero exit, one stderr line, nothing on stdout).

#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void table();
    void json();
    void csv();
    void detailsByIdAndTag();
    void tokenFromEnvironment();
    void rejectedToken();
    void unreachableDashboard();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();

private:
    using Result = ProcessRun;
    Result farsight(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList connect(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--url"), m_url, QStringLiteral("--token-file"), m_tokenFile} + more;
    }

    QTemporaryDir m_dir;
    QProcess m_demo;
    QString m_url;
    QString m_tokenFile;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tokenFile = m_dir.filePath(QStringLiteral("token"));
    startDemoDashboard(m_demo, QStringLiteral(FARSIGHT_DEMO_BINARY), m_tokenFile, &m_url);
    if (QTest::currentTestFailed())
        return;
    QFile token(m_tokenFile);
    QVERIFY(token.exists());
    QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestCommandLine::cleanupTestCase()
{
    m_demo.kill();
    m_demo.waitForFinished();
}

TestCommandLine::Result TestCommandLine::farsight(const QStringList &args, const QProcessEnvironment &env)
{
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return runProcess(QStringLiteral(FARSIGHT_BINARY), args, e);
}

void TestCommandLine::table()
{
    const Result r = farsight(QStringList{QStringLiteral("servers")} + connect({}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 13); // header + 12 servers
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(r.out.contains("Online"));
    QVERIFY(r.out.contains("Never reported"));
}

void TestCommandLine::json()
{
    const Result r = farsight(QStringList{QStringLiteral("details"), QStringLiteral("--format"), QStringLiteral("json")}
                              + connect({}));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray servers = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(servers.size(), 12);
    int never = 0;
    for (const QJsonValue &v : servers) {
        const QString status = v[QLatin1String("status")].toString();
        QVERIFY2(status == QLatin1String("online") || status == QLatin1String("offline")
                     || status == QLatin1String("never-reported"), qPrintable(status));
        never += status == QLatin1String("never-reported");
        QVERIFY(v.toObject().contains(QLatin1String("cpu")));
    }
    QCOMPARE(never, 1);
}

void TestCommandLine::csv()
{
    const Result r = farsight(QStringList{QStringLiteral("servers"), QStringLiteral("--format"), QStringLiteral("csv")}
                              + connect({}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.first().trimmed(), QByteArray("id,name,tag,status,last_active,ip"));
    QVERIFY(lines.at(1).endsWith("\r"));
}

void TestCommandLine::detailsByIdAndTag()
{
    Result r = farsight(QStringList{QStringLiteral("details"), QStringLiteral("--id"), QStringLiteral("2,1"),
                                    QStringLiteral("--format"), QStringLiteral("json")} + connect({}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    r = farsight(QStringList{QStringLiteral("details"), QStringLiteral("--tag"), QStringLiteral("Edge"),
                             QStringLiteral("--format"), QStringLiteral("json")} + connect({}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray edge = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!edge.isEmpty());
    for (const QJsonValue &v : edge)
        QCOMPARE(v[QLatin1String("tag")].toString(), QStringLiteral("Edge"));
}

void TestCommandLine::tokenFromEnvironment()
{
    QFile file(m_tokenFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FARSIGHT_TOKEN"), QString::fromLatin1(file.readAll().trimmed()));
    const Result r = farsight({QStringLiteral("servers"), QStringLiteral("--url"), m_url}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Online"));
    env.remove(QStringLiteral("FARSIGHT_TOKEN"));
    const Result none = farsight({QStringLiteral("servers"), QStringLiteral("--url"), m_url}, env);
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains("FARSIGHT_TOKEN"));
}

void TestCommandLine::rejectedToken()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not-the-token\n");
    f.close();
    const Result r = farsight({QStringLiteral("servers"), QStringLiteral("--url"), m_url, QStringLiteral("--token-file"), bad});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty()); // never an empty table
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("rejected"), r.err.constData());
}

void TestCommandLine::unreachableDashboard()
{
    const Result r = farsight({QStringLiteral("servers"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
                               QStringLiteral("--token-file"), m_tokenFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.startsWith("farsight: "));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("id and tag together") << QStringList{QStringLiteral("details"), QStringLiteral("--id"), QStringLiteral("1"),
                                                        QStringLiteral("--tag"), QStringLiteral("Edge")};
    QTest::newRow("bad id") << QStringList{QStringLiteral("details"), QStringLiteral("--id"), QStringLiteral("1,abc")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("servers"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("token on the command line") << QStringList{QStringLiteral("servers"), QStringLiteral("--token"), QStringLiteral("x")};
    QTest::newRow("missing token file") << QStringList{QStringLiteral("servers"), QStringLiteral("--token-file"), QStringLiteral("/nonexistent/t")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QStringList full = args;
    if (!args.contains(QStringLiteral("--token-file")))
        full << QStringLiteral("--token-file") << m_tokenFile;
    full << QStringLiteral("--url") << m_url;
    const Result r = farsight(full);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCommandLine::helpAndVersion()
{
    const Result help = farsight({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--demo", "--url", "--token-file", "--minimized", "--lang", "servers", "details"})
        QVERIFY2(help.out.contains(option), option);
    const Result version = farsight({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("farsight "));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
