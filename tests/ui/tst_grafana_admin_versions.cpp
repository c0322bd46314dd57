// AdminPane offscreen against the Grafana demo playing 8.5.15 and 12.1.0: what the release lacks (the stats
// counter activeDevices, the encryption routes, the sessions' sign-in method) reads "not available on
// Grafana 8.5.15" as information, never as an error. With FARSIGHT_SCREENSHOT_DIR=<dir> it saves grabs.

#include "admin/AdminBanner.h"
#include "admin/AdminConfirmer.h"
#include "admin/AdminPane.h"
#include "demo/grafana/GrafanaDemo.h"
#include "grafana/GrafanaClient.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

class YesConfirmer : public AdminConfirmer
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return true; }
};

class TestGrafanaAdminVersions : public QObject
{
    Q_OBJECT
    QHttpServer *m_server = nullptr;
    GrafanaDemo *m_demo = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    GrafanaClient *m_client = nullptr;
    AdminPane *m_pane = nullptr;
    YesConfirmer m_confirmer;

    template <typename T>
    T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QString::fromLatin1(name));
    }

    void open(int major)
    {
        m_server = new QHttpServer;
        m_demo = GrafanaDemo::install(*m_server);
        m_demo->store().setVersion(major);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_nam = new QNetworkAccessManager;
        m_client = new GrafanaClient(m_nam);
        m_pane = new AdminPane(m_client, nullptr);
        m_pane->setConfirmer(&m_confirmer);
        m_pane->resize(1024, 640);
        m_pane->show();
        QSignalSpy users(m_client, &GrafanaClient::usersReceived);
        m_pane->setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("admin"),
                               QStringLiteral("admin-demo")});
        QVERIFY(users.wait(5000));
        QTRY_VERIFY(child<QTableWidget>("statsTable")->rowCount() == 24);
    }

    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_pane->grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        delete m_pane;
        delete m_client;
        delete m_nam;
        delete m_server;
    }

    void versions_data()
    {
        QTest::addColumn<int>("major");
        QTest::newRow("8") << 8;
        QTest::newRow("12") << 12;
    }
    void versions()
    {
        QFETCH(int, major);
        open(major);
        QCOMPARE(m_client->serverVersion().major, major);
        const QString notAvailable = QStringLiteral("not available on Grafana %1").arg(m_demo->store().versionText());
        auto *stats = child<QTableWidget>("statsTable");
        QCOMPARE(stats->item(23, 1)->text() == notAvailable, major < 10); // activeDevices

        auto *tabs = child<QTabWidget>("adminTabs");
        tabs->setCurrentWidget(child<QWidget>("adminEncryptionPage"));
        const int before = m_demo->requestCount();
        child<QPushButton>("rotateDataKeysButton")->click();
        auto *banner = m_pane->findChild<AdminBanner *>(QStringLiteral("adminBanner"));
        QTRY_VERIFY(!banner->text().isEmpty());
        if (major < 9) {
            QCOMPARE(banner->text(), QStringLiteral("Rotate data keys: ") + notAvailable);
            QVERIFY(!banner->isError());
            QCOMPARE(m_demo->requestCount(), before); // refused without a request
        } else {
            QVERIFY2(!banner->isError(), qPrintable(banner->text()));
        }
        shoot(QStringLiteral("admin-grafana%1-encryption.png").arg(major));
        tabs->setCurrentIndex(0);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->findChild<QTableWidget *>(QStringLiteral("statsTable")))
                tabs->setCurrentIndex(i);
        }
        stats->scrollToBottom();
        shoot(QStringLiteral("admin-grafana%1-stats.png").arg(major));
    }
};

QTEST_MAIN(TestGrafanaAdminVersions)
#include "tst_grafana_admin_versions.moc"
