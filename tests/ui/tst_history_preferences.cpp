// The History section of Preferences: the retention spin box saves to Settings, the billing day goes to the
// open history file, the line says where the history is kept (or why it cannot be), and "Clear history…"
// clears only after the question was answered yes. Screenshots (English, 简体中文) with FARSIGHT_SCREENSHOT_DIR.

#include "desktop/Autostart.h"
#include "history/LocalHistory.h"
#include "i18n/Translations.h"
#include "preferences/HistoryPreferences.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstHistoryPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesRetentionAndBillingDayAndClearsAfterAsking()
    {
        Settings settings(m_dir.filePath(QStringLiteral("p.ini")));
        LocalHistory history;
        QSignalSpy opened(&history, &LocalHistory::opened);
        const QString path = m_dir.filePath(QStringLiteral("history/profile-x.sqlite"));
        history.open(path);
        QTRY_COMPARE(opened.size(), 1);
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(m_dir.filePath(QStringLiteral("auto")),
                                                                       QStringLiteral("/usr/bin/farsight")));
        auto *section = new HistoryPreferences(settings, history);
        dialog.addSection(section);
        int asked = 0;
        bool answer = false;
        section->confirmClear = [&](QWidget *) { ++asked; return answer; };

        auto *retention = dialog.findChild<QSpinBox *>(QStringLiteral("historyRetentionSpin"));
        auto *billing = dialog.findChild<QSpinBox *>(QStringLiteral("billingDaySpin"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("historyStatus"));
        auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearHistoryButton"));
        QVERIFY(retention && billing && status && clear);
        QCOMPARE(retention->value(), 90);
        QVERIFY2(status->text().contains(path) && status->text().contains(QLatin1String("90 day")),
                 qPrintable(status->text()));
        retention->setValue(30);
        QCOMPARE(settings.historyRetentionDays(), 30);
        QVERIFY(status->text().contains(QLatin1String("30 day")));
        billing->setValue(31);
        QTRY_COMPARE(history.cycleStartDay(), 31);

        QSignalSpy cleared(&history, &LocalHistory::cleared);
        QVERIFY(clear->isEnabled());
        clear->click();
        QCOMPARE(asked, 1);
        QTest::qWait(50); // nothing was posted: a "no" leaves the history alone
        QCOMPARE(cleared.size(), 0);
        answer = true;
        clear->click();
        QTRY_COMPARE(cleared.size(), 1);

        dialog.resize(dialog.sizeHint());
        dialog.show();
        shoot(&dialog, "preferences-history-en.png");
        Translations::instance().setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the LanguageChange events
        dialog.resize(dialog.sizeHint());
        shoot(&dialog, "preferences-history-zh_CN.png");
        Translations::instance().setLanguage(QStringLiteral("en"));
    }

    void anUnusableFileSaysWhyAndCannotBeCleared()
    {
        Settings settings(m_dir.filePath(QStringLiteral("q.ini")));
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        LocalHistory history;
        QSignalSpy status(&history, &LocalHistory::statusChanged);
        history.open(path);
        QTRY_COMPARE(status.size(), 1);
        HistoryPreferences section(settings, history);
        auto *line = section.findChild<QLabel *>(QStringLiteral("historyStatus"));
        QVERIFY(line->text().contains(path));
        QVERIFY(line->text() == history.status());
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->isEnabled());
    }
};

QTEST_MAIN(TstHistoryPreferences)
#include "tst_history_preferences.moc"
