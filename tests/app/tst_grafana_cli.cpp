// `farsight grafana` (app/cli/grafana) against the Grafana demo playing 8.5.15, 10.4.3, 11.3.1 and 12.1.0 over
// loopback: every command's success (or its "not available on Grafana X"), a 401 sent once (exit 3), 403 (exit 4),
// 404, 412, the brute-force lockout explained, the faults (HTML page, slow, truncated, 500) after /api/health, the
// --yes rule (exit 2, nothing sent) and the JSON output's shape.

#include "cli/grafana/GrafanaCommand.h"
#include "demo/grafana/GrafanaDemo.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Every command with the words it needs on a fresh demo (user 2 = dortiz with sessions 5001/5002, 5 = nhire).
const QList<QStringList> &commands()
{
    static const QList<QStringList> list = [] {
        QList<QStringList> l;
        for (const char *line :
             {"health", "whoami", "settings", "settings --section server --key http_port", "stats", "usage-report",
              "users list", "users list --query dortiz --page 1 --per-page 10",
              "users create --login zed --email zed@example.org --name Zed --password-file NEW",
              "users set-password 2 --password-file NEW --yes", "users grant-admin 2", "users revoke-admin 3",
              "users delete 5 --yes", "sessions list 2", "sessions revoke 2 5001 --yes", "sessions logout 2 --yes",
              "reload dashboards", "reload datasources", "reload plugins", "reload notifications", "reload alerting",
              "reload ldap", "encryption rotate-data-keys --yes", "encryption reencrypt-data-keys --yes",
              "encryption reencrypt-secrets --yes", "encryption rollback-secrets --yes"})
            l << QString::fromLatin1(line).split(QLatin1Char(' '));
        return l;
    }();
    return list;
}

// What this release lacks (answered without a request) per grafana-admin.md §5.1.
bool lacks(const QString &command, int major)
{
    if (command.startsWith(QLatin1String("encryption")))
        return major < 9;
    if (command == QLatin1String("reload alerting"))
        return major < 9;
    if (command == QLatin1String("reload notifications"))
        return major >= 11;
    return false;
}

QString name(const QStringList &words)
{
    QStringList kept;
    for (const QString &w : words) {
        if (w.startsWith(QLatin1String("--")))
            break;
        kept << w;
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace

class TestGrafanaCli : public QObject
{
    Q_OBJECT
    QHttpServer *m_server = nullptr;
    GrafanaDemo *m_demo = nullptr;
    QUrl m_url;
    QTemporaryDir m_dir;

    QString file(const QString &fileName, const QByteArray &content)
    {
        const QString path = m_dir.filePath(fileName);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Run run(QStringList words, const QString &user = QStringLiteral("admin"),
            const QByteArray &password = "admin-demo", const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("farsight"), QStringLiteral("grafana"), QStringLiteral("--url"),
                         m_url.toString(), QStringLiteral("--user"), user};
        if (!password.isNull()) // null: the admin password comes from FARSIGHT_GRAFANA_PASSWORD
            args << QStringLiteral("--password-file") << file(QStringLiteral("admin.pw"), password + '\n');
        words.replaceInStrings(QStringLiteral("NEW"), file(QStringLiteral("new.pw"), "a-new-password\n"));
        args += extra + words;
        QCommandLineParser parser;
        parser.addOptions(GrafanaCommand::options());
        parser.addOptions({{QStringLiteral("url"), {}, QStringLiteral("u")},
                           {QStringLiteral("user"), {}, QStringLiteral("n")},
                           {QStringLiteral("password-file"), {}, QStringLiteral("f")},
                           {QStringLiteral("format"), {}, QStringLiteral("f")},
                           {QStringLiteral("timeout"), {}, QStringLiteral("s")}});
        if (!parser.parse(args))
            qFatal("%s", qPrintable(parser.errorText()));
        Run r;
        QTextStream out(&r.out), err(&r.err);
        r.code = GrafanaCommand::execute(parser, out, err);
        out.flush();
        err.flush();
        return r;
    }

    static void addRows(const std::function<int(const QString &command, int major)> &expected)
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("code");
        for (int major : {8, 10, 11, 12}) {
            for (const QStringList &words : commands()) {
                QTest::addRow("%d %s", major, qPrintable(name(words))) << major << words << expected(name(words), major);
            }
        }
    }

private slots:
    void init()
    {
        m_server = new QHttpServer;
        m_demo = GrafanaDemo::install(*m_server);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void success_data()
    {
        addRows([](const QString &command, int major) {
            if (lacks(command, major))
                return 1;
            if (command == QLatin1String("reload ldap")) // [auth.ldap] is off: 400 "LDAP is not enabled"
                return 1;
            if (command == QLatin1String("encryption rollback-secrets")) // the demo plays Grafana's 206 "partial"
                return 1;
            return 0;
        });
    }
    void success()
    {
        QFETCH(int, major);
        QFETCH(QStringList, words);
        QFETCH(int, code);
        m_demo->store().setVersion(major);
        const Run r = run(words);
        QVERIFY2(r.code == code, qPrintable(r.err + r.out));
        if (lacks(name(words), major)) {
            QVERIFY2(r.err.contains(QStringLiteral("not available on Grafana %1").arg(m_demo->store().versionText())),
                     qPrintable(r.err));
            QCOMPARE(m_demo->requestCount(), 1); // /api/health only
        } else if (code == 0) {
            QVERIFY(!r.out.isEmpty());
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        }
    }

    void wrongPasswordSentOnce_data()
    {
        addRows([](const QString &command, int major) {
            return lacks(command, major) ? 1 : command == QLatin1String("health") ? 0 : 3;
        });
    }
    void wrongPasswordSentOnce()
    {
        QFETCH(int, major);
        QFETCH(QStringList, words);
        QFETCH(int, code);
        m_demo->store().setVersion(major);
        const Run r = run(words, QStringLiteral("admin"), "wrong");
        QVERIFY2(r.code == code, qPrintable(r.err));
        // /api/health without credentials, then at most one request with them: a 401 is never retried.
        QCOMPARE(m_demo->requestCount(), code == 3 ? 2 : 1);
        if (code == 3)
            QVERIFY(r.err.contains(QStringLiteral("Not retried")));
    }

    void notServerAdmin_data()
    {
        addRows([](const QString &command, int major) {
            if (lacks(command, major))
                return 1;
            return command == QLatin1String("health") || command == QLatin1String("whoami") ? 0 : 4;
        });
    }
    void notServerAdmin()
    {
        QFETCH(int, major);
        QFETCH(QStringList, words);
        QFETCH(int, code);
        m_demo->store().setVersion(major);
        const Run r = run(words, QStringLiteral("viewer"), "viewer-demo");
        QVERIFY2(r.code == code, qPrintable(r.err));
        if (code == 4)
            QVERIFY(r.err.contains(QStringLiteral("not a Grafana server admin")));
    }

    void faults_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("fault");
        using F = GrafanaDemo::Fault;
        for (int major : {8, 12}) {
            for (const QStringList &words : commands()) {
                if (lacks(name(words), major) || words.first() == QLatin1String("health"))
                    continue;
                for (F f : {F::HtmlPage, F::Truncated, F::ServerError})
                    QTest::addRow("%d %s fault %d", major, qPrintable(name(words)), int(f)) << major << words << int(f);
            }
        }
        QTest::addRow("12 stats slow") << 12 << QStringList{QStringLiteral("stats")} << int(F::Slow);
        QTest::addRow("8 users list slow") << 8 << QStringList{QStringLiteral("users"), QStringLiteral("list")}
                                           << int(F::Slow);
        QTest::addRow("12 reload dashboards slow")
            << 12 << QStringList{QStringLiteral("reload"), QStringLiteral("dashboards")} << int(F::Slow);
    }
    void faults()
    {
        QFETCH(int, major);
        QFETCH(QStringList, words);
        QFETCH(int, fault);
        m_demo->store().setVersion(major);
        m_demo->setSlowDelayMs(3000);
        m_demo->setFault(GrafanaDemo::Fault(fault), 1); // /api/health answers, the command meets the fault
        QElapsedTimer clock;
        clock.start();
        const Run r = run(words, QStringLiteral("admin"), "admin-demo",
                          {QStringLiteral("--timeout"), QStringLiteral("1")});
        // An HTML page or half a JSON body after a 200 is a failure too, for actions as well: the action may not
        // have reached Grafana, so it is never reported as done. Only the encryption answers (plain text or 204)
        // cannot tell a cut sentence whose Content-Length matches from a whole one.
        const bool plainText = words.first() == QLatin1String("encryption");
        if (!(plainText && GrafanaDemo::Fault(fault) == GrafanaDemo::Fault::Truncated)) {
            QVERIFY2(r.code == 1, qPrintable(QString::number(r.code) + r.err + r.out));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(clock.elapsed() < 2900); // the slow answer is given up on after --timeout 1
    }

    void notFoundAndConflict_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("message");
        for (int major : {8, 10, 11, 12}) {
            QTest::addRow("%d delete missing user", major)
                << major << QString::fromLatin1("users delete 99 --yes").split(QLatin1Char(' ')) << QStringLiteral("user not found");
            QTest::addRow("%d sessions of a missing user", major)
                << major << QString::fromLatin1("sessions list 99").split(QLatin1Char(' ')) << QStringLiteral("User not found");
            QTest::addRow("%d revoke a missing session", major)
                << major << QString::fromLatin1("sessions revoke 2 77 --yes").split(QLatin1Char(' '))
                << QStringLiteral("User auth token not found");
            QTest::addRow("%d duplicate email (412)", major)
                << major
                << QString::fromLatin1("users create --login dana2 --email Dana.Ortiz@example.org --password-file NEW").split(QLatin1Char(' '))
                << QStringLiteral("already exists");
            QTest::addRow("%d duplicate login (412)", major)
                << major
                << QString::fromLatin1("users create --login DOrtiz --email d2@example.org --password-file NEW").split(QLatin1Char(' '))
                << QStringLiteral("already exists");
        }
    }
    void notFoundAndConflict()
    {
        QFETCH(int, major);
        QFETCH(QStringList, words);
        QFETCH(QString, message);
        m_demo->store().setVersion(major);
        const Run r = run(words);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void lockout_data()
    {
        QTest::addColumn<int>("major");
        for (int major : {8, 10, 11, 12})
            QTest::addRow("%d", major) << major;
    }
    void lockout()
    {
        QFETCH(int, major);
        m_demo->store().setVersion(major);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(run({QStringLiteral("stats")}, QStringLiteral("admin"), "wrong").code, 3);
        const Run r = run({QStringLiteral("stats")}); // the right password, now refused
        QCOMPARE(r.code, 3);
        if (major >= 10) // messageId login-attempt.blocked names the lockout
            QVERIFY2(r.err.contains(QStringLiteral("has locked the login")), qPrintable(r.err));
        else // 8.x/9.x: indistinguishable from a wrong password, and the message says a lock looks the same
            QVERIFY2(r.err.contains(QStringLiteral("a locked login gets this same answer")), qPrintable(r.err));
    }

    void yesRule_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("says");
        QTest::addRow("delete") << QStringList{QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("5")}
                                << QStringLiteral("delete user 5");
        QTest::addRow("set-password") << QString::fromLatin1("users set-password 2 --password-file NEW").split(QLatin1Char(' '))
                                      << QStringLiteral("replace the password of user 2");
        QTest::addRow("revoke") << QString::fromLatin1("sessions revoke 2 5001").split(QLatin1Char(' '))
                                << QStringLiteral("end session 5001 of user 2");
        QTest::addRow("logout") << QString::fromLatin1("sessions logout 2").split(QLatin1Char(' '))
                                << QStringLiteral("sign user 2 out");
        for (const char *e : {"rotate-data-keys", "reencrypt-data-keys", "reencrypt-secrets", "rollback-secrets"})
            QTest::addRow("%s", e) << QStringList{QStringLiteral("encryption"), QLatin1String(e)} << QStringLiteral("--yes");
    }
    void yesRule()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, says);
        const Run r = run(words);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says) && r.err.contains(QStringLiteral("Nothing was sent")), qPrintable(r.err));
        QCOMPARE(m_demo->requestCount(), 0);
        QCOMPARE(m_demo->store().users().size(), 5);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::addRow("bad id") << QString::fromLatin1("users grant-admin abc").split(QLatin1Char(' '));
        QTest::addRow("extra word") << QString::fromLatin1("stats now").split(QLatin1Char(' '));
        QTest::addRow("unknown reload") << QString::fromLatin1("reload everything").split(QLatin1Char(' '));
        QTest::addRow("short new password")
            << QString::fromLatin1("users create --login q --password-file SHORT").split(QLatin1Char(' '));
        QTest::addRow("per-page too big") << QString::fromLatin1("users list --per-page 5000").split(QLatin1Char(' '));
    }
    void usageErrors()
    {
        QFETCH(QStringList, words);
        words.replaceInStrings(QStringLiteral("SHORT"), file(QStringLiteral("short.pw"), "abc\n"));
        const Run r = run(words);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    // users create / set-password: the new password is the last --password-file; with only one, the admin's comes
    // from FARSIGHT_GRAFANA_PASSWORD. Without either, a usage error and nothing sent.
    void newPasswordFiles()
    {
        qputenv("FARSIGHT_GRAFANA_PASSWORD", "admin-demo");
        const Run one = run(QString::fromLatin1("users set-password 2 --password-file NEW --yes").split(QLatin1Char(' ')),
                            QStringLiteral("admin"), QByteArray());
        QCOMPARE(one.code, 0);
        qunsetenv("FARSIGHT_GRAFANA_PASSWORD");
        QCOMPARE(m_demo->store().users().at(1).password, QStringLiteral("a-new-password"));
        const Run none = run(QString::fromLatin1("users set-password 2 --password-file NEW --yes").split(QLatin1Char(' ')),
                             QStringLiteral("admin"), QByteArray());
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QStringLiteral("FARSIGHT_GRAFANA_PASSWORD")));
        QCOMPARE(m_demo->requestCount(), 2); // health + the one change; the refused run sent nothing
        const Run two = run(QString::fromLatin1("users set-password 2 --password-file NEW --yes").split(QLatin1Char(' ')));
        QCOMPARE(two.code, 0);
    }

    void serverTextCannotDriveTheTerminal()
    {
        // A name with an escape sequence and a carriage return, as any admin (or a sync from SSO) could set it.
        const QString name = QStringLiteral("Eve\x1b]0;owned\x07\r\x1b[2J");
        QVERIFY(run({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--login"), QStringLiteral("eve"),
                     QStringLiteral("--email"), QStringLiteral("eve@example.org"), QStringLiteral("--name"), name,
                     QStringLiteral("--password-file"), QStringLiteral("NEW")})
                    .code == 0);
        const Run table = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("eve")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Eve")));
        for (QChar c : table.out)
            QVERIFY2(c == QLatin1Char('\n') || c.unicode() >= 0x20, qPrintable(table.out));
        const Run json = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("eve")},
                             QStringLiteral("admin"), "admin-demo", {QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("users")).toArray().first().toObject().value(QStringLiteral("name")).toString(), name);
    }

    void jsonIsTyped_data()
    {
        QTest::addColumn<int>("major");
        for (int major : {8, 10, 11, 12})
            QTest::addRow("%d", major) << major;
    }
    void jsonIsTyped()
    {
        QFETCH(int, major);
        m_demo->store().setVersion(major);
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        const auto parse = [](const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); };
        const QJsonObject stats = parse(run({QStringLiteral("stats")}, QStringLiteral("admin"), "admin-demo", json));
        QVERIFY(stats.value(QStringLiteral("stats")).toObject().value(QStringLiteral("users")).isDouble());
        QCOMPARE(stats.value(QStringLiteral("notAvailable")).toArray().contains(QStringLiteral("activeDevices")), major < 10);
        const QJsonObject tokens =
            parse(run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("2")}, QStringLiteral("admin"),
                      "admin-demo", json));
        const QJsonObject first = tokens.value(QStringLiteral("sessions")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 5001);
        QCOMPARE(first.value(QStringLiteral("authModule")).isNull(), major < 11);
        const QJsonObject health = parse(run({QStringLiteral("health")}, QStringLiteral("admin"), "admin-demo", json));
        QCOMPARE(health.value(QStringLiteral("version")).toString(), m_demo->store().versionText());
        const QJsonObject action = parse(run({QStringLiteral("reload"), QStringLiteral("dashboards")},
                                             QStringLiteral("admin"), "admin-demo", json));
        QCOMPARE(action.value(QStringLiteral("command")).toString(), QStringLiteral("reload dashboards"));
        QCOMPARE(action.value(QStringLiteral("httpStatus")).toInt(), 200);
        QCOMPARE(action.value(QStringLiteral("message")).toString(), QStringLiteral("Dashboards config reloaded"));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaCli)
#include "tst_grafana_cli.moc"
