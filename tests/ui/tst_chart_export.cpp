// Chart export (issue 13): the PNG is the chart's size x devicePixelRatio, the SVG is well-formed XML with an
// <svg> root, the CSV holds exactly the shown series with units in the header (and the band's min/max), and
// file names made from server names are safe.

#include "detail/MetricChart.h"
#include "export/ChartExport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
const qint64 T0 = QDateTime(QDate(2026, 11, 24), QTime(10, 52, 3), Qt::UTC).toMSecsSinceEpoch();
}

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { delete m_chart; }
    void pngHasScreenResolution();
    void svgIsWellFormed();
    void csvHoldsTheShownSeries();
    void csvWithBands();
    void safeFileName_data();
    void safeFileName();

private:
    MetricChart *m_chart = nullptr;
    QTemporaryDir m_dir;
};

void TestChartExport::init()
{
    m_chart = new MetricChart(QStringLiteral("networkChart"), MetricChart::Unit::BytesPerSecond);
    m_chart->setTitle(QStringLiteral("Network speed"));
    m_chart->setLines({QStringLiteral("In"), QStringLiteral("Out")});
    m_chart->resize(500, 260);
    m_chart->update({{QPointF(T0, 2048), QPointF(T0 + 3000, 4096)}, {QPointF(T0, 100), QPointF(T0 + 3000, qQNaN())}},
                    T0, T0 + 3000);
}

void TestChartExport::pngHasScreenResolution()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(ChartExport::savePng(m_chart, path));
    const QImage image(path);
    const qreal ratio = m_chart->devicePixelRatioF();
    QCOMPARE(image.size(), (QSizeF(m_chart->size()) * ratio).toSize());
}

void TestChartExport::svgIsWellFormed()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(ChartExport::saveSvg(m_chart, path, m_chart->title()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && elements++ == 0)
            root = xml.name().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(elements > 10); // the chart was drawn, not an empty document
}

void TestChartExport::csvHoldsTheShownSeries()
{
    QCOMPARE(m_chart->csv(), QByteArray("time (UTC),In (B/s),Out (B/s)\r\n"
                                        "2026-11-24T10:52:03Z,2048,100\r\n"
                                        "2026-11-24T10:52:06Z,4096,\r\n"));
}

void TestChartExport::csvWithBands()
{
    MetricChart chart(QStringLiteral("cpuChart"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    MetricChart::Band band{{QPointF(T0, 1)}, {QPointF(T0, 9.5)}};
    chart.update({{QPointF(T0, 4)}}, T0 - 60000, T0, {band});
    QCOMPARE(chart.csv(), QByteArray("time (UTC),CPU (%),CPU min (%),CPU max (%)\r\n"
                                     "2026-11-24T10:52:03Z,4,1,9.5\r\n"));
}

void TestChartExport::safeFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << "ams-db-09" << "ams-db-09";
    QTest::newRow("path") << "../../etc/passwd" << "_.._etc_passwd";
    QTest::newRow("dots only") << ".." << "server";
    QTest::newRow("Chinese") << "东京 01" << "东京_01";
    QTest::newRow("long") << QString(200, QLatin1Char('a')) << QString(60, QLatin1Char('a'));
}

void TestChartExport::safeFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(ChartExport::safeFileName(name), file);
}

QTEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
