// NotificationHistoryModel: rows appended, never reset, capped, retranslated with named roles.

#include "alerts/NotificationHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestNotificationHistory : public QObject
{
    Q_OBJECT

    static AlertEvent offline(quint64 id, const QString &name)
    {
        AlertEvent e;
        e.kind = AlertEvent::Kind::ServerOffline;
        e.serverId = id;
        e.serverName = name;
        e.atMs = 1'700'000'000'000;
        e.durationSecs = 42;
        return e;
    }

private slots:
    void appendsRows()
    {
        NotificationHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(offline(1, QStringLiteral("web-1")));
        AlertEvent dash;
        dash.kind = AlertEvent::Kind::DashboardUnreachable;
        dash.detail = QStringLiteral("Connection refused");
        model.append(dash);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, NotificationHistoryModel::ServerColumn).data().toString(), QStringLiteral("web-1"));
        QCOMPARE(model.index(0, NotificationHistoryModel::EventColumn).data().toString(),
                 QStringLiteral("web-1 is offline (no report for 42 s)"));
        QCOMPARE(model.index(0, NotificationHistoryModel::TimeColumn).data(NotificationHistoryModel::ValueRole).toLongLong(),
                 1'700'000'000'000);
        QCOMPARE(model.index(1, NotificationHistoryModel::ServerColumn).data().toString(), QStringLiteral("Dashboard"));
        QCOMPARE(model.index(1, NotificationHistoryModel::EventColumn).data().toString(),
                 QStringLiteral("The dashboard cannot be reached: Connection refused"));
    }

    void capacityDropsOldest()
    {
        NotificationHistoryModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            model.append(offline(i, QStringLiteral("s%1").arg(i)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.event(0).serverName, QStringLiteral("s3"));
        QCOMPARE(model.event(2).serverName, QStringLiteral("s5"));
    }

    void retranslateNamesRoles()
    {
        NotificationHistoryModel model;
        model.append(offline(1, QStringLiteral("a")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.size(), 1);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
    }
};

QTEST_GUILESS_MAIN(TestNotificationHistory)
#include "tst_notification_history.moc"
