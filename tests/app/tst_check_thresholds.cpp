// `farsight check` without a network: the Monitoring Plugins ranges (which values alert), threshold sets and their
// errors, and the status line CheckReport writes for a hand-built fleet (state, perfdata, untrusted names bounded).

#include "cli/CheckReport.h"
#include "cli/CheckThresholds.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCheckThresholds : public QObject
{
    Q_OBJECT
private slots:
    void ranges_data();
    void ranges();
    void malformedRanges_data();
    void malformedRanges();
    void thresholdSets_data();
    void thresholdSets();
    void report_data();
    void report();
    void untrustedNames();
    void emptySelectionIsUnknown();
};

void TestCheckThresholds::ranges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("alerts");
    QTest::newRow("10: 11 is inside 0..10? no, above") << "10" << 11.0 << true;
    QTest::newRow("10: 10 is the edge") << "10" << 10.0 << false;
    QTest::newRow("10: 0 is the edge") << "10" << 0.0 << false;
    QTest::newRow("10: negative alerts") << "10" << -1.0 << true;
    QTest::newRow("10: alerts below 10") << "10:" << 9.9 << true;
    QTest::newRow("10: no upper bound") << "10:" << 1e9 << false;
    QTest::newRow("~:10 no lower bound") << "~:10" << -1e9 << false;
    QTest::newRow("~:10 above") << "~:10" << 10.5 << true;
    QTest::newRow("10:20 below") << "10:20" << 9.0 << true;
    QTest::newRow("10:20 within") << "10:20" << 15.0 << false;
    QTest::newRow("@10:20 within alerts") << "@10:20" << 15.0 << true;
    QTest::newRow("@10:20 outside is fine") << "@10:20" << 25.0 << false;
    QTest::newRow("offline=0: one offline alerts") << "0" << 1.0 << true;
    QTest::newRow("offline=0: none offline") << "0" << 0.0 << false;
    QTest::newRow("decimal bound") << "80.5" << 80.6 << true;
}

void TestCheckThresholds::ranges()
{
    QFETCH(QString, range);
    QFETCH(double, value);
    QFETCH(bool, alerts);
    const auto parsed = CheckRange::parse(range);
    QVERIFY(parsed);
    QCOMPARE(parsed->alerts(value), alerts);
    QCOMPARE(parsed->text, range);
}

void TestCheckThresholds::malformedRanges_data()
{
    QTest::addColumn<QString>("range");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "high";
    QTest::newRow("start above end") << "20:10";
    QTest::newRow("only a colon") << ":";
    QTest::newRow("infinity spelled out") << "inf";
    QTest::newRow("not a number") << "nan";
    QTest::newRow("only the at sign") << "@";
    QTest::newRow("very long") << QString(100, QLatin1Char('9'));
}

void TestCheckThresholds::malformedRanges()
{
    QFETCH(QString, range);
    QVERIFY(!CheckRange::parse(range));
}

void TestCheckThresholds::thresholdSets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("cpu");
    QTest::addColumn<QString>("offline");
    QTest::newRow("none") << "" << true << "" << "";
    QTest::newRow("two metrics") << "cpu=80,offline=0" << true << "80" << "0";
    QTest::newRow("spaces and case") << " CPU = 80 , mem=90" << true << "80" << "";
    QTest::newRow("unknown metric") << "swap=10" << false << "" << "";
    QTest::newRow("no equals sign") << "80" << false << "" << "";
    QTest::newRow("metric twice") << "cpu=80,cpu=90" << false << "" << "";
    QTest::newRow("bad range") << "cpu=lots" << false << "" << "";
}

void TestCheckThresholds::thresholdSets()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    CheckThresholds thresholds;
    QString error;
    QCOMPARE(thresholds.parse(text, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QFETCH(QString, cpu);
        QFETCH(QString, offline);
        QCOMPARE(thresholds.text(QStringLiteral("cpu")), cpu);
        QCOMPARE(thresholds.text(QStringLiteral("offline")), offline);
    }
}

namespace {

constexpr qint64 Now = 1'800'000'000;

ServerSnapshot server(quint64 id, const QString &name, double cpu, double memPercent, qint64 lastActive = Now)
{
    ServerSnapshot s;
    s.id = id;
    s.name = name;
    s.lastActive = lastActive;
    s.hasDetails = true;
    s.host.memTotal = 1000;
    s.host.diskTotal = 1000;
    s.status.cpu = cpu;
    s.status.memUsed = quint64(memPercent * 10);
    s.status.diskUsed = 500;
    return s;
}

FleetSnapshot fleet()
{
    FleetSnapshot f;
    f.dashboardTimeMs = Now * 1000;
    f.servers << server(1, QStringLiteral("web-1"), 23.5, 40) << server(2, QStringLiteral("db-1"), 85, 91)
              << server(3, QStringLiteral("gone-1"), 99, 99, Now - 300) // offline: its numbers are not judged
              << server(4, QStringLiteral("new-1"), 0, 0, 0);           // never reported
    return f;
}

} // namespace

void TestCheckThresholds::report_data()
{
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("line");
    const QString summary = QStringLiteral("4 server(s), 1 offline, 1 never reported");
    QTest::newRow("no thresholds") << "" << "" << int(CheckReport::Ok)
        << u"FARSIGHT OK - "_s + summary + u" | 'servers'=4;;;0 'offline'=1;;;0;4 'cpu'=85.0%;;;0;100 'mem'=91.0%;;;0;100 "
           "'disk'=50.0%;;;0;100";
    QTest::newRow("cpu warning") << "cpu=80" << "cpu=95" << int(CheckReport::Warning)
        << u"FARSIGHT WARNING - "_s + summary + u": cpu 85.0% on db-1 | 'servers'=4;;;0 'offline'=1;;;0;4 "
           "'cpu'=85.0%;80;95;0;100 'mem'=91.0%;;;0;100 'disk'=50.0%;;;0;100";
    QTest::newRow("critical first") << "cpu=80" << "mem=90,offline=0" << int(CheckReport::Critical)
        << u"FARSIGHT CRITICAL - "_s + summary + u": offline 1, mem 91.0% on db-1, cpu 85.0% on db-1 | 'servers'=4;;;0 "
           "'offline'=1;;0;0;4 'cpu'=85.0%;80;;0;100 'mem'=91.0%;;90;0;100 'disk'=50.0%;;;0;100";
    QTest::newRow("offline warning only") << "offline=0" << "offline=2" << int(CheckReport::Warning)
        << u"FARSIGHT WARNING - "_s + summary + u": offline 1 | 'servers'=4;;;0 'offline'=1;0;2;0;4 "
           "'cpu'=85.0%;;;0;100 'mem'=91.0%;;;0;100 'disk'=50.0%;;;0;100";
    QTest::newRow("low cpu alerts with a lower bound") << "cpu=30:" << "" << int(CheckReport::Warning)
        << u"FARSIGHT WARNING - "_s + summary + u": cpu 23.5% on web-1 | 'servers'=4;;;0 'offline'=1;;;0;4 "
           "'cpu'=85.0%;30:;;0;100 'mem'=91.0%;;;0;100 'disk'=50.0%;;;0;100";
}

void TestCheckThresholds::report()
{
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, state);
    QFETCH(QString, line);
    CheckThresholds w, c;
    QString error;
    QVERIFY(w.parse(warning, &error));
    QVERIFY(c.parse(critical, &error));
    const CheckReport report = CheckReport::evaluate(fleet(), w, c, 30);
    QCOMPARE(report.line, line);
    QCOMPARE(int(report.state), state);
}

void TestCheckThresholds::untrustedNames()
{
    FleetSnapshot f;
    f.dashboardTimeMs = Now * 1000;
    for (int i = 0; i < 6; ++i)
        f.servers << server(i + 1, QStringLiteral("evil|'x'=1\n") + QString(200, QLatin1Char('a')), 99, 10);
    CheckThresholds w, c;
    QString error;
    QVERIFY(c.parse(QStringLiteral("cpu=90"), &error));
    const CheckReport report = CheckReport::evaluate(f, w, c, 30);
    QCOMPARE(report.state, CheckReport::Critical);
    QCOMPARE(report.line.count(QLatin1Char('|')), 1); // only the perfdata separator
    QVERIFY(!report.line.contains(QLatin1Char('\n')));
    QVERIFY2(report.line.size() < 600, qPrintable(report.line)); // three names shown, each shortened
    QVERIFY(report.line.contains(QStringLiteral("and 3 more")));
    QCOMPARE(CheckReport::shortName(QString(200, QLatin1Char('a'))).size(), 40);
}

void TestCheckThresholds::emptySelectionIsUnknown()
{
    const CheckReport report = CheckReport::evaluate(FleetSnapshot{}, CheckThresholds{}, CheckThresholds{}, 30);
    QCOMPARE(report.state, CheckReport::Unknown);
    QCOMPARE(report.line, QStringLiteral("FARSIGHT UNKNOWN - No server matches the selection."));
    QCOMPARE(CheckReport::unknown(QStringLiteral("a|b\nc")).line, QStringLiteral("FARSIGHT UNKNOWN - a/bc"));
}

QTEST_GUILESS_MAIN(TestCheckThresholds)
#include "tst_check_thresholds.moc"
