// AdminUsersPage paging with server-sent counts (issue 10 defect 11): a totalCount near INT64_MAX used to
// overflow (totalCount + perPage - 1) and truncate to int, so the label said "Page 1 of 1" and Next was off.

#include "admin/AdminContext.h"
#include "admin/AdminUsersPage.h"
#include "grafana/GrafanaClient.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

#include <limits>

class TestAdminUsersPage : public QObject
{
    Q_OBJECT
private slots:
    void pageLabel_data()
    {
        QTest::addColumn<qint64>("totalCount");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("pages");
        QTest::newRow("no users") << qint64(0) << 50 << 1;
        QTest::newRow("101 users by 50") << qint64(101) << 50 << 3;
        QTest::newRow("exactly two pages") << qint64(100) << 50 << 2;
        QTest::newRow("perPage zero") << qint64(7) << 0 << 1;
        QTest::newRow("INT64_MAX users by 2")
            << std::numeric_limits<qint64>::max() << 2 << std::numeric_limits<int>::max();
        QTest::newRow("2^40 users by 1000") << (qint64(1) << 40) << 1000 << 1'099'511'628;
    }
    void pageLabel()
    {
        QFETCH(qint64, totalCount);
        QFETCH(int, perPage);
        QFETCH(int, pages);
        QNetworkAccessManager nam;
        GrafanaClient client(&nam);
        AdminContext context;
        context.client = &client;
        AdminUsersPage page(&context);
        GrafanaUserPage answer;
        answer.totalCount = totalCount;
        answer.page = 1;
        answer.perPage = perPage;
        emit client.usersReceived(answer, QString());
        const QString label = page.findChild<QLabel *>(QStringLiteral("usersPageLabel"))->text();
        QVERIFY2(label.contains(QLocale().toString(pages)), qPrintable(label));
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("usersNextPage"))->isEnabled(), pages > 1);
    }
};

QTEST_MAIN(TestAdminUsersPage)
#include "tst_admin_users_page.moc"
