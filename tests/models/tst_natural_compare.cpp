// naturalCompare(): the order of server names in the table's Name column (and every text column).
// Numbers inside names compare by value, letters without case, and the order is a strict weak order that does
// not depend on the locale (CI runs under the C locale).

#include "NaturalCompare.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

class TestNaturalCompare : public QObject
{
    Q_OBJECT
private slots:
    void pairs_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("expected"); // sign only
        QTest::newRow("zero-padded before two digits")
            << QStringLiteral("ams-db-09") << QStringLiteral("ams-db-21") << -1;
        QTest::newRow("two digits before three") << QStringLiteral("ams-db-21") << QStringLiteral("ams-db-100") << -1;
        QTest::newRow("plain text order would say otherwise")
            << QStringLiteral("node10") << QStringLiteral("node9") << 1;
        QTest::newRow("letters ignore case") << QStringLiteral("alpha") << QStringLiteral("Beta") << -1;
        QTest::newRow("equal strings") << QStringLiteral("web-1") << QStringLiteral("web-1") << 0;
        QTest::newRow("prefix first") << QStringLiteral("web") << QStringLiteral("web-1") << -1;
        QTest::newRow("empty first") << QString() << QStringLiteral("a") << -1;
        QTest::newRow("same value: fewer zeros first") << QStringLiteral("x1") << QStringLiteral("x01") << -1;
        QTest::newRow("same letters: upper case first") << QStringLiteral("Web") << QStringLiteral("web") << -1;
        QTest::newRow("case decides only when all else is equal")
            << QStringLiteral("Web2") << QStringLiteral("web10") << -1;
        QTest::newRow("digits before letters") << QStringLiteral("1a") << QStringLiteral("a1") << -1;
        QTest::newRow("numbers longer than 64 bits") << QStringLiteral("n123456789012345678901234567890")
                                                     << QStringLiteral("n99999999999999999999999999999") << 1;
        QTest::newRow("several numbers") << QStringLiteral("10.0.2.9") << QStringLiteral("10.0.10.1") << -1;
        QTest::newRow("Chinese text by code point") << QStringLiteral("东京-2") << QStringLiteral("东京-10") << -1;
        QTest::newRow("non-ASCII digits are text") << QStringLiteral("a٣") << QStringLiteral("a4") << 1;
    }
    void pairs()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, expected);
        const int got = naturalCompare(left, right);
        QCOMPARE((got > 0) - (got < 0), expected);
        const int back = naturalCompare(right, left);
        QCOMPARE((back > 0) - (back < 0), -expected); // antisymmetric
    }

    void sortsAFleetTheSameUnderTheCLocale()
    {
        QLocale::setDefault(QLocale::c());
        QStringList names{QStringLiteral("ams-db-100"), QStringLiteral("AMS-db-21"), QStringLiteral("ams-db-09"),
                          QStringLiteral("ams-db-9"),   QStringLiteral("ams-web-1"), QStringLiteral("ams-db-21")};
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
        const QStringList expected{QStringLiteral("ams-db-9"),   QStringLiteral("ams-db-09"),
                                   QStringLiteral("AMS-db-21"),  QStringLiteral("ams-db-21"),
                                   QStringLiteral("ams-db-100"), QStringLiteral("ams-web-1")};
        QCOMPARE(names, expected);
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_GUILESS_MAIN(TestNaturalCompare)
#include "tst_natural_compare.moc"
