// NotificationHistoryModel: rows appended, never reset, capped, retranslated with named roles.

#include "NotificationHistoryModel.h"

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

    void serverTextIsNeverRichText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("markup in a server name") << QStringLiteral("<b>x</b>") << QString() << QStringLiteral("&lt;b&gt;x&lt;/b&gt;");
        QTest::newRow("image in an error message") << QString() << QStringLiteral("<img src=x>") << QStringLiteral("&lt;img src=x&gt;");
        QTest::newRow("ampersand shown once") << QStringLiteral("A & B") << QString() << QStringLiteral("A &amp; B");
    }
    void serverTextIsNeverRichText()
    {
        QFETCH(QString, name);
        QFETCH(QString, detail);
        QFETCH(QString, escaped);
        NotificationHistoryModel model;
        AlertEvent event = offline(1, name);
        if (!detail.isEmpty()) {
            event.kind = AlertEvent::Kind::DashboardUnreachable;
            event.detail = detail;
        }
        model.append(event);
        const QModelIndex cell = model.index(0, NotificationHistoryModel::EventColumn);
        QCOMPARE(cell.data().toString(), event.text()); // the table cell is plain text already
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("<qt>")) && tip.contains(escaped), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<b>")) && !tip.contains(QStringLiteral("<img")), qPrintable(tip));
    }

    void restoreKeepsTheNewest()
    {
        NotificationHistoryModel model(2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.restore({offline(1, QStringLiteral("a")), offline(2, QStringLiteral("b")), offline(3, QStringLiteral("c"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.event(0).serverName, QStringLiteral("b"));
        QCOMPARE(model.events().last().serverName, QStringLiteral("c"));
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
