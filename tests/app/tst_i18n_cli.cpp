// The real `farsight` binary in both languages: --help (our strings and Qt's own, usage line naming
// `farsight`, not the path it was started from), the system locale as the default, --lang overriding it,
// translated errors on stderr, and a translated table whose machine-readable formats stay English.

#include "ProcessRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestI18nCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpInChinese();
    void helpInEnglishNamesTheBinaryNotItsPath();
    void defaultFollowsSystemLocale_data();
    void defaultFollowsSystemLocale();
    void errorsInChinese();
    void unknownLanguage();
    void tableInChineseJsonUnchanged();
    void grafanaUsersAgeInChinese();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs farsight with the given locale variables (LANGUAGE is always cleared).
    Result farsight(const QStringList &args, const QString &locale = QStringLiteral("C.UTF-8"));

    QTemporaryDir m_dir;
    QProcess m_demo;
    QString m_url;
    QString m_tokenFile;
};

void TestI18nCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tokenFile = m_dir.filePath(QStringLiteral("token"));
    startDemoDashboard(m_demo, QStringLiteral(FARSIGHT_DEMO_BINARY), m_tokenFile, &m_url);
}

void TestI18nCli::cleanupTestCase()
{
    m_demo.kill();
    m_demo.waitForFinished();
}

TestI18nCli::Result TestI18nCli::farsight(const QStringList &args, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("FARSIGHT_TOKEN"));
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        env.insert(QString::fromLatin1(name), locale);
    const ProcessRun run = runProcess(QStringLiteral(FARSIGHT_BINARY), args, env);
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

void TestI18nCli::helpInChinese()
{
    const Result r = farsight({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 0);
    // Qt's own part (qtbase_zh_CN) and the usage line naming `farsight`.
    QVERIFY2(r.out.startsWith(QStringLiteral("用法：farsight [选项] [命令]\n")), qPrintable(r.out.left(80)));
    QVERIFY(r.out.contains(QStringLiteral("显示版本信息")));
    // Ours: description, option texts and value names, commands, exit status.
    for (const char *text : {"Farsight（千里眼）：哪吒监控服务器群的控制台。", "启动内置演示面板并连接",
                             "--threshold <秒数>", "--token-file <文件>", "命令：", "图形界面：", "退出状态："}) {
        QVERIFY2(r.out.contains(QString::fromUtf8(text)), text);
    }
    // Option names and commands stay as typed.
    for (const char *token : {"--demo", "--url", "--lang", "farsight servers", "farsight details"})
        QVERIFY2(r.out.contains(QLatin1String(token)), token);
    for (const char *english : {"Usage:", "Start a built-in demo", "Commands:", "Exit status", "Options:"})
        QVERIFY2(!r.out.contains(QLatin1String(english)), english);
}

void TestI18nCli::helpInEnglishNamesTheBinaryNotItsPath()
{
    const Result r = farsight({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: farsight [options] [command]\n")), qPrintable(r.out.left(80)));
    QVERIFY(!r.out.contains(QStringLiteral(FARSIGHT_BINARY)));
    QVERIFY(r.out.contains(QStringLiteral("Start a built-in demo dashboard and connect to it;")));
}

void TestI18nCli::defaultFollowsSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("zh_CN system") << QStringLiteral("zh_CN.UTF-8") << QStringList{QStringLiteral("--help")}
                                  << QStringLiteral("用法：farsight");
    QTest::newRow("zh_TW system reads Simplified") << QStringLiteral("zh_TW.UTF-8") << QStringList{QStringLiteral("--help")}
                                                   << QStringLiteral("用法：farsight");
    QTest::newRow("de system reads English") << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("--help")}
                                             << QStringLiteral("Usage: farsight");
    QTest::newRow("--lang en beats zh_CN system")
        << QStringLiteral("zh_CN.UTF-8") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << QStringLiteral("Usage: farsight");
}

void TestI18nCli::defaultFollowsSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    const Result r = farsight(args, locale);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(firstLine), qPrintable(r.out.left(80)));
}

void TestI18nCli::errorsInChinese()
{
    Result r = farsight({QStringLiteral("servers"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed(), QStringLiteral("farsight: 请用 --url 指定面板地址，例如 --url https://status.example.org。"));

    r = farsight({QStringLiteral("servers"), QStringLiteral("--url"), m_url, QStringLiteral("--format"),
                  QStringLiteral("xml"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("farsight: 未知格式“xml”；请使用 table、json 或 csv。"));

    // Qt's own parser errors are Chinese too.
    r = farsight({QStringLiteral("servers"), QStringLiteral("--no-such-option"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("未知选项")), qPrintable(r.err));

    // A rejected token: the ApiError sentence, translated.
    const QString badToken = m_dir.filePath(QStringLiteral("bad-token"));
    QFile f(badToken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not-the-token\n");
    f.close();
    r = farsight({QStringLiteral("servers"), QStringLiteral("--url"), m_url, QStringLiteral("--token-file"), badToken,
                  QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(QStringLiteral("farsight: 服务器拒绝了凭据")), qPrintable(r.err));
}

void TestI18nCli::unknownLanguage()
{
    const Result r = farsight({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("Unknown language \"xx\"; available: en, zh_CN")), qPrintable(r.err));
}

void TestI18nCli::tableInChineseJsonUnchanged()
{
    const QStringList connection{QStringLiteral("--url"), m_url, QStringLiteral("--token-file"), m_tokenFile,
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")};
    Result r = farsight(QStringList{QStringLiteral("details")} + connection);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 13);
    const QStringList header = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(header, QStringList({QStringLiteral("ID"), QStringLiteral("名称"), QStringLiteral("标签"),
                                  QStringLiteral("状态"), QStringLiteral("最后上报"), QStringLiteral("IP"),
                                  QStringLiteral("CPU"), QStringLiteral("内存"), QStringLiteral("磁盘"),
                                  QStringLiteral("下载"), QStringLiteral("上传"), QStringLiteral("负载"),
                                  QStringLiteral("运行时间")}));
    QVERIFY(r.out.contains(QStringLiteral("在线")));
    QVERIFY(r.out.contains(QStringLiteral("从未上报")));
    QVERIFY(r.out.contains(QStringLiteral("前")) || r.out.contains(QStringLiteral("刚刚"))); // "x 秒前"
    QVERIFY(!r.out.contains(QStringLiteral(" ago")));
    QVERIFY(!r.out.contains(QStringLiteral("just now")));
    QVERIFY(!r.out.contains(QStringLiteral("online")));
    // Units stay IEC; columns still line up (CJK cells count double).
    QVERIFY(r.out.contains(QStringLiteral("iB")));
    const qsizetype statusColumn = lines.at(0).indexOf(QStringLiteral("状态"));
    QVERIFY(statusColumn > 0);

    // JSON is for machines: keys and status values never translated.
    r = farsight(QStringList{QStringLiteral("servers"), QStringLiteral("--format"), QStringLiteral("json")} + connection);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray servers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(servers.size(), 12);
    for (const QJsonValue &v : servers) {
        const QString status = v[QLatin1String("status")].toString();
        QVERIFY2(QStringList({QStringLiteral("online"), QStringLiteral("offline"), QStringLiteral("never-reported")})
                     .contains(status), qPrintable(status));
    }
}

// Grafana's own lastSeenAtAge is English ("3 minutes", "10 years" for never): the Chinese table shows the age in
// Chinese from lastSeenAt; the JSON keeps Grafana's fields.
void TestI18nCli::grafanaUsersAgeInChinese()
{
    const QString passwordFile = m_dir.filePath(QStringLiteral("grafana-password"));
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("admin-demo\n");
    file.close();
    const QStringList args{QStringLiteral("grafana"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--password-file"), passwordFile,
                           QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("users"),
                           QStringLiteral("list")};
    Result r = farsight(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("最后活动")));
    QVERIFY(r.out.contains(QStringLiteral("前")));
    for (const char *english : {"minute", "hour", "year", "never", " ago"})
        QVERIFY2(!r.out.contains(QLatin1String(english)), qPrintable(r.out));
    r = farsight(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("\"lastSeenAtAge\"")));
}

QTEST_GUILESS_MAIN(TestI18nCli)
#include "tst_i18n_cli.moc"
