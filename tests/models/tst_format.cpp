// Format: units, plurals and locale digits.

#include "Format.h"

#include <QtTest>

class TestFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
    void bytes_data();
    void bytes();
    void duration_data();
    void duration();
    void others();
    void germanDigits();
};

void TestFormat::bytes_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << quint64(0) << "0 bytes";
    QTest::newRow("kibibytes") << quint64(1536) << "1.5 KiB";
    QTest::newRow("gibibytes") << quint64(2062630912) << "1.9 GiB";
    QTest::newRow("above int64") << quint64(18446744073709549568ull) << "8.0 EiB";
}

void TestFormat::bytes()
{
    QFETCH(quint64, value);
    QFETCH(QString, text);
    QCOMPARE(Format::bytes(value), text);
}

void TestFormat::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(42) << "42 s";
    QTest::newRow("minutes and seconds") << qint64(252) << "4 min 12 s";
    QTest::newRow("whole minutes") << qint64(180) << "3 min";
    QTest::newRow("hours and minutes") << qint64(3 * 3600 + 5 * 60 + 9) << "3 h 5 min";
    QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600 + 59) << "3 d 4 h";
    QTest::newRow("negative clock skew") << qint64(-5) << "0 s";
}

void TestFormat::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Format::duration(seconds), text);
}

void TestFormat::others()
{
    QCOMPARE(Format::bytesPerSecond(1572864), QStringLiteral("1.5 MiB/s"));
    QCOMPARE(Format::percent(42.46), QStringLiteral("42.5%"));
    QCOMPARE(Format::load(0.5), QStringLiteral("0.50"));
    QCOMPARE(Format::count(12345), QStringLiteral("12,345"));
    QCOMPARE(Format::ago(0), QStringLiteral("just now"));
    QCOMPARE(Format::ago(-3), QStringLiteral("just now"));
    QCOMPARE(Format::ago(75), QStringLiteral("1 min 15 s ago"));
    QCOMPARE(Format::temperature(48), QStringLiteral("48.0 °C"));
    QVERIFY(Format::dateTime(1732096800).contains(QStringLiteral("24"))); // 11/20/24 in en_US short format
}

void TestFormat::germanDigits()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Format::bytes(1536), QStringLiteral("1,5 KiB"));
    QCOMPARE(Format::load(0.5), QStringLiteral("0,50"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
