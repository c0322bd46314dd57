// `farsight check` end to end: the real farsight binary against a DemoDashboard in this process (exact servers
// added, a fixed dashboard clock), one row per exit status, the exact perfdata, and every way the dashboard can fail
// (down, HTML page, 500, truncated JSON, token rejected, v2 login refused with 401) ending in UNKNOWN (3) with one
// line on stdout. Usage errors are UNKNOWN too, on stdout, as the Monitoring Plugins guidelines ask.

#include "demo/DemoDashboard.h"

#include <QProcess>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCheckCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void statuses_data();
    void statuses();
    void offlineServerIsCounted();
    void v2LoginAndRefusal();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run check(const QStringList &args, const QString &url = {});
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoDashboard> m_demo;
    qint64 m_nowMs = 1'800'000'000'000;
    QString m_tokenFile;
};

namespace {

ServerSnapshot exactServer(const QString &name, const QString &tag, double cpu, quint64 memUsed, quint64 diskUsed)
{
    ServerSnapshot s;
    s.name = name;
    s.tag = tag;
    s.lastActive = 1;
    s.host.memTotal = 1000;
    s.host.diskTotal = 1000;
    s.host.cpu = QStringList{u"Test CPU 1 Virtual Core"_s};
    s.status.cpu = cpu;
    s.status.memUsed = memUsed;
    s.status.diskUsed = diskUsed;
    return s;
}

} // namespace

QString TestCheckCommand::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = std::make_unique<DemoDashboard>(0);
    m_demo->fleet()->setScheduledOutages(false);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    m_demo->fleet()->addServer(exactServer(u"web-1"_s, u"web"_s, 23.5, 400, 500));
    m_demo->fleet()->addServer(exactServer(u"db-1"_s, u"db"_s, 85, 910, 300));
    QVERIFY(m_demo->listen());
    m_tokenFile = writeFile(u"token"_s, m_demo->token().toUtf8());
    QVERIFY(!m_tokenFile.isEmpty());
}

TestCheckCommand::Run TestCheckCommand::check(const QStringList &args, const QString &url)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"FARSIGHT_TOKEN", "FARSIGHT_PASSWORD", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    const QString base = url.isEmpty() ? m_demo->url().toString() : url;
    process.start(QStringLiteral(FARSIGHT_BINARY),
                  QStringList{u"check"_s, u"--url"_s, base} + args + QStringList{u"--timeout"_s, u"5"_s});
    Run run;
    // The demo answers from this thread's event loop: wait with a spy, never a blocking waitForFinished().
    if (!finished.wait(20000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCheckCommand::statuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<DemoDashboard::Fault>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line"); // a regular expression for the whole line

    const QString token = u"--token-file"_s;
    const QString file = u"TOKEN"_s; // replaced by the token file
    const QString perf = u" \\| 'servers'=2;;;0 'offline'=0;%1;%2;0;2 'cpu'=85\\.0%;%3;%4;0;100 "
                         "'mem'=91\\.0%;%5;%6;0;100 'disk'=50\\.0%;;;0;100$"_s;
    const auto none = DemoDashboard::Fault::None;
    QTest::newRow("ok without thresholds") << QStringList{token, file} << none << 0
        << u"^FARSIGHT OK - 2 servers?(\\(s\\))?, 0 offline"_s + perf.arg(QString(), QString(), QString(), QString(),
                                                                          QString(), QString());
    QTest::newRow("ok within thresholds") << QStringList{token, file, u"-w"_s, u"cpu=90,offline=0"_s} << none << 0
        << u"^FARSIGHT OK - .*"_s + perf.arg(u"0"_s, QString(), u"90"_s, QString(), QString(), QString());
    QTest::newRow("warning: cpu") << QStringList{token, file, u"--warning"_s, u"cpu=80"_s, u"--critical"_s, u"cpu=95"_s}
        << none << 1 << u"^FARSIGHT WARNING - .*: cpu 85\\.0% on db-1"_s + perf.arg(QString(), QString(), u"80"_s,
                                                                                    u"95"_s, QString(), QString());
    QTest::newRow("critical: memory") << QStringList{token, file, u"-w"_s, u"cpu=80"_s, u"-c"_s, u"mem=90"_s} << none
        << 2 << u"^FARSIGHT CRITICAL - .*: mem 91\\.0% on db-1, cpu 85\\.0% on db-1"_s
        + perf.arg(QString(), QString(), u"80"_s, QString(), QString(), u"90"_s);
    QTest::newRow("one tag, fine") << QStringList{token, file, u"--tag"_s, u"web"_s, u"-c"_s, u"cpu=80"_s} << none << 0
        << u"^FARSIGHT OK - 1 server.* \\| 'servers'=1;;;0 'offline'=0;;;0;1 'cpu'=23\\.5%;;80;0;100 "
           "'mem'=40\\.0%;;;0;100 'disk'=50\\.0%;;;0;100$"_s;
    QTest::newRow("no server matches") << QStringList{token, file, u"--tag"_s, u"nothing"_s} << none << 3
        << u"^FARSIGHT UNKNOWN - No server matches the selection\\.$"_s;
    const QString unknown = u"^FARSIGHT UNKNOWN - [^|]+$"_s;
    QTest::newRow("token rejected") << QStringList{token, file} << DemoDashboard::Fault::RejectToken << 3 << unknown;
    QTest::newRow("HTML instead of JSON") << QStringList{token, file} << DemoDashboard::Fault::HtmlNotFound << 3
                                          << unknown;
    QTest::newRow("server error 500") << QStringList{token, file} << DemoDashboard::Fault::ServerError << 3 << unknown;
    QTest::newRow("truncated JSON") << QStringList{token, file} << DemoDashboard::Fault::TruncatedJson << 3 << unknown;
    QTest::newRow("connection dropped") << QStringList{token, file} << DemoDashboard::Fault::DropConnection << 3
                                        << unknown;
    QTest::newRow("usage: unknown option") << QStringList{token, file, u"--bogus"_s} << none << 3
        << u"^FARSIGHT UNKNOWN - Unknown option 'bogus'\\.$"_s;
    QTest::newRow("usage: bad range") << QStringList{token, file, u"-w"_s, u"cpu=lots"_s} << none << 3
        << u"^FARSIGHT UNKNOWN - Invalid range \"lots\" for cpu.*$"_s;
    QTest::newRow("usage: unknown metric") << QStringList{token, file, u"-c"_s, u"swap=1"_s} << none << 3
        << u"^FARSIGHT UNKNOWN - Unknown threshold \"swap=1\".*$"_s;
    QTest::newRow("usage: no credentials") << QStringList{} << none << 3 << unknown;
    QTest::newRow("usage: format") << QStringList{token, file, u"--format"_s, u"json"_s} << none << 3 << unknown;
    QTest::newRow("usage: stray argument") << QStringList{token, file, u"now"_s} << none << 3
        << u"^FARSIGHT UNKNOWN - Unexpected argument \"now\".*$"_s;
}

void TestCheckCommand::statuses()
{
    QFETCH(QStringList, args);
    QFETCH(DemoDashboard::Fault, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    args.replaceInStrings(u"TOKEN"_s, m_tokenFile);
    m_demo->setFault(fault);
    const Run run = check(args);
    m_demo->setFault(DemoDashboard::Fault::None);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.endsWith(QLatin1Char('\n')) && run.out.count(QLatin1Char('\n')) == 1, qPrintable(run.out));
    const QString first = run.out.trimmed();
    QVERIFY2(QRegularExpression(line).match(first).hasMatch(), qPrintable(first + u"\n  !~ "_s + line));
}

void TestCheckCommand::offlineServerIsCounted()
{
    const quint64 id = m_demo->fleet()->addServer(exactServer(u"gone-1"_s, u"web"_s, 99, 990, 990));
    m_demo->fleet()->setServerOffline(id, true);
    m_nowMs += 120'000; // two minutes without a report, far past the 30 s threshold
    const QStringList args{u"--token-file"_s, m_tokenFile, u"-w"_s, u"offline=0"_s, u"-c"_s, u"offline=1,cpu=95"_s};
    Run run = check(args);
    QCOMPARE(run.exitCode, 1); // one offline: warning; its stale 99 % CPU is not judged
    QVERIFY2(run.out.startsWith(u"FARSIGHT WARNING - 3 server"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u": offline 1 | "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"'offline'=1;0;1;0;3 'cpu'=85.0%;;95;0;100"_s), qPrintable(run.out));

    m_demo->fleet()->removeServer(id);
    // A dashboard that is down (nothing listens on the port any more) is UNKNOWN as well.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    run = check({u"--token-file"_s, m_tokenFile}, closed);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith(u"FARSIGHT UNKNOWN - "_s), qPrintable(run.out));
}

void TestCheckCommand::v2LoginAndRefusal()
{
    m_demo->setGeneration(DemoDashboard::Generation::V2);
    const QString good = writeFile(u"password"_s, DemoDashboard::loginPassword().toUtf8());
    const QString bad = writeFile(u"wrong"_s, QByteArrayLiteral("not-the-password"));
    const QStringList login{u"--api"_s, u"v2"_s, u"--user"_s, DemoDashboard::loginUser(), u"--password-file"_s};
    Run run = check(login + QStringList{good, u"-c"_s, u"cpu=80"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.startsWith(u"FARSIGHT CRITICAL - 2 server"_s), qPrintable(run.out));
    run = check(login + QStringList{bad});
    m_demo->setGeneration(DemoDashboard::Generation::V0);
    QCOMPARE(run.exitCode, 3); // the login answered 401
    QVERIFY2(run.out.startsWith(u"FARSIGHT UNKNOWN - "_s) && run.out.count(QLatin1Char('\n')) == 1, qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_check_command.moc"
