// `farsight servers|details` end to end: the real farsight binary against the real demo dashboard binary,
// over loopback. Output formats, token from a file or the environment, and the failure contract
// (non-zero exit, one stderr line, nothing on stdout). Typos and unknown options never start the GUI, a GUI
// without a display says so in one line (both run with the display variables unset, where Qt would abort),
// login options, and what the demo dashboard tells about itself.

#include "ProcessRun.h"

#include <QDir>
#include <QFileInfo>
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
    void unknownCommandOrOption_data();
    void unknownCommandOrOption();
    void noDisplay_data();
    void noDisplay();
    void guiStillStartsWithAPlatform_data();
    void guiStillStartsWithAPlatform();
    void loginOptions_data();
    void loginOptions();
    void demoDashboardExplainsItself();
    void runDemoScriptNeedsADisplay();

private:
    using Result = ProcessRun;
    Result farsight(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList connect(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--url"), m_url, QStringLiteral("--token-file"), m_tokenFile} + more;
    }

    // The environment of a machine without a desktop session: no display, no platform chosen.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "FARSIGHT_TOKEN", "FARSIGHT_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        return env;
    }
    QString writeFile(const QString &name, const QByteArray &content);

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

QString TestCommandLine::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
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

void TestCommandLine::unknownCommandOrOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected"); // in the one stderr line
    QTest::addColumn<bool>("suggests");
    const QStringList url{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")};
    QTest::newRow("typo of servers") << QStringList{QStringLiteral("sevrers")} + url
                                     << QByteArray("did you mean \"servers\"?") << true;
    QTest::newRow("typo of details") << QStringList{QStringLiteral("detials")} + url
                                     << QByteArray("did you mean \"details\"?") << true;
    QTest::newRow("unrelated word") << QStringList{QStringLiteral("frobnicate")}
                                    << QByteArray("Unknown command \"frobnicate\"; use one of: servers, details") << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QByteArray("Unknown option 'bogus'.") << false;
    QTest::newRow("typo of an option") << QStringList{QStringLiteral("--toke-file"), QStringLiteral("t")}
                                       << QByteArray("Did you mean --token-file?") << true;
    QTest::newRow("command option without a command") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                                                      << QByteArray("Give a command: servers, details") << false;
}

void TestCommandLine::unknownCommandOrOption()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    QFETCH(bool, suggests);
    const Result r = farsight(args, withoutDisplay());
    QCOMPARE(r.exitCode, 2); // not 134 (Qt's abort without a display), not a GUI
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.startsWith("farsight: "), r.err.constData());
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QCOMPARE(r.err.contains("id you mean"), suggests);
}

void TestCommandLine::noDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM, empty = unset
    QTest::newRow("plain start") << QStringList{} << QString();
    QTest::newRow("demo") << QStringList{QStringLiteral("--demo")} << QString();
    QTest::newRow("one-session dashboard") << QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")}
                                           << QString();
    QTest::newRow("xcb chosen without DISPLAY") << QStringList{} << QStringLiteral("xcb");
}

void TestCommandLine::noDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, platform);
    QProcessEnvironment env = withoutDisplay();
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const Result r = farsight(args, env);
#ifndef FARSIGHT_TEST_WITH_UI
    // A farsight built without the GUI has no window to open: it asks for a command, in one line.
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("farsight: Give a command"), r.err.constData());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    return;
#endif
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0); // no platform-plugin dump
    QVERIFY2(r.err.startsWith("farsight: No display"), r.err.constData());
    QVERIFY(r.err.contains("farsight servers"));
    QVERIFY(!r.err.contains("qt.qpa"));
}

void TestCommandLine::guiStillStartsWithAPlatform_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("platform");
    QTest::newRow("QT_QPA_PLATFORM=offscreen") << QStringList{} << QStringLiteral("offscreen");
    QTest::newRow("-platform offscreen") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} << QString();
}

// The GUI path is reached (not the command line, not the no-display line): it reports its own bad --lang and
// exits before opening a window.
void TestCommandLine::guiStillStartsWithAPlatform()
{
    QFETCH(QStringList, args);
    QFETCH(QString, platform);
    QProcessEnvironment env = withoutDisplay();
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const Result r = farsight(args + QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}, env);
    QCOMPARE(r.exitCode, 2);
#ifndef FARSIGHT_TEST_WITH_UI
    QVERIFY2(r.err.contains("Unknown language \"xx\""), r.err.constData()); // no GUI built in: the CLI says it
    return;
#endif
    QVERIFY2(r.err.contains("--lang: unknown language \"xx\""), r.err.constData());
    QVERIFY(!r.err.contains("No display"));
}

void TestCommandLine::loginOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    const QString password = writeFile(QStringLiteral("password"), "s3cret word\n");
    const QString empty = writeFile(QStringLiteral("empty-password"), "\n");
    const QStringList login{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"), password};
    QTest::newRow("user and token file together") << login + QStringList{QStringLiteral("--token-file"), m_tokenFile}
                                                  << QByteArray("either --token-file or --user");
    QTest::newRow("password file without user") << QStringList{QStringLiteral("--password-file"), password}
                                                 << QByteArray("--password-file goes with --user");
    QTest::newRow("user without password") << QStringList{QStringLiteral("--user"), QStringLiteral("admin")}
                                           << QByteArray("FARSIGHT_PASSWORD");
    QTest::newRow("empty password file") << QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                                        QStringLiteral("--password-file"), empty}
                                         << QByteArray("is empty");
    QTest::newRow("missing password file") << QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                                          QStringLiteral("--password-file"), QStringLiteral("/nonexistent/p")}
                                           << QByteArray("Cannot read the password file");
    QTest::newRow("login on a v0 dashboard") << login + QStringList{QStringLiteral("--api"), QStringLiteral("v0")}
                                             << QByteArray("take an API token");
    QTest::newRow("unknown generation") << QStringList{QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("--api"),
                                                       QStringLiteral("v9")}
                                        << QByteArray("\"v9\"; use auto, v0, v1 or v2");
    QTest::newRow("password on the command line") << QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                                                 QStringLiteral("--password"), QStringLiteral("x")}
                                                  << QByteArray("'password'");
}

void TestCommandLine::loginOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Result r = farsight(QStringList{QStringLiteral("servers"), QStringLiteral("--url"), m_url} + args, withoutDisplay());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains(expected), r.err.constData());
}

void TestCommandLine::demoDashboardExplainsItself()
{
    const Result help = runProcess(QStringLiteral(FARSIGHT_DEMO_BINARY), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QByteArray text = help.out.simplified();
    for (const char *part : {"Grafana admin API", "admin / admin-demo", "--token-file", "farsight-demo-token-"})
        QVERIFY2(text.contains(part), part);

    // The start-up line (stderr; stdout keeps only the URL for scripts) names both APIs, the login and the token file.
    QProcess demo;
    const QString tokenFile = m_dir.filePath(QStringLiteral("startup-token"));
    QString url;
    startDemoDashboard(demo, QStringLiteral(FARSIGHT_DEMO_BINARY), tokenFile, &url);
    QByteArray err; // Qt may warn first (XDG_RUNTIME_DIR not set)
    QTRY_VERIFY_WITH_TIMEOUT(err.append(demo.readAllStandardError()).contains("API token in"), 10000);
    QTRY_VERIFY(err.append(demo.readAllStandardError()).endsWith('\n'));
    const qsizetype start = err.indexOf("Demo dashboard at");
    QVERIFY(start >= 0);
    const QString line = QString::fromUtf8(err.mid(start, err.indexOf('\n', start) - start));
    demo.kill();
    demo.waitForFinished();
    for (const QString &part : {url, QStringLiteral("Nezha API"), QStringLiteral("Grafana admin API"),
                                QStringLiteral("admin / admin-demo"), tokenFile})
        QVERIFY2(line.contains(part), qPrintable(line));
}

// README command 1 says in one line that it needs a desktop session before it installs or builds anything.
void TestCommandLine::runDemoScriptNeedsADisplay()
{
    const QString script = QDir(QStringLiteral(FARSIGHT_FIXTURES_DIR)).absoluteFilePath(QStringLiteral("../../scripts/run-demo.sh"));
    QVERIFY(QFileInfo(script).isExecutable());
    const Result r = runProcess(script, {}, withoutDisplay(), 10000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty()); // neither apt nor cmake ran
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.startsWith("run-demo.sh: no display"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
