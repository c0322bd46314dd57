// PreferencesDialog offscreen: every control saves to Settings at once, language switches through
// Translations, start at login writes the XDG entry, and a failing autostart says why and stays unchecked.

#include "desktop/Autostart.h"
#include "i18n/Translations.h"
#include "preferences/PreferencesAction.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void controlsSaveAtOnce()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        const QString autostartDir = m_dir.filePath(QStringLiteral("autostart"));
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(autostartDir, QStringLiteral("/usr/bin/farsight")));
        auto *closeToTray = dialog.findChild<QCheckBox *>(QStringLiteral("closeToTrayCheck"));
        auto *minimized = dialog.findChild<QCheckBox *>(QStringLiteral("startMinimizedCheck"));
        auto *notifications = dialog.findChild<QCheckBox *>(QStringLiteral("notificationsCheck"));
        auto *grace = dialog.findChild<QSpinBox *>(QStringLiteral("gracePollsSpin"));
        auto *flap = dialog.findChild<QSpinBox *>(QStringLiteral("flapWindowSpin"));
        auto *autostart = dialog.findChild<QCheckBox *>(QStringLiteral("autostartCheck"));
        QVERIFY(closeToTray && minimized && notifications && grace && flap && autostart);
        QCOMPARE(closeToTray->isChecked(), settings.closeToTray());
        QCOMPARE(grace->value(), settings.offlineGracePolls());
        QCOMPARE(flap->value(), settings.flapWindowSecs());

        minimized->setChecked(!minimized->isChecked());
        QCOMPARE(settings.startMinimized(), minimized->isChecked());
        notifications->setChecked(false);
        QVERIFY(!settings.notificationsEnabled());
        grace->setValue(4);
        QCOMPARE(settings.offlineGracePolls(), 4);
        flap->setValue(0);
        QCOMPARE(settings.flapWindowSecs(), 0);

        QVERIFY(!autostart->isChecked());
        autostart->setChecked(true);
        QVERIFY(QFile::exists(autostartDir + QStringLiteral("/farsight.desktop")));
        autostart->setChecked(false);
        QVERIFY(!QFile::exists(autostartDir + QStringLiteral("/farsight.desktop")));
    }

    void languageAppliesAndSaves()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(m_dir.filePath(QStringLiteral("x"))));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(language->count(), 3);
        const int zh = language->findData(QStringLiteral("zh_CN"));
        QCOMPARE(language->itemText(zh), QStringLiteral("简体中文"));
        QSignalSpy changed(&Translations::instance(), &Translations::languageChanged);
        language->setCurrentIndex(zh);
        emit language->activated(zh);
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::instance().language(), QStringLiteral("zh_CN"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN")); // survives its own retranslation
        const int en = language->findData(QStringLiteral("en"));
        emit language->activated(en);
        QCOMPARE(Translations::instance().language(), QStringLiteral("en"));
    }

    void actionOpensOneDialog()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        QWidget window;
        PreferencesAction action(settings, &window);
        QCOMPARE(action.text(), QStringLiteral("&Preferences…"));
        QVERIFY(!action.dialog());
        action.trigger();
        QPointer<PreferencesDialog> first = action.dialog();
        QVERIFY(first && first->isVisible());
        action.trigger();
        QCOMPARE(action.dialog(), first.data());
        first->close(); // deletes itself: the next open reads Settings afresh
        QTRY_VERIFY(!first);
    }

    void autostartFailureIsShown()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        QFile blocker(m_dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(blocker.fileName()));
        auto *autostart = dialog.findChild<QCheckBox *>(QStringLiteral("autostartCheck"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("preferencesError"));
        autostart->setChecked(true);
        QVERIFY(!autostart->isChecked());
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
    }

    // With a tray the "no tray" note's whole row goes (no blank line under "Close button hides to the tray");
    // without one the note shows and the box is off.
    void trayNoteRowFollowsTheTray()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(m_dir.filePath(QStringLiteral("as"))));
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("trayNote"));
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(note && form);
        dialog.setTrayAvailable(true);
        QVERIFY(!note->isVisible());
        QVERIFY(!form->labelForField(note)->isVisible());
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("closeToTrayCheck"))->isEnabled());
        dialog.setTrayAvailable(false);
        QVERIFY(note->isVisible());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("closeToTrayCheck"))->isEnabled());
    }

    // The missed-poll count says it is about notifications, not the profile's offline time in seconds.
    void gracePollsAreNamedAsNotifications()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        PreferencesDialog dialog(settings, std::make_unique<Autostart>(m_dir.filePath(QStringLiteral("as"))));
        auto *grace = dialog.findChild<QSpinBox *>(QStringLiteral("gracePollsSpin"));
        auto *label = qobject_cast<QLabel *>(dialog.findChild<QFormLayout *>()->labelForField(grace));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Notify &after:"));
        QCOMPARE(label->buddy(), grace);
        QVERIFY(grace->suffix().contains(QStringLiteral("missed polls")));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
