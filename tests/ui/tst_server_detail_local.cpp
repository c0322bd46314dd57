// ServerDetailPanel's long windows from the local history store (issue 13): 6 h / 24 h / 7 d / 30 d offered
// when a HistorySource is set, one request per server and window (not one per poll), average lines with min–max
// bands and gaps, stale answers ignored, errors and loading said in words; the history-begins marker on live
// windows; chart heights follow the pane with a font-dependent minimum; exportCharts() writes every chart.

#include "FakeHistorySource.h"
#include "FleetModel.h"
#include "HistoryStore.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 NowSecs = 1'780'000'000;
constexpr qint64 Day = 86400000;

struct Stack
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    FleetModel model;
    HistoryStore history;
    FakeHistorySource local;
    ServerDetailPanel panel{settings};

    Stack()
    {
        poll(NowSecs);
        panel.setSources(&model, &history);
        panel.setLocalHistory(&local);
        panel.resize(700, 2800); // every chart in view
        panel.show();
        panel.setServer(7);
    }
    void poll(qint64 secs)
    {
        ServerSnapshot s;
        s.id = 7;
        s.name = QStringLiteral("db-1");
        s.lastActive = secs;
        s.hasDetails = true;
        s.status.cpu = 12;
        FleetSnapshot snapshot;
        snapshot.servers = {s};
        snapshot.dashboardTimeMs = secs * 1000;
        model.apply(snapshot);
        history.append(snapshot, 30);
        panel.refresh();
    }
    QComboBox *window() { return panel.findChild<QComboBox *>(QStringLiteral("chartWindow")); }
    QLabel *source() { return panel.findChild<QLabel *>(QStringLiteral("chartSource")); }
    MetricChart *cpu() { return panel.chart(QStringLiteral("cpuChart")); }
};

// Hourly buckets over the last day, with hours 5 and 6 missing (a gap).
QList<MetricBucket> day()
{
    QList<MetricBucket> out;
    for (int h = 0; h < 24; ++h)
        if (h != 5 && h != 6)
            out.append({NowSecs * 1000 - Day + h * 3600000LL, 10.0f + h, 20.0f + h, 30.0f + h});
    return out;
}

} // namespace

class TestServerDetailLocal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offersLongWindows();
    void drawsBandsFromOneRequest();
    void staleAnswerIgnored();
    void failureInWords();
    void liveWindowMarksHistoryBegin();
    void chartsFollowThePane();
    void exportChartsWritesPngs();
};

void TestServerDetailLocal::offersLongWindows()
{
    Stack s;
    QCOMPARE(s.window()->count(), 7);
    QStringList texts;
    for (int i = 0; i < s.window()->count(); ++i)
        texts.append(s.window()->itemText(i));
    QCOMPARE(texts, (QStringList{QStringLiteral("5 minutes"), QStringLiteral("15 minutes"), QStringLiteral("1 hour"),
                                 QStringLiteral("6 hours"), QStringLiteral("24 hours"), QStringLiteral("7 days"),
                                 QStringLiteral("30 days")}));
    QVERIFY(s.local.requests.isEmpty()); // live windows never ask the store
}

void TestServerDetailLocal::drawsBandsFromOneRequest()
{
    Stack s;
    s.local.oldest = NowSecs * 1000 - 3 * Day;
    s.panel.setWindowSecs(86400);
    QCOMPARE(s.local.requests.size(), 1);
    QCOMPARE(s.local.requests.first().server, quint64(7));
    QCOMPARE(s.local.requests.first().toMs - s.local.requests.first().fromMs, Day);
    QCOMPARE(s.local.requests.first().maxBuckets, 720);
    QVERIFY2(s.source()->text().contains(QStringLiteral("Loading")), qPrintable(s.source()->text()));
    s.local.answer({{QStringLiteral("cpu"), day()}});
    QVERIFY2(s.source()->text().contains(QStringLiteral("local history")), qPrintable(s.source()->text()));
    QCOMPARE(s.cpu()->pointCount(0), 22);
    QCOMPARE(s.cpu()->segmentCount(0), 2);   // broken at the missing hours
    QCOMPARE(s.cpu()->bandPointCount(0), 22);
    QCOMPARE(s.cpu()->historyMarkerText(), QString()); // the store reaches back 3 days
    // Polls within the minute neither ask again nor redraw.
    const int replaces = s.cpu()->replaceCount();
    s.poll(NowSecs + 3);
    s.poll(NowSecs + 6);
    QCOMPARE(s.local.requests.size(), 1);
    QCOMPARE(s.cpu()->replaceCount(), replaces);
    s.poll(NowSecs + 250); // a 24 h window's bucket is 4 minutes: asked again
    QCOMPARE(s.local.requests.size(), 2);
}

void TestServerDetailLocal::staleAnswerIgnored()
{
    Stack s;
    s.panel.setWindowSecs(7 * 86400);
    s.panel.setWindowSecs(86400);
    QCOMPARE(s.local.requests.size(), 2);
    emit s.local.loaded(s.local.requests.first().id, 7, {{QStringLiteral("cpu"), day()}}); // the 7-day answer
    QCOMPARE(s.cpu()->pointCount(0), 0);
    QVERIFY(s.source()->text().contains(QStringLiteral("Loading")));
}

void TestServerDetailLocal::failureInWords()
{
    Stack s;
    s.panel.setWindowSecs(30 * 86400);
    s.local.fail(QStringLiteral("The history database is locked by another process."));
    QVERIFY2(s.source()->text().contains(QStringLiteral("could not be read: The history database is locked")),
             qPrintable(s.source()->text()));
}

// Issue 11: 15 min and 1 h looked the same while the history was younger than both.
void TestServerDetailLocal::liveWindowMarksHistoryBegin()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Stack s;
    for (int i = 1; i <= 100; ++i) // five minutes of polls
        s.poll(NowSecs + 3 * i);
    s.panel.setWindowSecs(3600);
    const QString expected = QStringLiteral("No data before ")
                             + QLocale().toString(QDateTime::fromSecsSinceEpoch(NowSecs), QStringLiteral("HH:mm"));
    QCOMPARE(s.cpu()->historyMarkerText(), expected);
    QCOMPARE(s.cpu()->visibleToMs() - s.cpu()->visibleFromMs(), 3600 * 1000);
    s.panel.setWindowSecs(900);
    QCOMPARE(s.cpu()->historyMarkerText(), expected);
    QCOMPARE(s.cpu()->visibleToMs() - s.cpu()->visibleFromMs(), 900 * 1000);
    s.panel.setWindowSecs(300);
    QCOMPARE(s.cpu()->historyMarkerText(), QString()); // the history fills five minutes
    QLocale::setDefault(QLocale::c());
}

// Issue 11: a fixed ~200 px height; charts now follow the pane and keep a font-dependent minimum.
void TestServerDetailLocal::chartsFollowThePane()
{
    Stack s;
    s.panel.resize(1200, 1000);
    QTRY_VERIFY2(s.cpu()->height() >= 400, qPrintable(QString::number(s.cpu()->height())));
    s.panel.resize(380, 400);
    QTRY_COMPARE(s.cpu()->height(), s.cpu()->minimumChartHeight());
    QFont big = s.panel.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    s.panel.setFont(big);
    QTRY_COMPARE(s.cpu()->height(), s.cpu()->minimumChartHeight());
    QVERIFY(s.cpu()->height() > 300);
}

void TestServerDetailLocal::exportChartsWritesPngs()
{
    Stack s;
    s.panel.resize(600, 400); // most charts out of view: they are drawn for the export
    QTemporaryDir out;
    const QStringList files = s.panel.exportCharts(out.path());
    QCOMPARE(files.size(), 6); // no temperatures or GPU on this server
    QVERIFY(files.first().endsWith(QStringLiteral("/db-1-cpuChart.png")));
    const QImage image(files.last());
    QVERIFY(!image.isNull());
    QVERIFY(s.panel.chart(QStringLiteral("connectionsChart"))->pointCount(0) > 0);
}

QTEST_MAIN(TestServerDetailLocal)
#include "tst_server_detail_local.moc"
