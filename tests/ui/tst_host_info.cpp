// HostInfoView (issue 11, Charts and detail): long host values wrap whole — every value label gets the height
// its wrapped text needs at its width (none cut in half), in a narrow detail pane inside a scroll area; the
// uptime shows beside the boot time.

#include "Format.h"
#include "detail/HostInfoView.h"

#include <QLabel>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

class TestHostInfo : public QObject
{
    Q_OBJECT
private:
    static ServerSnapshot windowsServer()
    {
        ServerSnapshot s;
        s.id = 1;
        s.name = QStringLiteral("win-01");
        s.hasDetails = true;
        s.host.platform = QStringLiteral("Microsoft Windows Server 2022 Datacenter");
        s.host.platformVersion = QStringLiteral("10.0.20348 / Build 20348");
        s.host.cpu = {QStringLiteral("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz 32 Virtual Core")};
        s.host.arch = QStringLiteral("x86_64");
        s.host.bootTime = quint64(QDateTime::currentSecsSinceEpoch() - (12 * 86400 + 4 * 3600 + 300));
        s.status.uptime = 12 * 86400 + 4 * 3600 + 300;
        return s;
    }

private slots:
    void longValuesWrapWhole_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow pane") << 260;
        QTest::newRow("medium pane") << 380;
        QTest::newRow("wide pane") << 700;
    }

    void longValuesWrapWhole()
    {
        QFETCH(int, width);
        QScrollArea scroll; // as in ServerDetailPanel
        scroll.setWidgetResizable(true);
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        auto *view = new HostInfoView(content);
        layout->addWidget(view);
        auto *charts = new QWidget(content); // the charts below: the content is taller than the viewport
        charts->setMinimumHeight(2000);
        layout->addWidget(charts);
        layout->addStretch(1);
        scroll.setWidget(content);
        scroll.resize(width, 600);
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        ServerSnapshot short_ = windowsServer(); // the values change under a laid-out view (next server, poll)
        short_.host.platform = QStringLiteral("Linux");
        short_.host.platformVersion.clear();
        short_.host.cpu = {QStringLiteral("ARM")};
        view->setServer(&short_);
        QTest::qWait(1);
        const ServerSnapshot server = windowsServer();
        view->setServer(&server);
        for (const char *name : {"platformValue", "cpuValue"}) {
            auto *label = view->findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 px high, needs %3 at %4 px")
                                        .arg(QLatin1String(name), QString::number(label->height()),
                                             QString::number(label->heightForWidth(label->width())),
                                             QString::number(label->width()))));
            QVERIFY(label->geometry().right() <= view->width()); // not cut on the right either
        }
    }

    void uptimeBesideBooted()
    {
        HostInfoView view;
        const ServerSnapshot server = windowsServer();
        view.setServer(&server);
        QCOMPARE(view.valueText(QStringLiteral("uptimeValue")), Format::duration(server.status.uptime));
        QCOMPARE(view.valueText(QStringLiteral("uptimeValue")), QStringLiteral("12 d 4 h"));
    }

    void cycleTrafficRowOnlyWhenKnown()
    {
        HostInfoView view;
        const ServerSnapshot server = windowsServer();
        view.setServer(&server);
        auto *value = view.findChild<QLabel *>(QStringLiteral("cycleTrafficValue"));
        QVERIFY(value);
        QVERIFY(value->isHidden()); // the history has no cycle for it yet
        view.setCycleTraffic(FleetModel::CycleTraffic{3 * 1024 * 1024, 2048});
        QVERIFY(!value->isHidden());
        QVERIFY(value->text().contains(Format::bytes(3 * 1024 * 1024)));
        QVERIFY(value->text().contains(Format::bytes(2048)));
        view.setCycleTraffic(std::nullopt);
        QVERIFY(value->isHidden());
    }
};

QTEST_MAIN(TestHostInfo)
#include "tst_host_info.moc"
