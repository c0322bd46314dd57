// ProfilesDialog: "Test connection" against the real demo dashboard reports success and each exact problem
// (token rejected, not a Nezha dashboard, unreachable); saving keeps secrets out of Settings; invalid input
// and failed tests keep everything typed; the list is locked while edits are unsaved.

#include "GuiTestStack.h"
#include "profiles/ProfilesDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>

class TestProfileDialog : public QObject
{
    Q_OBJECT
private:
    template <typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }
    static QString testDashboard(ProfilesDialog &dialog)
    {
        auto *result = child<QLabel>(&dialog, "dashboardTestResult");
        child<QPushButton>(&dialog, "testDashboard")->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result->text() != QStringLiteral("Testing…"), 15000); }();
        return result->text();
    }
    static void fill(ProfilesDialog &dialog, const QString &url, const QString &token)
    {
        child<QLineEdit>(&dialog, "profileName")->setText(QStringLiteral("Prod"));
        child<QLineEdit>(&dialog, "dashboardUrl")->setText(url);
        child<QLineEdit>(&dialog, "apiToken")->setText(token);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testConnection_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("goodToken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("working dashboard") << int(DemoDashboard::Fault::None) << true << QStringLiteral("Connected");
        QTest::newRow("token rejected in body") << int(DemoDashboard::Fault::RejectToken) << true << QStringLiteral("Token rejected");
        QTest::newRow("wrong token") << int(DemoDashboard::Fault::None) << false << QStringLiteral("Token rejected");
        QTest::newRow("html page instead of api") << int(DemoDashboard::Fault::HtmlNotFound) << true
                                                  << QStringLiteral("does not look like a Nezha dashboard");
        QTest::newRow("server error") << int(DemoDashboard::Fault::ServerError) << true
                                      << QStringLiteral("does not look like a Nezha dashboard");
    }

    void testConnection()
    {
        QFETCH(int, fault);
        QFETCH(bool, goodToken);
        QFETCH(QString, expected);
        GuiTestStack stack;
        stack.demo.setFault(DemoDashboard::Fault(fault));
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        dialog.show();
        const QString token = goodToken ? stack.demo.token() : QStringLiteral("not-the-token");
        fill(dialog, stack.demo.url().toString(), token);
        const QString result = testDashboard(dialog);
        QVERIFY2(result.contains(expected), qPrintable(result));
        // Nothing typed is lost, whatever the outcome.
        QCOMPARE(child<QLineEdit>(&dialog, "apiToken")->text(), token);
        QCOMPARE(child<QLineEdit>(&dialog, "dashboardUrl")->text(), stack.demo.url().toString());
    }

    void unreachableIsNamed()
    {
        GuiTestStack stack;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        fill(dialog, QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("x"));
        const QString result = testDashboard(dialog);
        QVERIFY2(result.contains(QStringLiteral("Unreachable")), qPrintable(result));
    }

    void saveKeepsSecretsOutOfSettings()
    {
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        QVERIFY(dialog.isDirty()); // no profile yet: an empty new form
        fill(dialog, stack.demo.url().toString(), QStringLiteral("TOKEN-SECRET-1"));
        child<QLineEdit>(&dialog, "grafanaUrl")->setText(QStringLiteral("https://grafana.example.org"));
        child<QLineEdit>(&dialog, "grafanaUser")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&dialog, "grafanaPassword")->setText(QStringLiteral("PW-SECRET-2"));
        child<QPushButton>(&dialog, "saveProfile")->click();
        QVERIFY(!dialog.isDirty());
        QCOMPARE(stack.profiles.profiles().size(), 1);
        const Profile p = stack.profiles.profiles().first();
        QCOMPARE(stack.profiles.activeId(), p.id);
        QCOMPARE(stack.keychain.secret(p.tokenKey()), QStringLiteral("TOKEN-SECRET-1"));
        QCOMPARE(stack.keychain.secret(p.grafanaPasswordKey()), QStringLiteral("PW-SECRET-2"));
        stack.settings.sync();
        QFile ini(stack.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(content.contains("grafana.example.org"));
        QVERIFY(!content.contains("TOKEN-SECRET-1"));
        QVERIFY(!content.contains("PW-SECRET-2"));
        QTRY_COMPARE(child<QLabel>(&dialog, "saveResult")->text(), QStringLiteral("Saved."));
    }

    void invalidInputKeepsEverything()
    {
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        fill(dialog, QStringLiteral("ftp://nope"), QStringLiteral("typed-token"));
        child<QPushButton>(&dialog, "saveProfile")->click();
        QVERIFY(dialog.isDirty());
        QVERIFY(stack.profiles.isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "saveResult")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "apiToken")->text(), QStringLiteral("typed-token"));
        QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Prod"));
    }

    void listLockedWhileDirtyAndSecretsLoadOnSelect()
    {
        GuiTestStack stack;
        Profile a;
        a.name = QStringLiteral("A");
        a.url = QUrl(QStringLiteral("https://a.example.org"));
        bool done = false;
        stack.profiles.save(a, QStringLiteral("TOKEN-A"), std::nullopt, this, [&](const CredentialResult &) { done = true; });
        QTRY_VERIFY(done);
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        QVERIFY(!dialog.isDirty());
        QTRY_COMPARE(child<QLineEdit>(&dialog, "apiToken")->text(), QStringLiteral("TOKEN-A"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "profileName"), QStringLiteral(" edited"));
        QVERIFY(dialog.isDirty());
        QVERIFY(!child<QListWidget>(&dialog, "profileList")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "addProfile")->isEnabled());
        child<QPushButton>(&dialog, "revertProfile")->click();
        QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("A"));
        QVERIFY(child<QListWidget>(&dialog, "profileList")->isEnabled());
    }

    void grafanaTestNeedsAddressAndUser()
    {
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        child<QPushButton>(&dialog, "testGrafana")->click();
        QTRY_VERIFY(child<QLabel>(&dialog, "grafanaTestResult")->text().contains(QStringLiteral("Grafana address")));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profile_dialog.moc"
