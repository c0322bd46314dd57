// The subcommand table (app/cli/Subcommands): every row complete and uniquely named, lookup, and the "did you mean"
// suggestion: edit distance with swaps, how far a typo may be, unique prefixes, no suggestion for unrelated words.

#include "cli/Subcommands.h"

#include <QSet>
#include <QTest>

class TestSubcommands : public QObject
{
    Q_OBJECT
private slots:
    void tableRowsAreComplete();
    void find();
    void editDistance_data();
    void editDistance();
    void closest_data();
    void closest();
};

void TestSubcommands::tableRowsAreComplete()
{
    QSet<QString> names;
    for (const Subcommand &row : Subcommands::all()) {
        const QString name = QLatin1String(row.name);
        QVERIFY2(!names.contains(name), row.name);
        names.insert(name);
        QVERIFY(row.synopsis && row.summary && row.options && row.run);
        QVERIFY(!QByteArray(row.summary).isEmpty());
    }
    QCOMPARE(Subcommands::names(),
             QStringList({QStringLiteral("servers"), QStringLiteral("details"), QStringLiteral("check"),
                          QStringLiteral("grafana"), QStringLiteral("traffic")}));
}

void TestSubcommands::find()
{
    QVERIFY(Subcommands::find(u"servers"));
    QCOMPARE(Subcommands::find(u"details")->name, "details");
    QVERIFY(!Subcommands::find(u"server"));
    QVERIFY(!Subcommands::find(u"Servers"));
    QVERIFY(!Subcommands::find(u""));
}

void TestSubcommands::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << QStringLiteral("servers") << QStringLiteral("servers") << 0;
    QTest::newRow("neighbours swapped") << QStringLiteral("sevrers") << QStringLiteral("servers") << 1;
    QTest::newRow("one letter missing") << QStringLiteral("srvers") << QStringLiteral("servers") << 1;
    QTest::newRow("one letter extra") << QStringLiteral("serverss") << QStringLiteral("servers") << 1;
    QTest::newRow("one letter wrong") << QStringLiteral("sarvers") << QStringLiteral("servers") << 1;
    QTest::newRow("swap in details") << QStringLiteral("detials") << QStringLiteral("details") << 1;
    QTest::newRow("empty against word") << QString() << QStringLiteral("check") << 5;
    QTest::newRow("textbook case") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
}

void TestSubcommands::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(Subcommands::editDistance(a, b), distance);
    QCOMPARE(Subcommands::editDistance(b, a), distance);
}

void TestSubcommands::closest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("swap in servers") << QStringLiteral("sevrers") << QStringLiteral("servers");
    QTest::newRow("singular") << QStringLiteral("server") << QStringLiteral("servers");
    QTest::newRow("two typos in details") << QStringLiteral("detale") << QStringLiteral("details");
    QTest::newRow("capitals") << QStringLiteral("SERVERS") << QStringLiteral("servers");
    QTest::newRow("unique prefix") << QStringLiteral("det") << QStringLiteral("details");
    QTest::newRow("too short to guess") << QStringLiteral("x") << QString();
    QTest::newRow("unrelated word") << QStringLiteral("frobnicate") << QString();
    QTest::newRow("an option name is no command") << QStringLiteral("help") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSubcommands::closest()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(Subcommands::closest(typed, Subcommands::names()), expected);
    // The same rule serves option names.
    QCOMPARE(Subcommands::closest(QStringLiteral("toke-file"), {QStringLiteral("token-file"), QStringLiteral("tag")}),
             QStringLiteral("token-file"));
}

QTEST_GUILESS_MAIN(TestSubcommands)
#include "tst_subcommands.moc"
