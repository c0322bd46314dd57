// Autostart writes and removes an XDG autostart entry under $XDG_CONFIG_HOME/autostart, with a spec-quoted Exec.

#include "desktop/Autostart.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAutostart : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Not test mode: this test checks that the real XDG location is used.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void defaultIsXdgConfigHome()
    {
        QCOMPARE(Autostart::defaultDirectory(), m_config.path() + QStringLiteral("/autostart"));
        QCOMPARE(Autostart().entryPath(), m_config.path() + QStringLiteral("/autostart/farsight.desktop"));
    }

    void enableWritesEntryDisableRemovesIt()
    {
        Autostart autostart({}, QStringLiteral("/opt/Far Sight/bin/farsight"));
        QVERIFY(!autostart.isEnabled());
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QVERIFY(autostart.isEnabled());
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("\nExec=\"/opt/Far Sight/bin/farsight\" --minimized\n")));
        QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
        QVERIFY(autostart.setEnabled(true)); // idempotent
        QVERIFY(autostart.setEnabled(false, &error));
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false)); // nothing to remove is fine
    }

    void hiddenEntryCountsAsOff()
    {
        Autostart autostart({}, QStringLiteral("/usr/bin/farsight"));
        QVERIFY(autostart.setEnabled(true));
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true)); // turning it back on rewrites the entry
        QVERIFY(autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false));
    }

    void unwritableDirectoryIsAClearError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/autostart"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        Autostart autostart(dir.path() + QStringLiteral("/autostart"), QStringLiteral("/usr/bin/farsight"));
        QString error;
        QVERIFY(!autostart.setEnabled(true, &error));
        QVERIFY(error.contains(QStringLiteral("autostart")));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
