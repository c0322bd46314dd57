// The detail header (issue 11, Charts and detail): the state text ("Online · dashboard unreachable, values
// as of the last update", in any language) and a long server name are elided with the whole text in a
// tooltip; neither ever changes the pane's minimum width, so the list beside it is never squeezed.

#include "GuiTestStack.h"
#include "detail/ServerDetailPanel.h"
#include "widgets/ElidedLabel.h"

class TestDetailHeader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stateTextNeverWidensThePane()
    {
        GuiTestStack stack;
        ServerDetailPanel panel(stack.settings);
        panel.setSources(&stack.model, &stack.history);
        panel.resize(360, 700);
        panel.show();
        QSignalSpy applied(&stack.fleet, &FleetService::snapshotApplied);
        stack.fleet.setConnection(stack.demoConnection());
        stack.fleet.start();
        QVERIFY(applied.wait(10000));
        panel.setServer(stack.demo.fleet()->servers().first().id);
        panel.refresh();
        const int minimum = panel.minimumSizeHint().width();

        stack.demo.setFault(DemoDashboard::Fault::DropConnection);
        stack.fleet.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(stack.model.isStale(), 10000);
        panel.refresh();
        auto *state = panel.findChild<ElidedLabel *>(QStringLiteral("detailState"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QStringLiteral("dashboard unreachable")), qPrintable(state->text()));
        QCOMPARE(panel.minimumSizeHint().width(), minimum);
        QVERIFY(panel.minimumSizeHint().width() < 360);
        QTRY_VERIFY(state->isElided());
        QVERIFY(state->toolTip().contains(QStringLiteral("values as of the last update")));
    }
};

QTEST_MAIN(TestDetailHeader)
#include "tst_detail_header.moc"
