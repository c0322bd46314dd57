// AdminPane offscreen against the Grafana demo over loopback: create a user, change their password,
// revoke a session, reload provisioning (confirmations through the seam), and show a server error.
// With FARSIGHT_SCREENSHOT=<path> it also saves a grab of the pane with the demo's data.

#include "admin/AdminBanner.h"
#include "admin/AdminConfirmer.h"
#include "admin/AdminPane.h"
#include "admin/AdminProvisioningPage.h"
#include "demo/grafana/GrafanaDemo.h"
#include "grafana/GrafanaClient.h"

#include <QDialog>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

class FakeConfirmer : public AdminConfirmer
{
public:
    bool answer = true;
    QStringList questions;
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        questions.append(question);
        return answer;
    }
};

class TestAdminPane : public QObject
{
    Q_OBJECT

    QHttpServer *m_server = nullptr;
    GrafanaDemo *m_demo = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    GrafanaClient *m_client = nullptr;
    AdminPane *m_pane = nullptr;
    FakeConfirmer m_confirmer;

    template <typename T>
    T *child(const char *name, QObject *root = nullptr) const
    {
        return (root ? root : m_pane)->findChild<T *>(QString::fromLatin1(name));
    }

    int rowOf(QTableWidget *table, const QString &text) const
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0) && table->item(r, 0)->text() == text)
                return r;
        }
        return -1;
    }

    const GrafanaDemoStore::User *demoUser(const QString &login) const
    {
        for (const auto &u : m_demo->store().users()) {
            if (u.login == login)
                return &u;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = new QHttpServer;
        m_demo = GrafanaDemo::install(*m_server);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_nam = new QNetworkAccessManager;
        m_client = new GrafanaClient(m_nam);
        m_pane = new AdminPane(m_client, nullptr);
        m_confirmer = {};
        m_pane->setConfirmer(&m_confirmer);
        m_pane->resize(1100, 640);
        m_pane->show();
        QSignalSpy users(m_client, &GrafanaClient::usersReceived);
        m_pane->setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("admin"),
                               QStringLiteral("admin-demo")});
        QVERIFY(users.wait(5000)); // connection tested, then the pages loaded
        QTRY_VERIFY(child<QTableWidget>("statsTable")->rowCount() > 0);
        QTRY_VERIFY(child<QTableWidget>("usersTable")->rowCount() == 5);
    }

    void cleanup()
    {
        delete m_pane;
        delete m_client;
        delete m_nam;
        delete m_server;
    }

    void connectionShownOnOverview()
    {
        QTRY_VERIFY(child<QLabel>("connectionResult")->text().contains(QStringLiteral("11.3.1")));
        QVERIFY(!m_pane->banner()->isVisible());
    }

    void createUser()
    {
        child<QPushButton>("createUserButton")->click();
        QPointer<QDialog> dialog = m_pane->findChild<QDialog *>(QStringLiteral("createUserDialog"));
        QVERIFY(dialog && dialog->isVisible());
        child<QLineEdit>("newUserName", dialog)->setText(QStringLiteral("Ann Lee"));
        child<QLineEdit>("newUserEmail", dialog)->setText(QStringLiteral("ann@example.org"));
        child<QLineEdit>("newUserLogin", dialog)->setText(QStringLiteral("dortiz")); // taken: 412
        child<QLineEdit>("newUserPassword", dialog)->setText(QStringLiteral("ab"));   // too short: local check
        child<QPushButton>("createUserSubmit", dialog)->click();
        auto *error = child<QLabel>("createUserError", dialog);
        QVERIFY(error->isVisible());
        QVERIFY(!demoUser(QStringLiteral("ann")));

        child<QLineEdit>("newUserPassword", dialog)->setText(QStringLiteral("ann-pass"));
        child<QPushButton>("createUserSubmit", dialog)->click();
        QTRY_VERIFY(error->text().contains(QStringLiteral("412")));
        QVERIFY(dialog->isVisible()); // the form stays, with what was typed
        QCOMPARE(child<QLineEdit>("newUserName", dialog)->text(), QStringLiteral("Ann Lee"));
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("already exists")));

        child<QLineEdit>("newUserLogin", dialog)->setText(QStringLiteral("alee"));
        child<QPushButton>("createUserSubmit", dialog)->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(demoUser(QStringLiteral("alee")));
        auto *table = child<QTableWidget>("usersTable");
        QTRY_VERIFY(rowOf(table, QStringLiteral("alee")) >= 0);
    }

    void createdLoginStaysLiteral()
    {
        // A login holding "%1" once turned "User %1 created (id %2)." into "User a7b created (id %2).".
        child<QPushButton>("createUserButton")->click();
        QPointer<QDialog> dialog = m_pane->findChild<QDialog *>(QStringLiteral("createUserDialog"));
        QVERIFY(dialog && dialog->isVisible());
        child<QLineEdit>("newUserName", dialog)->setText(QStringLiteral("Pat"));
        child<QLineEdit>("newUserEmail", dialog)->setText(QStringLiteral("pat@example.org"));
        child<QLineEdit>("newUserLogin", dialog)->setText(QStringLiteral("a%1b"));
        child<QLineEdit>("newUserPassword", dialog)->setText(QStringLiteral("pat-pass"));
        child<QPushButton>("createUserSubmit", dialog)->click();
        QTRY_VERIFY2(m_pane->banner()->text().startsWith(QStringLiteral("User a%1b created (id ")),
                     qPrintable(m_pane->banner()->text()));
        QVERIFY(!m_pane->banner()->text().contains(QStringLiteral("%2")));
    }

    void changePassword()
    {
        auto *table = child<QTableWidget>("usersTable");
        table->selectRow(rowOf(table, QStringLiteral("dortiz")));
        child<QPushButton>("changePasswordButton")->click();
        QPointer<QDialog> dialog = m_pane->findChild<QDialog *>(QStringLiteral("changePasswordDialog"));
        QVERIFY(dialog && dialog->isVisible());
        child<QLineEdit>("newPassword", dialog)->setText(QStringLiteral("fresh-pass"));
        child<QLineEdit>("repeatPassword", dialog)->setText(QStringLiteral("fresh-typo"));
        child<QPushButton>("changePasswordSubmit", dialog)->click();
        QVERIFY(child<QLabel>("changePasswordError", dialog)->isVisible());
        QCOMPARE(demoUser(QStringLiteral("dortiz"))->password, QStringLiteral("dana-demo"));

        child<QLineEdit>("repeatPassword", dialog)->setText(QStringLiteral("fresh-pass"));
        child<QPushButton>("changePasswordSubmit", dialog)->click();
        QTRY_COMPARE(demoUser(QStringLiteral("dortiz"))->password, QStringLiteral("fresh-pass"));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_VERIFY(m_pane->banner()->text().contains(QStringLiteral("User password updated")));
    }

    void revokeSession()
    {
        auto *users = child<QTableWidget>("usersTable");
        users->selectRow(rowOf(users, QStringLiteral("dortiz")));
        child<QPushButton>("showSessionsButton")->click();
        QCOMPARE(child<QTabWidget>("adminTabs")->currentWidget()->objectName(), QStringLiteral("adminSessionsPage"));
        auto *sessions = child<QTableWidget>("sessionsTable");
        QTRY_COMPARE(sessions->rowCount(), 2);
        sessions->selectRow(0);

        m_confirmer.answer = false; // declining sends nothing
        child<QPushButton>("revokeSessionButton")->click();
        QCOMPARE(m_confirmer.questions.size(), 1);
        QVERIFY(m_confirmer.questions.first().contains(QStringLiteral("Dana Ortiz")));
        QCOMPARE(demoUser(QStringLiteral("dortiz"))->sessions.size(), 2);

        m_confirmer.answer = true;
        child<QPushButton>("revokeSessionButton")->click();
        QTRY_COMPARE(sessions->rowCount(), 1);
        QCOMPARE(demoUser(QStringLiteral("dortiz"))->sessions.size(), 1);
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("User auth token revoked")));
    }

    void reloadProvisioning()
    {
        auto *page = m_pane->findChild<AdminProvisioningPage *>();
        child<QPushButton>("reloadDashboardsButton")->click();
        QVERIFY(m_confirmer.questions.last().contains(QStringLiteral("dashboard")));
        QTRY_VERIFY(page->logText().contains(QStringLiteral("Dashboards config reloaded")));

        child<QPushButton>("reloadLdapButton")->click(); // the demo has LDAP off: a server error
        QTRY_VERIFY(page->logText().contains(QStringLiteral("LDAP is not enabled")));
        QVERIFY(page->logText().contains(QStringLiteral("HTTP 400")));
    }

    void serverErrorShownWithStatus()
    {
        // Demoting the last other admin, then the admin itself: Grafana refuses with 400.
        auto *table = child<QTableWidget>("usersTable");
        table->selectRow(rowOf(table, QStringLiteral("mchen")));
        child<QPushButton>("toggleAdminButton")->click();
        QTRY_VERIFY(m_pane->banner()->text().contains(QStringLiteral("User permissions updated")));
        QTRY_VERIFY(table->item(rowOf(table, QStringLiteral("mchen")), 3)->text().isEmpty());
        table->selectRow(rowOf(table, QStringLiteral("admin")));
        QCOMPARE(child<QPushButton>("toggleAdminButton")->text(), QStringLiteral("Revoke Grafana A&dmin"));
        child<QPushButton>("toggleAdminButton")->click();
        QTRY_VERIFY(m_pane->banner()->isError());
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("HTTP 400")));
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("cannot remove last grafana admin")));
    }

    void wrongCredentialsWarnAboutLockout()
    {
        QSignalSpy tested(m_client, &GrafanaClient::connectionTested);
        GrafanaConnection c = m_client->connection();
        c.password = QStringLiteral("wrong");
        m_pane->setConnection(c);
        QVERIFY(tested.wait());
        QVERIFY(m_pane->banner()->isError());
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("locked")));
        QVERIFY(child<QPushButton>("adminRetryButton")->isVisibleTo(m_pane));
    }

    void refusedPasswordNotReplayedOnReconnect()
    {
        const GrafanaConnection good = m_client->connection();
        GrafanaConnection wrong = good;
        wrong.password = QStringLiteral("wrong");
        QSignalSpy tested(m_client, &GrafanaClient::connectionTested);
        m_pane->setConnection(wrong);
        QVERIFY(tested.wait());
        QSignalSpy started(m_client, &GrafanaClient::runningChanged);
        m_pane->setConnection(wrong); // the same profile reconnects (e.g. its dashboard token was edited)
        m_pane->setConnection(good);  // another profile ...
        QTRY_COMPARE(tested.size(), 2);
        m_pane->setConnection(wrong); // ... and back
        int tests = 0;
        for (const QList<QVariant> &args : started)
            tests += args.at(0).value<GrafanaClient::Operation>() == GrafanaClient::Operation::TestConnection
                && args.at(1).toBool();
        QCOMPARE(tests, 1); // only the good password was tested
        QVERIFY(m_pane->banner()->isError());
        QVERIFY(m_pane->banner()->text().contains(QStringLiteral("locks")));
        QVERIFY(child<QPushButton>("adminRetryButton")->isVisibleTo(m_pane));
        child<QPushButton>("adminRetryButton")->click(); // the user's explicit decision sends it once more
        QTRY_COMPARE(tested.size(), 3);
    }

    // The users page with a selection renders; with FARSIGHT_SCREENSHOT=<file.png> the grab is also saved
    // (resources/screenshots/admin-pane.png comes from here).
    void screenshot()
    {
        const QString path = qEnvironmentVariable("FARSIGHT_SCREENSHOT");
        auto *table = child<QTableWidget>("usersTable");
        table->selectRow(rowOf(table, QStringLiteral("dortiz")));
        child<QTabWidget>("adminTabs")->setCurrentWidget(child<QWidget>("adminUsersPage"));
        m_pane->banner()->showInfo(QStringLiteral("Connected to Grafana 11.3.1 as admin (demo)."));
        QCoreApplication::sendPostedEvents(); // apply pending layout requests before grabbing
        const QPixmap shot = m_pane->grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(table->selectedItems().value(0) ? table->selectedItems().first()->row()
                                                 : -1, rowOf(table, QStringLiteral("dortiz")));
        if (!path.isEmpty())
            QVERIFY(shot.save(path));
    }
};

QTEST_MAIN(TestAdminPane)
#include "tst_admin_pane.moc"
