// Settings facade: defaults, typed round trips, change signals, the version key, profile arrays.

#include "settings/Settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.closeToTray(), true);
        QCOMPARE(s.startMinimized(), false);
        QCOMPARE(s.notificationsEnabled(), true);
        QCOMPARE(s.offlineGracePolls(), 2);
        QCOMPARE(s.flapWindowSecs(), 300);
        QCOMPARE(s.chartWindowSecs(), 300);
        QCOMPARE(s.sortOrder(), Qt::AscendingOrder);
        QVERIFY(s.mainWindowGeometry().isEmpty());
        QVERIFY(s.profiles().isEmpty());
    }

    void everyKeyHasAName()
    {
        QStringList names;
        for (int i = 0; i < int(Settings::Key::KeyCount); ++i) {
            const QString name = Settings::keyName(Settings::Key(i));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.append(name);
        }
    }

    void roundTripAndSignal()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("b.ini"));
        {
            Settings s(file);
            QSignalSpy spy(&s, &Settings::valueChanged);
            s.setLanguage(QStringLiteral("zh_CN"));
            s.setLanguage(QStringLiteral("zh_CN")); // no change, no signal
            s.setCloseToTray(false);
            s.setSortOrder(Qt::DescendingOrder);
            s.setChartWindowSecs(3600);
            s.setMainWindowGeometry(QByteArray("\x01\x02", 2));
            QCOMPARE(spy.count(), 5);
            QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::Language);
            s.sync();
        }
        Settings again(file);
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.closeToTray(), false);
        QCOMPARE(again.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(again.chartWindowSecs(), 3600);
        QCOMPARE(again.mainWindowGeometry(), QByteArray("\x01\x02", 2));
        again.reset(Settings::Key::CloseToTray);
        QCOMPARE(again.closeToTray(), true);
    }

    // QSettings caches a file per process: a copy under another name is read from disk, as the next start would.
    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run1.ini"));
        {
            Settings s(file);
            s.setLanguage(QStringLiteral("zh_CN"));
            s.setTheme(QStringLiteral("dark"));
            s.setCloseToTray(false);
            s.setStartMinimized(true);
            s.setChartWindowSecs(3600);
            s.sync();
        }
        const QString next = dir.filePath(QStringLiteral("run2.ini"));
        QVERIFY(QFile::copy(file, next));
        Settings again(next);
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.closeToTray(), false);
        QCOMPARE(again.startMinimized(), true);
        QCOMPARE(again.chartWindowSecs(), 3600);
    }

    // What version 1 wrote for "general/language" etc.: the [%General] section, read back as "General/...".
    void migratesVersion1()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v1.ini"));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[General]\nversion=1\n\n[%General]\nlanguage=zh_CN\ncloseToTray=false\nstartMinimized=true\n");
        raw.close();
        Settings s(file);
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.closeToTray(), false);
        QCOMPARE(s.startMinimized(), true);
        QCOMPARE(s.value(Settings::Key::Version).toInt(), Settings::CurrentVersion);
        s.sync();
        const QString next = dir.filePath(QStringLiteral("v2.ini"));
        QVERIFY(QFile::copy(file, next));
        Settings again(next);
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.startMinimized(), true);
    }

    void invalidValuesFallBack()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("c.ini")));
        s.setChartWindowSecs(42);
        QCOMPARE(s.chartWindowSecs(), 300);
        s.setOfflineGracePolls(-3);
        QCOMPARE(s.offlineGracePolls(), 0);
    }

    void versionWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("d.ini"));
        {
            Settings s(file);
            s.sync();
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("version")).toInt(), Settings::CurrentVersion);
    }

    void profilesArrayKeepsOnlyKnownFields()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("e.ini"));
        {
            Settings s(file);
            s.setProfiles({{{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("name"), QStringLiteral("A")},
                            {QStringLiteral("token"), QStringLiteral("SECRET")}},
                           {{QStringLiteral("id"), QStringLiteral("p2")}}});
            s.sync();
        }
        Settings s(file);
        QCOMPARE(s.profiles().size(), 2);
        QCOMPARE(s.profiles().at(0).value(QStringLiteral("name")).toString(), QStringLiteral("A"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("SECRET")); // a secret never reaches the settings file
    }

    void defaultInstanceUsesTestLocation()
    {
        QVERIFY(Settings::instance().fileName().contains(QStringLiteral(".qttest")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
