// Country flags come from the system's flag set (iso-flags-svg / -png); a missing flag or a code that is not
// two letters falls back to the code alone, and the code stays as text beside the flag.
#include "FleetModel.h"
#include "ServerSnapshot.h"
#include "cards/ServerCardDelegate.h"
#include "detail/HostInfoView.h"
#include "widgets/CountryFlags.h"
#include "widgets/ServerItemDelegate.h"

#include <QFile>
#include <QPainter>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A tiny flag set: "de" as SVG (black/red/gold bands), "fr" as PNG (one blue pixel column per third).
void writeFlags(const QString &dir)
{
    QFile svg(dir + QStringLiteral("/de.svg"));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 5 3">)"
              R"(<rect width="5" height="1" y="0" fill="#000"/><rect width="5" height="1" y="1" fill="#d00"/>)"
              R"(<rect width="5" height="1" y="2" fill="#fc0"/></svg>)");
    svg.close();
    QImage png(320, 240, QImage::Format_RGB32);
    png.fill(QColor(0, 35, 149));
    QVERIFY(png.save(dir + QStringLiteral("/fr.png")));
    QImage gb(320, 240, QImage::Format_RGB32);
    gb.fill(QColor(1, 33, 105));
    QVERIFY(gb.save(dir + QStringLiteral("/gb.png")));
}

class ExposedDelegate : public ServerItemDelegate
{
public:
    using ServerItemDelegate::ServerItemDelegate;
    QStyleOptionViewItem option(const QModelIndex &index, QWidget *widget) const
    {
        QStyleOptionViewItem opt;
        opt.initFrom(widget);
        opt.widget = widget;
        initStyleOption(&opt, index);
        return opt;
    }
};

class ExposedCardDelegate : public ServerCardDelegate
{
public:
    using ServerCardDelegate::ServerCardDelegate;
    // Paints the code of a card's title line on white; returns the width it used.
    int paint(QImage *image, const QString &code) const
    {
        image->fill(Qt::white);
        QPainter painter(image);
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(QApplication::font());
        painter.setPen(Qt::black);
        return paintCountry(&painter, image->rect(), code, option);
    }
};

bool hasColour(const QImage &image, QColor colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 24 && qAbs(c.green() - colour.green()) < 24
                && qAbs(c.blue() - colour.blue()) < 24)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCountryFlags : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFlags(m_dir.path());
        qputenv("FARSIGHT_FLAGS_DIR", m_dir.path().toUtf8()); // before CountryFlags::instance() is made
    }

    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << "de" << true;
        QTest::newRow("upper") << "DE" << true;
        QTest::newRow("one letter") << "d" << false;
        QTest::newRow("three letters") << "deu" << false;
        QTest::newRow("path") << ".." << false;
        QTest::newRow("slash") << "d/" << false;
        QTest::newRow("digits") << "12" << false;
        QTest::newRow("non-ascii") << QStringLiteral("中国") << false;
        QTest::newRow("empty") << "" << false;
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(CountryFlags::isCountryCode(code), valid);
    }

    void svgFlagIsRenderedAtTheDeviceRatio()
    {
        CountryFlags flags({m_dir.path()});
        const QPixmap flag = flags.flag(QStringLiteral("DE"), 12, 2.0);
        QVERIFY(!flag.isNull());
        QCOMPARE(flag.size(), QSize(32, 24)); // device pixels: 16x12 logical at 2x
        QCOMPARE(flag.devicePixelRatio(), 2.0);
        const QImage image = flag.toImage();
        QCOMPARE(image.pixelColor(16, 2), QColor(0, 0, 0));      // top band
        QCOMPARE(image.pixelColor(16, 12), QColor(0xdd, 0, 0));  // middle band
        QVERIFY(image.pixelColor(0, 12) != QColor(0xdd, 0, 0));   // a frame, so white flags stand out
    }

    void pngFlagAndTheOldUkCode()
    {
        CountryFlags flags({QStringLiteral("/nonexistent"), m_dir.path()});
        const QPixmap fr = flags.flag(QStringLiteral("fr"), 15);
        QCOMPARE(fr.size(), QSize(20, 15));
        QCOMPARE(fr.toImage().pixelColor(10, 7), QColor(0, 35, 149));
        QVERIFY(flags.has(QStringLiteral("UK"))); // GeoIP's UK is ISO's GB
        QVERIFY(flags.fileFor(QStringLiteral("uk")).endsWith(QLatin1String("/gb.png")));
    }

    void missingFlagsFallBackToNothing()
    {
        CountryFlags flags({m_dir.path()});
        QVERIFY(flags.flag(QStringLiteral("zz"), 12).isNull());
        QVERIFY(flags.flag(QStringLiteral("../de"), 12).isNull());
        QVERIFY(flags.fileFor(QStringLiteral("..")).isEmpty());
        CountryFlags none({});
        QVERIFY(none.flag(QStringLiteral("de"), 12).isNull());
    }

    void tableCellShowsFlagBesideTheCode()
    {
        QStandardItemModel model(2, FleetModel::ColumnCount);
        model.setData(model.index(0, FleetModel::CountryColumn), QStringLiteral("DE"));
        model.setData(model.index(1, FleetModel::CountryColumn), QStringLiteral("ZZ"));
        QTableView view;
        view.setModel(&model);
        ExposedDelegate delegate;
        const QStyleOptionViewItem withFlag = delegate.option(model.index(0, FleetModel::CountryColumn), &view);
        QVERIFY(withFlag.features & QStyleOptionViewItem::HasDecoration);
        QVERIFY(!withFlag.icon.isNull());
        QCOMPARE(withFlag.text, QStringLiteral("DE")); // the code stays as text
        const QStyleOptionViewItem noFlag = delegate.option(model.index(1, FleetModel::CountryColumn), &view);
        QVERIFY(noFlag.icon.isNull());
        QCOMPARE(noFlag.text, QStringLiteral("ZZ"));
        const QStyleOptionViewItem other = delegate.option(model.index(0, FleetModel::NameColumn), &view);
        QVERIFY(other.icon.isNull());
    }

    void cardShowsFlagBesideTheCode()
    {
        ExposedCardDelegate delegate;
        QImage withFlag(200, 40, QImage::Format_RGB32);
        QImage noFlag(200, 40, QImage::Format_RGB32);
        const int flagged = delegate.paint(&withFlag, QStringLiteral("fr"));
        const int plain = delegate.paint(&noFlag, QStringLiteral("zz"));
        QVERIFY(hasColour(withFlag, QColor(0, 35, 149))); // the blue of the test's "fr" flag
        QVERIFY(!hasColour(noFlag, QColor(0, 35, 149)));
        QVERIFY(hasColour(noFlag, Qt::black)); // the code alone, as text
        QVERIFY(flagged > plain);
        QCOMPARE(delegate.paint(&noFlag, QString()), 0);
    }

    void detailShowsFlagAndCode()
    {
        HostInfoView view;
        ServerSnapshot server;
        server.id = 1;
        server.hasDetails = true;
        server.host.countryCode = QStringLiteral("de");
        view.setServer(&server);
        auto *flag = view.findChild<QLabel *>(QStringLiteral("countryFlag"));
        QVERIFY(flag);
        QVERIFY(!flag->isHidden());
        QVERIFY(!flag->pixmap().isNull());
        QCOMPARE(view.valueText(QStringLiteral("countryValue")), QStringLiteral("DE"));
        server.host.countryCode = QStringLiteral("zz");
        view.setServer(&server);
        QVERIFY(flag->isHidden());
        QCOMPARE(view.valueText(QStringLiteral("countryValue")), QStringLiteral("ZZ"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCountryFlags)
#include "tst_country_flags.moc"
