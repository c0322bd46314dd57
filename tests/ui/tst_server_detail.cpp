// ServerDetailPanel over the real demo dashboard: host info fills in, every chart gains points on each
// poll, axes carry units, the window selector is remembered, offline periods become gaps, names stay literal.

#include "GuiTestStack.h"
#include "detail/HostInfoView.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>

class TestServerDetail : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<ServerDetailPanel> m_panel;
    quint64 m_id = 0;

    bool poll()
    {
        const bool ok = m_stack->pollOnce();
        m_panel->refresh(); // what MainWindow does on snapshotApplied
        return ok;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_panel = std::make_unique<ServerDetailPanel>(m_stack->settings);
        m_panel->setSources(&m_stack->model, &m_stack->history);
        m_panel->resize(600, 2600); // tall enough that every chart is in view; see chartsOutOfViewCatchUp
        m_panel->show();
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_stack->fleet.setConnection(m_stack->demoConnection());
        m_stack->fleet.start();
        QVERIFY(applied.wait(10000));
        for (const ServerSnapshot &s : m_stack->demo.fleet()->servers())
            if (!s.neverReported() && m_id == 0)
                m_id = s.id;
        m_panel->setServer(m_id);
    }

    void cleanup()
    {
        m_panel.reset();
        m_stack.reset();
        m_id = 0;
    }

    void fillsHostInfo()
    {
        const ServerSnapshot *server = m_stack->model.serverById(m_id);
        QVERIFY(server);
        QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("detailName"))->text(), server->name);
        const QString platform = m_panel->hostInfo()->valueText(QStringLiteral("platformValue"));
        QVERIFY2(platform.contains(server->host.platform), qPrintable(platform));
        QCOMPARE(m_panel->hostInfo()->valueText(QStringLiteral("ipv4Value")), server->ipv4);
    }

    void chartsGainPointsOnEveryPoll()
    {
        const QStringList names = {QStringLiteral("cpuChart"), QStringLiteral("memoryChart"), QStringLiteral("diskChart"),
                                   QStringLiteral("networkChart"), QStringLiteral("loadChart"),
                                   QStringLiteral("connectionsChart")};
        QHash<QString, int> before;
        for (const QString &name : names) {
            QVERIFY2(m_panel->chart(name), qPrintable(name));
            before[name] = m_panel->chart(name)->pointCount(0);
        }
        for (int i = 0; i < 3; ++i) {
            QVERIFY(poll());
            for (const QString &name : names) {
                const int now = m_panel->chart(name)->pointCount(0);
                QVERIFY2(now > before[name], qPrintable(name + QStringLiteral(" did not grow")));
                before[name] = now;
            }
        }
        QCOMPARE(m_panel->chart(QStringLiteral("networkChart"))->lineCount(), 2);
        QVERIFY(m_panel->chart(QStringLiteral("networkChart"))->pointCount(1) > 0);
        QCOMPARE(m_panel->chart(QStringLiteral("loadChart"))->lineCount(), 3);
    }

    void axesCarryUnits()
    {
        QVERIFY(poll());
        QCOMPARE(m_panel->chart(QStringLiteral("cpuChart"))->valueAxisTitle(), QStringLiteral("%"));
        const QString memory = m_panel->chart(QStringLiteral("memoryChart"))->valueAxisTitle();
        QVERIFY2(memory.endsWith(QStringLiteral("iB")) || memory == QStringLiteral("B"), qPrintable(memory));
        QVERIFY(m_panel->chart(QStringLiteral("networkChart"))->valueAxisTitle().endsWith(QStringLiteral("/s")));
    }

    void oneReplacePerSeriesPerPoll()
    {
        QVERIFY(poll());
        MetricChart *cpu = m_panel->chart(QStringLiteral("cpuChart"));
        const int before = cpu->replaceCount();
        QVERIFY(poll());
        QCOMPARE(cpu->replaceCount() - before, cpu->segmentCount(0));
    }

    void offlineBecomesAGap()
    {
        QVERIFY(poll());
        m_stack->demo.fleet()->setServerOffline(m_id, true);
        QVERIFY(m_stack->pollOnce(60 * 1000));
        m_stack->demo.fleet()->setServerOffline(m_id, false);
        QVERIFY(poll());
        QVERIFY(poll());
        QCOMPARE(m_panel->chart(QStringLiteral("cpuChart"))->segmentCount(0), 2);
    }

    void windowSelectorIsRemembered()
    {
        auto *window = m_panel->findChild<QComboBox *>(QStringLiteral("chartWindow"));
        QVERIFY(window);
        window->setCurrentIndex(2);
        emit window->activated(2);
        QCOMPARE(m_panel->windowSecs(), 3600);
        QCOMPARE(m_stack->settings.chartWindowSecs(), 3600);
    }

    void chartsOutOfViewCatchUpWhenScrolledTo()
    {
        m_panel->resize(600, 500); // only the top of the pane is in view now
        QVERIFY(poll());
        MetricChart *cpu = m_panel->chart(QStringLiteral("cpuChart"));
        MetricChart *connections = m_panel->chart(QStringLiteral("connectionsChart"));
        auto *scroll = m_panel->findChild<QScrollArea *>(QStringLiteral("detailScroll"));
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(cpu);
        const int cpuReplaces = cpu->replaceCount();
        const int hiddenReplaces = connections->replaceCount();
        QVERIFY(poll());
        QVERIFY(poll());
        QVERIFY(cpu->replaceCount() > cpuReplaces);              // in view: drawn on every poll
        QCOMPARE(connections->replaceCount(), hiddenReplaces);  // out of view: skipped
        scroll->ensureWidgetVisible(connections);
        QTRY_VERIFY(connections->replaceCount() > hiddenReplaces); // scrolled in: catches up at once
        QCOMPARE(connections->pointCount(0), cpu->pointCount(0));
    }

    void temperaturesAndGpuOnlyWhenReported()
    {
        quint64 withTemps = 0;
        QVERIFY(poll());
        for (const ServerSnapshot &s : m_stack->demo.fleet()->servers())
            if (!s.status.temperatures.isEmpty() && !s.neverReported())
                withTemps = s.id;
        QVERIFY2(withTemps != 0, "the demo fleet must have a reporting server with temperature sensors");
        m_panel->setServer(withTemps);
        QVERIFY(poll());
        QVERIFY(m_panel->chart(QStringLiteral("temperatureChart"))->isVisibleTo(m_panel.get()));
        QVERIFY(m_panel->chart(QStringLiteral("temperatureChart"))->pointCount(0) > 0);
    }

    void htmlNameIsPlainText()
    {
        ServerSnapshot evil;
        evil.name = QStringLiteral("<b>x</b><img src=y>");
        evil.lastActive = 1;
        const quint64 id = m_stack->demo.fleet()->addServer(evil);
        QVERIFY(poll());
        m_panel->setServer(id);
        auto *name = m_panel->findChild<QLabel *>(QStringLiteral("detailName"));
        QCOMPARE(name->text(), evil.name);
        QCOMPARE(name->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestServerDetail)
#include "tst_server_detail.moc"
