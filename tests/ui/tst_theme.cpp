// The theme applies at once at runtime (System / Light / Dark), follows the setting Preferences writes,
// restores the desktop's look for System, keeps text readable in both palettes, and the charts follow.
#include "detail/MetricChart.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest>

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("theme.ini")));
    }
    void cleanup()
    {
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("theme.ini")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("choice");
        QTest::newRow("dark") << "dark" << int(Theme::Choice::Dark);
        QTest::newRow("light") << "light" << int(Theme::Choice::Light);
        QTest::newRow("system") << "system" << int(Theme::Choice::System);
        QTest::newRow("unknown") << "neon" << int(Theme::Choice::System);
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, choice);
        QCOMPARE(int(Theme::parse(name)), choice);
        m_settings->setTheme(name);
        QCOMPARE(int(Theme::parse(m_settings->theme())), choice);
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
    }
    void palettesAreReadable()
    {
        QFETCH(QPalette, palette);
        auto ratio = [&](QPalette::ColorGroup g, QPalette::ColorRole fg, QPalette::ColorRole bg) {
            return Theme::contrast(palette.color(g, fg), palette.color(g, bg));
        };
        QVERIFY(ratio(QPalette::Active, QPalette::Text, QPalette::Base) >= 7.0);           // WCAG AAA body text
        QVERIFY(ratio(QPalette::Active, QPalette::WindowText, QPalette::Window) >= 7.0);
        QVERIFY(ratio(QPalette::Active, QPalette::ButtonText, QPalette::Button) >= 4.5);
        QVERIFY(ratio(QPalette::Active, QPalette::HighlightedText, QPalette::Highlight) >= 3.0);
        QVERIFY(ratio(QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase) >= 4.5);
        QVERIFY(ratio(QPalette::Disabled, QPalette::Text, QPalette::Base) >= 2.5); // greyed rows stay legible
    }

    void switchesAtRuntimeAndBack()
    {
        const QPalette system = QApplication::palette();
        const QString systemStyle = QApplication::style()->name();
        ThemeController controller(*m_settings);
        QCOMPARE(controller.current(), Theme::Choice::System);
        MetricChart chart(QStringLiteral("cpuChart"), MetricChart::Unit::Percent);
        chart.show();

        m_settings->setTheme(QStringLiteral("dark")); // what Preferences does
        QCOMPARE(controller.current(), Theme::Choice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_COMPARE(chart.chart()->backgroundBrush().color(), Theme::darkPalette().color(QPalette::Base));

        m_settings->setTheme(QStringLiteral("light"));
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_COMPARE(chart.chart()->backgroundBrush().color(), Theme::lightPalette().color(QPalette::Base));

        m_settings->setTheme(QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::style()->name(), systemStyle);
    }

    void preferencesWritesTheChoice()
    {
        ThemeController controller(*m_settings);
        PreferencesDialog dialog(*m_settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
        const int dark = combo->findData(QStringLiteral("dark"));
        combo->setCurrentIndex(dark);
        emit combo->activated(dark);
        QCOMPARE(m_settings->theme(), QStringLiteral("dark"));
        QVERIFY(Theme::isDark(QApplication::palette()));
        m_settings->setTheme(QStringLiteral("system"));
        QVERIFY(!Theme::isDark(QApplication::palette()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
