// Screenshots of the detail view's charts (issue 13/11): 1 h with the history-begins marker, 24 h and 7 d with
// min–max bands from a fake HistorySource holding a synthetic week, and a zoomed chart with the hover tooltip
// text; in English and Chinese. Always rendered and checked (bands arrive, the 7 days span, a hover text); the
// PNGs land in FARSIGHT_SCREENSHOT_DIR when it is set, else in a scratch directory.

#include "FakeHistorySource.h"
#include "FleetModel.h"
#include "HistoryStore.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestChartScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shots_data();
    void shots();
};

void TestChartScreenshots::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en") << "en" << false;
    QTest::newRow("zh_CN") << "zh_CN" << false;
    QTest::newRow("en-dark") << "en" << true;
}

void TestChartScreenshots::shots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QTemporaryDir scratch;
    const QString out = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR", scratch.path());
    QStandardPaths::setTestModeEnabled(true);
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(palette);
        language += QStringLiteral("-dark");
    }
    const QString code = language.section(QLatin1Char('-'), 0, 0);
    Translations::instance().setLanguage(code);
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    FleetModel model;
    HistoryStore history;
    FakeHistorySource local;
    local.autoAnswer = true;
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(11, 22, 0)).toSecsSinceEpoch();
    local.fillSynthetic(now * 1000, 7 * 86400000LL);
    ServerDetailPanel panel(settings);
    panel.setSources(&model, &history);
    panel.setLocalHistory(&local);
    panel.resize(720, 900);
    panel.show();
    // 30 minutes of live polls: younger than the 1 h window.
    for (int i = 0; i < 600; ++i) {
        ServerSnapshot s;
        s.id = 1;
        s.name = QStringLiteral("ams-db-09");
        s.hasDetails = true;
        s.lastActive = now - 1800 + 3 * i;
        s.status.cpu = 30 + 20 * std::sin(i / 40.0) + (i % 7);
        s.status.memUsed = quint64(5.1e9 + 3e8 * std::sin(i / 90.0));
        s.status.netInSpeed = quint64(2.5e6 + 1.5e6 * std::sin(i / 25.0));
        s.status.netOutSpeed = quint64(0.8e6 + 0.5e6 * std::cos(i / 30.0));
        s.host.memTotal = 8ull << 30;
        FleetSnapshot snapshot;
        snapshot.servers = {s};
        snapshot.dashboardTimeMs = s.lastActive * 1000;
        model.apply(snapshot);
        history.append(snapshot, 30);
    }
    panel.setServer(1);
    panel.refresh();
    auto shoot = [&](const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().save(out + QLatin1Char('/') + name + QLatin1Char('-') + language + QStringLiteral(".png")));
    };
    panel.setWindowSecs(3600);
    shoot(QStringLiteral("1h-history-begins"));
    panel.setWindowSecs(86400);
    QTRY_VERIFY(panel.chart(QStringLiteral("cpuChart"))->bandPointCount(0) > 0);
    shoot(QStringLiteral("24h-bands"));
    panel.setWindowSecs(7 * 86400);
    QTRY_VERIFY(panel.chart(QStringLiteral("cpuChart"))->bandPointCount(0) > 0);
    QTRY_VERIFY(panel.chart(QStringLiteral("cpuChart"))->visibleToMs() - panel.chart(QStringLiteral("cpuChart"))->visibleFromMs() > 6 * 86400000LL);
    shoot(QStringLiteral("7d-bands"));

    // Zoomed network chart with the hover text drawn as the tooltip would show it.
    panel.resize(720, 1600); // the network chart in view
    panel.setWindowSecs(86400);
    QTRY_VERIFY(panel.chart(QStringLiteral("networkChart"))->bandPointCount(0) > 0);
    MetricChart *net = panel.chart(QStringLiteral("networkChart"));
    net->zoomTo(now * 1000 - 8 * 3600000LL, now * 1000 - 4 * 3600000LL);
    QCoreApplication::processEvents();
    const qint64 at = now * 1000 - 6 * 3600000LL;
    QLabel tip;
    tip.setWindowFlags(Qt::ToolTip);
    tip.setText(net->hoverText(at));
    QVERIFY(!tip.text().isEmpty());
    tip.setMargin(4);
    tip.setStyleSheet(QStringLiteral("background: #ffffe0; color: black; border: 1px solid gray;"));
    tip.adjustSize();
    QPixmap image = net->grab();
    QPainter painter(&image);
    const QRectF plot = net->chart()->plotArea();
    const double x = plot.left() + plot.width() / 2;
    painter.setPen(QPen(Qt::gray, 1, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.drawPixmap(QPointF(x + 8, plot.top() + 20), tip.grab());
    painter.end();
    QVERIFY(image.save(out + QStringLiteral("/zoom-hover-") + language + QStringLiteral(".png")));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestChartScreenshots)
#include "tst_chart_screenshots.moc"
