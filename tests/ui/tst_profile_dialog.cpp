// ProfilesDialog: "Test connection" against the real demo dashboard reports success and each exact problem
// (token rejected, not a Nezha dashboard, unreachable); saving keeps secrets out of Settings; invalid input
// and failed tests keep everything typed; the list is locked while edits are unsaved; a user:password@ address is
// refused, http:// with a secret is warned about, and a profile name is shown as typed in the remove question.

#include "GuiTestStack.h"
#include "profiles/ProfilesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>
#include <QTimer>

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

    // A v1/v2 dashboard: the login name goes to Settings, the login password only to the keychain; the form
    // shows the fields the chosen generation uses (v0: token only, v1: login only, v2 and Automatic: both).
    void loginProfileSavedAndRowsFollowGeneration()
    {
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        dialog.show();
        auto *api = child<QComboBox>(&dialog, "dashboardApi");
        auto *user = child<QLineEdit>(&dialog, "dashboardUser");
        auto *token = child<QLineEdit>(&dialog, "apiToken");
        QVERIFY(user->isVisible() && token->isVisible()); // Automatic takes either
        api->setCurrentIndex(api->findData(int(DashboardConnection::Generation::V0)));
        QVERIFY(!user->isVisible() && token->isVisible());
        api->setCurrentIndex(api->findData(int(DashboardConnection::Generation::V1)));
        QVERIFY(user->isVisible() && !token->isVisible());
        api->setCurrentIndex(api->findData(int(DashboardConnection::Generation::V2)));
        QVERIFY(user->isVisible() && token->isVisible());
        fill(dialog, QStringLiteral("https://nezha.example.org"), QString());
        user->setText(QStringLiteral("ops"));
        child<QLineEdit>(&dialog, "dashboardPassword")->setText(QStringLiteral("LOGIN-SECRET-3"));
        child<QPushButton>(&dialog, "saveProfile")->click();
        const Profile p = stack.profiles.profiles().first();
        QCOMPARE(p.generation, DashboardConnection::Generation::V2);
        QCOMPARE(p.nezhaUser, QStringLiteral("ops"));
        QTRY_COMPARE(stack.keychain.secret(p.nezhaPasswordKey()), QStringLiteral("LOGIN-SECRET-3"));
        stack.settings.sync();
        QFile ini(stack.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("LOGIN-SECRET-3"));
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

    void userInfoInAddressIsRefused_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("grafana");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password in the dashboard address") << QStringLiteral("https://bob:hunter2@status.example.org")
                                                           << QString() << QStringLiteral("dashboard address");
        QTest::newRow("password in the Grafana address") << QStringLiteral("https://status.example.org")
                                                         << QStringLiteral("https://admin:hunter2@grafana.example.org")
                                                         << QStringLiteral("Grafana address");
    }
    void userInfoInAddressIsRefused()
    {
        QFETCH(QString, dashboard);
        QFETCH(QString, grafana);
        QFETCH(QString, expected);
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        fill(dialog, dashboard, QStringLiteral("tok"));
        child<QLineEdit>(&dialog, "grafanaUrl")->setText(grafana);
        child<QPushButton>(&dialog, "saveProfile")->click();
        QVERIFY(dialog.isDirty());
        QVERIFY(stack.profiles.isEmpty());
        const QString problem = child<QLabel>(&dialog, "saveResult")->text();
        QVERIFY2(problem.startsWith(QStringLiteral("Remove the user name and password from the")) && problem.contains(expected),
                 qPrintable(problem));
        stack.settings.sync();
        QFile ini(stack.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("hunter2"));
    }

    void cleartextSecretIsWarned_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("grafana");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("warned");
        const QString none;
        QTest::newRow("http to another machine with a token")
            << QStringLiteral("http://status.example.org") << QStringLiteral("tok") << none << none << true;
        QTest::newRow("https with a token") << QStringLiteral("https://status.example.org") << QStringLiteral("tok")
                                            << none << none << false;
        QTest::newRow("http without a token") << QStringLiteral("http://status.example.org") << none << none << none
                                              << false;
        QTest::newRow("http to this machine") << QStringLiteral("http://127.0.0.1:8008") << QStringLiteral("tok")
                                              << none << none << false;
        QTest::newRow("Grafana over http with a password")
            << QStringLiteral("https://status.example.org") << QStringLiteral("tok")
            << QStringLiteral("http://grafana.example.org") << QStringLiteral("pw") << true;
    }
    void cleartextSecretIsWarned()
    {
        QFETCH(QString, dashboard);
        QFETCH(QString, token);
        QFETCH(QString, grafana);
        QFETCH(QString, password);
        QFETCH(bool, warned);
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        fill(dialog, dashboard, token);
        child<QLineEdit>(&dialog, "grafanaUrl")->setText(grafana);
        child<QLineEdit>(&dialog, "grafanaPassword")->setText(password);
        auto *warning = child<QLabel>(&dialog, "cleartextWarning");
        QCOMPARE(!warning->isHidden(), warned);
        QCOMPARE(warning->text().contains(QStringLiteral("http://")), warned);
    }

    void removeConfirmShowsTheNameOnce()
    {
        GuiTestStack stack;
        Profile a;
        a.name = QStringLiteral("A & B <b>x</b>");
        a.url = QUrl(QStringLiteral("https://a.example.org"));
        bool done = false;
        stack.profiles.save(a, QStringLiteral("TOKEN-A"), std::nullopt, this, [&](const CredentialResult &) { done = true; });
        QTRY_VERIFY(done);
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        dialog.show();
        QString shown;
        Qt::TextFormat format = Qt::AutoText;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            format = box->textFormat();
            box->button(QMessageBox::No)->click();
        });
        child<QPushButton>(&dialog, "removeProfile")->click();
        QCOMPARE(shown, QStringLiteral("Remove the profile \"A & B <b>x</b>\" and its stored secrets?"));
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(stack.profiles.profiles().size(), 1); // "No" kept it
    }

    // Esc asks to save only when something was typed: not on the untouched new form (first run), not on a
    // loaded profile whose secrets arrived from the keychain.
    void escapeAsksOnlyAfterEdits_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("edit");
        QTest::newRow("untouched new form") << false << false;
        QTest::newRow("untouched saved profile") << true << false;
        QTest::newRow("edited new form") << false << true;
        QTest::newRow("edited saved profile") << true << true;
    }

    void escapeAsksOnlyAfterEdits()
    {
        QFETCH(bool, existing);
        QFETCH(bool, edit);
        GuiTestStack stack;
        if (existing) {
            Profile a;
            a.name = QStringLiteral("A");
            a.url = QUrl(QStringLiteral("https://a.example.org"));
            bool saved = false;
            stack.profiles.save(a, QStringLiteral("TOKEN-A"), std::nullopt, this, [&](const CredentialResult &) { saved = true; });
            QTRY_VERIFY(saved);
        }
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (existing)
            QTRY_COMPARE(child<QLineEdit>(&dialog, "apiToken")->text(), QStringLiteral("TOKEN-A"));
        if (edit)
            QTest::keyClicks(child<QLineEdit>(&dialog, "profileName"), QStringLiteral("x"));
        bool asked = false;
        QTimer watchdog; // answers a question box with Discard, so a wrong question cannot hang the test
        connect(&watchdog, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        });
        watchdog.start(20);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(asked, edit);
    }

    // An old verdict ("Connected…") goes as soon as the address or a credential it was about is edited.
    void editClearsTheTestResult_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("address") << QStringLiteral("dashboardUrl");
        QTest::newRow("token") << QStringLiteral("apiToken");
    }

    void editClearsTheTestResult()
    {
        QFETCH(QString, field);
        GuiTestStack stack;
        ProfilesDialog dialog(&stack.profiles, &stack.tester);
        dialog.show();
        fill(dialog, stack.demo.url().toString(), stack.demo.token());
        QVERIFY(testDashboard(dialog).contains(QStringLiteral("Connected")));
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(child<QLabel>(&dialog, "dashboardTestResult")->text().isEmpty());
        // A test still running when the field changes does not paint its old verdict afterwards either.
        child<QPushButton>(&dialog, "testDashboard")->click();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::qWait(0);
        QSignalSpy answered(&stack.tester, &ConnectionTester::dashboardTested);
        QVERIFY(answered.wait(15000));
        QVERIFY(child<QLabel>(&dialog, "dashboardTestResult")->text().isEmpty());
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
