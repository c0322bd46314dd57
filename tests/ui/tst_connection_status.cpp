// The status bar's messages (issue 11, Messages): every problem says what happened, to which URL (with its
// port) and what to do, as separate sentences; server text is quoted as the server's; the advice fits the
// session (a --url session has no profile to edit); every piece goes through tr() (a pseudo-Chinese
// translator shows it); and however long the text, the status widget never asks for more than a 1024-px window.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "detail/ServerDetailPanel.h"
#include "widgets/ConnectionStatusWidget.h"
#include "widgets/ElidedLabel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTcpServer>
#include <QToolTip>
#include <QScreen>
#include <QTranslator>

namespace {
// Wraps every string of the status texts in 【】, as a stand-in for a Chinese translation not yet written.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        const QByteArray c(context);
        if (c != "ConnectionStatusWidget" && c != "ApiError")
            return {};
        QString s = QString::fromUtf8(source);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        if (s == QStringLiteral(" ") || s == QStringLiteral("%1: %2") || s == QStringLiteral("%1.")
            || s == QStringLiteral("%1, %2"))
            return s; // separators stay as they are
        return QStringLiteral("【") + s + QStringLiteral("】");
    }
    bool isEmpty() const override { return false; }
};

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}
} // namespace

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<MainWindow> m_window;

    ElidedLabel *stateLabel() const { return m_window->findChild<ElidedLabel *>(QStringLiteral("connectionState")); }
    QString statusText() const { return stateLabel()->text(); }

    // Sentences never run together: no lowercase letter or digit followed directly by " Capital" without
    // punctuation ("…Connection refused Showing data" was the bug).
    static bool sentencesSeparated(const QString &text)
    {
        static const QRegularExpression runOn(QStringLiteral("[a-z0-9] (Showing|Check|Polling|Nothing|The dashboard)"));
        return !runOn.match(text).hasMatch();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_window = std::make_unique<MainWindow>(m_stack->services());
        m_window->resize(1024, 640);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_stack.reset();
    }

    void refusedPortNamesTheUrlAndWhatToDo()
    {
        DashboardConnection c = m_stack->demoConnection();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        m_window->openAdHoc(c, c.url.authority());
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        const QString text = statusText();
        QVERIFY2(text.startsWith(QStringLiteral("Unreachable: Cannot reach ") + c.url.toString()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("port")), qPrintable(text)); // the advice
        QVERIFY2(sentencesSeparated(text), qPrintable(text));
        QVERIFY2(m_window->windowTitle().contains(c.url.authority()), qPrintable(m_window->windowTitle()));
    }

    void staleDataKeepsSentencesApart()
    {
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(QSignalSpy(&m_stack->fleet, &FleetService::snapshotApplied).wait(10000));
        m_stack->demo.setFault(DemoDashboard::Fault::DropConnection);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        const QString text = statusText();
        QVERIFY2(text.contains(QStringLiteral(". Showing data from ")), qPrintable(text));
        QVERIFY2(text.contains(m_stack->demo.url().authority()), qPrintable(text));
        QVERIFY2(sentencesSeparated(text), qPrintable(text));
    }

    void wrongToken_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::addColumn<QString>("advice");
        QTest::newRow("--url session: restart with another token file") << true << QStringLiteral("--token-file");
        QTest::newRow("profile session: edit the profile") << false << QStringLiteral("Connection Profiles");
    }

    void wrongToken()
    {
        QFETCH(bool, adHoc);
        QFETCH(QString, advice);
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(QSignalSpy(&m_stack->fleet, &FleetService::snapshotApplied).wait(10000));
        if (!adHoc)
            m_window->connectionStatus()->setAdHoc(false); // what connectActiveProfile() does
        m_stack->demo.setFault(DemoDashboard::Fault::RejectToken);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::AuthRejected, 10000);
        const QString text = statusText();
        const QString serverText = m_stack->fleet.lastError().detail;
        QVERIFY(!serverText.isEmpty());
        // Our sentence first, then the server's own words as a quotation.
        QVERIFY2(text.startsWith(QStringLiteral("Token rejected by ") + m_stack->demo.url().toString()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The server rejected the credentials. The server said: “") + serverText
                               + QStringLiteral("”")),
                 qPrintable(text));
        QVERIFY2(text.contains(advice), qPrintable(text));
        QVERIFY2(adHoc != text.contains(QStringLiteral("Connection Profiles")), qPrintable(text));
        QVERIFY2(sentencesSeparated(text), qPrintable(text));
    }

    void htmlPageAdviceFitsA1024Window()
    {
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(QSignalSpy(&m_stack->fleet, &FleetService::snapshotApplied).wait(10000));
        m_stack->demo.setFault(DemoDashboard::Fault::HtmlNotFound);
        m_window->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        ConnectionStatusWidget *status = m_window->connectionStatus();
        QVERIFY(QFontMetrics(status->font()).horizontalAdvance(statusText()) > 1024); // the case that was cut off
        QVERIFY2(status->sizeHint().width() <= 1024, qPrintable(QString::number(status->sizeHint().width())));
        QVERIFY(status->minimumSizeHint().width() <= 1024);
        QVERIFY(m_window->minimumSizeHint().width() <= 1024); // nor does the detail header (its state text)
        QVERIFY(m_window->statusBar()->minimumSizeHint().width() <= 1024);
        QCOMPARE(m_window->width(), 1024);
        QTRY_VERIFY(stateLabel()->isElided());
        // The whole text is in a tooltip that Qt word-wraps (rich text), so it stays on screen.
        QVERIFY(stateLabel()->toolTip().startsWith(QStringLiteral("<qt>")));
        QVERIFY(stateLabel()->toolTip().contains(QStringLiteral("HTML")));
        // Shown at the status bar, the tooltip wraps and stays inside the screen (it was one line off-screen).
        const QPoint at = stateLabel()->mapToGlobal(QPoint(10, stateLabel()->height() / 2));
        QToolTip::showText(at, stateLabel()->toolTip(), stateLabel());
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->inherits("QTipLabel") && w->isVisible())
                    return w;
            return static_cast<QWidget *>(nullptr);
        }()));
        const QRect screen = stateLabel()->screen()->geometry();
        QVERIFY2(screen.contains(tip->geometry()), qPrintable(QStringLiteral("tip %1,%2 %3x%4 on screen %5x%6")
                                                                  .arg(tip->x()).arg(tip->y()).arg(tip->width())
                                                                  .arg(tip->height()).arg(screen.width()).arg(screen.height())));
        QVERIFY(tip->height() > QFontMetrics(tip->font()).height() * 2); // wrapped onto several lines
        QToolTip::hideText();
    }

    void everyPieceIsTranslated()
    {
        BracketTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        DashboardConnection c = m_stack->demoConnection();
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        m_window->openAdHoc(c, c.url.authority());
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->fleet.state(), FleetService::ConnectionState::Stale, 10000);
        const QString text = m_window->connectionStatus()->stateText();
        QCoreApplication::removeTranslator(&pseudo);
        QVERIFY2(text.startsWith(QStringLiteral("【Unreachable】: 【Cannot reach ") + c.url.toString()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("【Check that the dashboard is running")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("】")), qPrintable(text));
    }
};

QTEST_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
