// Translations: the embedded .qm catalogues hold every entry of translations/*.ts (so a build never ships a
// stale catalogue), switching installs/removes Farsight's and Qt's translators and the default QLocale,
// languageChanged fires once per real change, and text produced by models/ and app/ follows the language
// (errors, durations with plural forms, bytes, numbers).

#include "ApiError.h"
#include "Format.h"
#include "i18n/Translations.h"
#include "notify/NotificationContent.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<TsEntry> readTs(const QString &path)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            entry = TsEntry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        else if (name == QLatin1String("source"))
            entry.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            entry.comment = xml.readElementText();
        else if (name == QLatin1String("translation") && !entry.numerus)
            entry.forms = {xml.readElementText()};
        else if (name == QLatin1String("numerusform"))
            entry.forms << xml.readElementText();
    }
    return entries;
}

QString tsPath(const char *language)
{
    return QStringLiteral(FARSIGHT_FIXTURES_DIR "/../../translations/farsight_%1.ts").arg(QLatin1String(language));
}

QString translated(const TsEntry &e, int n = -1)
{
    const QByteArray context = e.context.toUtf8(), source = e.source.toUtf8(), comment = e.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       e.comment.isEmpty() ? nullptr : comment.constData(), n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(Translations::instance().setLanguage(QStringLiteral("en"))); }

    void chineseCatalogueHoldsEveryEntry()
    {
        const QList<TsEntry> entries = readTs(tsPath("zh_CN"));
        QVERIFY(entries.size() > 500);
        QVERIFY(Translations::instance().setLanguage(QStringLiteral("zh_CN")));
        int differs = 0;
        for (const TsEntry &e : entries) {
            QVERIFY2(!e.forms.value(0).isEmpty(), qPrintable(e.context + QLatin1Char('/') + e.source));
            const QString got = translated(e, e.numerus ? 3 : -1);
            // %Ln is %n written in the locale's digits (the same for 3 in both languages).
            const QString want = QString(e.forms.first())
                                     .replace(QLatin1String("%Ln"), QLocale().toString(3))
                                     .replace(QLatin1String("%n"), QLocale().toString(3));
            QVERIFY2(got == want, qPrintable(e.context + QLatin1Char('/') + e.source + QStringLiteral(" -> ") + got));
            differs += got != e.source;
        }
        // Most entries really are Chinese (a few technical ones such as "CPU" or "%1/s" stay as they are).
        QVERIFY2(differs > entries.size() * 9 / 10, qPrintable(QString::number(differs)));
    }

    void englishPluralForms()
    {
        const QList<TsEntry> entries = readTs(tsPath("en"));
        QVERIFY(!entries.isEmpty());
        for (const TsEntry &e : entries) {
            QVERIFY2(e.numerus && e.forms.size() == 2, qPrintable(e.source));
            QCOMPARE(translated(e, 1), QString(e.forms.at(0)).replace(QLatin1String("%Ln"), QStringLiteral("1"))
                                           .replace(QLatin1String("%n"), QStringLiteral("1")));
            QCOMPARE(translated(e, 2), QString(e.forms.at(1)).replace(QLatin1String("%Ln"), QStringLiteral("2"))
                                           .replace(QLatin1String("%n"), QStringLiteral("2")));
        }
        QCOMPARE(QCoreApplication::translate("ServerListPanel", "%n server(s)", nullptr, 1), QStringLiteral("1 server"));
        QCOMPARE(QCoreApplication::translate("ServerListPanel", "%n server(s)", nullptr, 12), QStringLiteral("12 servers"));
    }

    void switchingInstallsAndRemovesTranslators()
    {
        Translations &t = Translations::instance();
        QSignalSpy changed(&t, &Translations::languageChanged);
        QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(t.language(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        // Qt's own catalogue (qtbase_zh_CN) is installed with ours.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), QStringLiteral("用法：%1"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

        QVERIFY(t.setLanguage(QStringLiteral("zh_CN"))); // no change, no signal
        QCOMPARE(changed.size(), 1);
        QVERIFY(!t.setLanguage(QStringLiteral("fr")));
        QCOMPARE(t.language(), QStringLiteral("zh_CN"));

        QVERIFY(t.setLanguage(QStringLiteral("en")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), QStringLiteral("Usage: %1"));
        QCOMPARE(QCoreApplication::translate("FleetModel", "Online", "server state"), QStringLiteral("Online"));
    }

    void resolveFollowsTheSystemLocale()
    {
        QCOMPARE(Translations::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const QString system = Translations::resolve({});
        QCOMPARE(system, QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QCOMPARE(Translations::languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
        QCOMPARE(Translations::languageName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void modelTextFollowsTheLanguage()
    {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QCOMPARE(timeout.text(), QStringLiteral("The server did not answer in time."));
        QCOMPARE(Format::duration(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));
        QCOMPARE(Format::ago(75), QStringLiteral("1 min 15 s ago"));
        QCOMPARE(Format::count(1234567), QStringLiteral("1,234,567"));

        QVERIFY(Translations::instance().setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(timeout.text(), QStringLiteral("服务器未能及时响应。")); // a stored error re-renders
        QCOMPARE(Format::duration(3 * 86400 + 4 * 3600), QStringLiteral("3 天 4 小时"));
        QCOMPARE(Format::ago(75), QStringLiteral("1 分钟 15 秒前"));
        QCOMPARE(Format::ago(1), QStringLiteral("刚刚"));
        QCOMPARE(Format::bytes(1536 * 1024), QStringLiteral("1.5 MiB")); // IEC units are never translated
        QCOMPARE(Format::bytesPerSecond(2048), QStringLiteral("2.0 KiB/s"));
        QCOMPARE(Format::percent(42.5), QStringLiteral("42.5%"));
        QCOMPARE(Format::count(1234567), QLocale(QStringLiteral("zh_CN")).toString(1234567));
        QCOMPARE(Format::dateTime(0), QLocale(QStringLiteral("zh_CN")).toString(QDateTime::fromSecsSinceEpoch(0),
                                                                                QLocale::ShortFormat));
        QVERIFY(Format::dateTime(0) != QLocale(QStringLiteral("en_US")).toString(QDateTime::fromSecsSinceEpoch(0),
                                                                                 QLocale::ShortFormat));
    }

    void notificationListsReadNaturally()
    {
        QList<AlertEvent> events;
        for (int i = 1; i <= 7; ++i) {
            AlertEvent e;
            e.kind = AlertEvent::Kind::ServerOffline;
            e.serverId = quint64(i);
            e.serverName = QStringLiteral("web-%1").arg(i);
            events << e;
        }
        const QString english = NotificationContent::compose(events).summary;
        QVERIFY2(english.contains(QStringLiteral("web-1, web-2")) && english.endsWith(QStringLiteral(", …")),
                 qPrintable(english));
        QVERIFY(Translations::instance().setLanguage(QStringLiteral("zh_CN")));
        const QString chinese = NotificationContent::compose(events).summary;
        QVERIFY2(chinese.startsWith(QStringLiteral("7 台服务器已离线：web-1、web-2、")) && chinese.endsWith(QStringLiteral(" 等")),
                 qPrintable(chinese));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
