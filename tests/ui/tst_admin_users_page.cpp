// AdminUsersPage paging with server-sent counts (issue 10 defect 11): a totalCount near INT64_MAX used to
// overflow (totalCount + perPage - 1) and truncate to int, so the label said "Page 1 of 1" and Next was off.
// "Last seen" is shown to the second.

#include "admin/AdminContext.h"
#include "admin/AdminUsersPage.h"
#include "grafana/GrafanaClient.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
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

    // "Last seen" to the second (issue 11): a timestamp with seconds in the cell, the age in the tooltip;
    // Grafana's "10 years ago" for a user who never signed in reads Never.
    void lastSeenToTheSecond()
    {
        QNetworkAccessManager nam;
        GrafanaClient client(&nam);
        AdminContext context;
        context.client = &client;
        AdminUsersPage page(&context);
        GrafanaUserPage answer;
        answer.totalCount = 2;
        answer.page = 1;
        answer.perPage = 50;
        const QDateTime seen = QDateTime::currentDateTimeUtc().addSecs(-(5 * 60 + 7));
        GrafanaUser recent;
        recent.id = 2;
        recent.login = QStringLiteral("alice");
        recent.lastSeenAt = seen;
        GrafanaUser never;
        never.id = 3;
        never.login = QStringLiteral("bob");
        never.lastSeenAt = QDateTime::currentDateTimeUtc().addYears(-10);
        answer.users = {recent, never};
        emit client.usersReceived(answer, QString());
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        const QString cell = table->item(0, 4)->text();
        const QString secs = QStringLiteral(":%1").arg(seen.toLocalTime().time().second(), 2, 10, QLatin1Char('0'));
        QVERIFY2(cell.contains(secs), qPrintable(cell));
        QVERIFY2(cell.contains(QLocale().toString(seen.toLocalTime().date(), QLocale::ShortFormat)), qPrintable(cell));
        QVERIFY2(table->item(0, 4)->toolTip().contains(QStringLiteral("5 min")), qPrintable(table->item(0, 4)->toolTip()));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Never"));
    }
};

QTEST_MAIN(TestAdminUsersPage)
#include "tst_admin_users_page.moc"
