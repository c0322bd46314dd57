// Csv: RFC 4180 quoting, formula neutralising of untrusted text, the table writer over a model's chosen
// columns, and the series writer (union of times, ISO 8601 UTC, empty cells for gaps), checked byte for byte.

#include "export/Csv.h"

#include <QAbstractTableModel>
#include <QtTest>

namespace {
// A fixed table, as the servers proxy shows it.
class Table : public QAbstractTableModel
{
public:
    QStringList headers;
    QList<QStringList> rows;
    int rowCount(const QModelIndex & = {}) const override { return int(rows.size()); }
    int columnCount(const QModelIndex & = {}) const override { return int(headers.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(rows.at(index.row()).at(index.column())) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(headers.at(section)) : QVariant();
    }
};
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data();
    void field();
    void table();
    void series();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << "ams-db-09" << "ams-db-09";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("at sign") << "@cmd" << "'@cmd";
    QTest::newRow("negative number stays") << "-12.5" << "-12.5";
    QTest::newRow("Chinese") << "东京-01" << "东京-01";
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, csv);
    QCOMPARE(Csv::field(text), csv);
}

void TestCsv::table()
{
    Table model;
    model.headers = {QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("CPU")};
    model.rows = {{QStringLiteral("web,1"), QStringLiteral("Online"), QStringLiteral("12 %")},
                  {QStringLiteral("=db"), QString(), QStringLiteral("3 %")}};
    // The visible columns in their shown order: CPU before Name, Status hidden.
    QCOMPARE(Csv::table(model, {2, 0}), QByteArray("CPU,Name\r\n12 %,\"web,1\"\r\n3 %,'=db\r\n"));
}

void TestCsv::series()
{
    const qint64 t0 = QDateTime(QDate(2026, 11, 24), QTime(10, 52, 3), Qt::UTC).toMSecsSinceEpoch();
    const Csv::Column in{QStringLiteral("In (B/s)"), {QPointF(t0, 1024), QPointF(t0 + 3000, 1536.5)}};
    const Csv::Column out{QStringLiteral("Out (B/s)"),
                          {QPointF(t0, 10), QPointF(t0 + 3000, qQNaN()), QPointF(t0 + 6000, 1e9)}};
    QCOMPARE(Csv::series({in, out}), QByteArray("time (UTC),In (B/s),Out (B/s)\r\n"
                                                "2026-11-24T10:52:03Z,1024,10\r\n"
                                                "2026-11-24T10:52:06Z,1536.5,\r\n"
                                                "2026-11-24T10:52:09Z,,1000000000\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
