// The man page and the bash completion cannot drift from --help: every option `farsight --help` lists (long and
// short names), every subcommand, and every key of `details --format json` (DetailsJson::keys()) appears in
// packaging/farsight.1, and every option and subcommand in packaging/farsight.bash-completion. The desktop entry
// and AppStream templates name the id the code uses (FARSIGHT_APP_ID).

#include "cli/CommandLine.h"
#include "cli/DetailsJson.h"
#include "cli/Subcommands.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPackagingDocs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void optionsAreDocumented_data();
    void optionsAreDocumented();
    void subcommandsAreDocumented();
    void jsonKeysAreDocumented();
    void desktopIdAgrees();

private:
    QString m_man;
    QString m_completion;
};

namespace {

QString packagingFile(const QString &name)
{
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/../../packaging/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// "--token-file", "-w", ... from the Options section of --help.
QStringList helpOptions()
{
    QStringList names;
    const QString help = CommandLine::helpText();
    const QString options = help.section(u"Options:\n"_s, 1).section(u"\nArguments:"_s, 0, 0);
    static const QRegularExpression line(u"^  (-.*?)(?:  |$)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression name(u"(--?[a-z][a-z-]*)"_s);
    for (const QRegularExpressionMatch &m : line.globalMatch(options)) {
        for (const QRegularExpressionMatch &n : name.globalMatch(m.captured(1)))
            names << n.captured(1);
    }
    return names;
}

bool containsWord(const QString &text, const QString &word)
{
    return QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(word) + u"(?![\\w-])"_s)
        .match(text).hasMatch();
}

} // namespace

void TestPackagingDocs::initTestCase()
{
    m_man = packagingFile(u"farsight.1"_s).replace(u"\\-"_s, u"-"_s); // troff's escaped hyphens
    m_completion = packagingFile(u"farsight.bash-completion"_s);
    QVERIFY(!m_man.isEmpty());
    QVERIFY(!m_completion.isEmpty());
}

void TestPackagingDocs::optionsAreDocumented_data()
{
    QTest::addColumn<QString>("option");
    const QStringList options = helpOptions();
    QVERIFY(options.size() > 20); // the parsing of --help found the table
    for (const QString &option : options)
        QTest::newRow(qPrintable(option)) << option;
}

void TestPackagingDocs::optionsAreDocumented()
{
    QFETCH(QString, option);
    QVERIFY2(containsWord(m_man, option), qPrintable(option + u" is missing from packaging/farsight.1"_s));
    QVERIFY2(containsWord(m_completion, option),
             qPrintable(option + u" is missing from packaging/farsight.bash-completion"_s));
}

void TestPackagingDocs::subcommandsAreDocumented()
{
    for (const QString &name : Subcommands::names()) {
        QVERIFY2(m_man.contains(u".B "_s + name + u'\n'), qPrintable(name));
        QVERIFY2(m_man.contains(u"farsight "_s + name), qPrintable(name));
        QVERIFY2(containsWord(m_completion, name), qPrintable(name));
    }
}

void TestPackagingDocs::jsonKeysAreDocumented()
{
    const QString keys = m_man.section(u".SH JSON KEYS"_s, 1).section(u".SH "_s, 0, 0);
    QVERIFY(!keys.isEmpty());
    for (const QString &key : DetailsJson::keys())
        QVERIFY2(containsWord(keys, key), qPrintable(key));
    for (const char *key : {"id", "name", "tag", "status", "last_active", "ipv4", "ipv6"})
        QVERIFY2(containsWord(keys, QLatin1String(key)), key);
}

void TestPackagingDocs::desktopIdAgrees()
{
    // The id the code uses (setDesktopFileName, the notifications' desktop-entry hint, the themed icon name) is the
    // one the desktop entry and AppStream are installed under (packaging/CMakeLists.txt configures both from it).
    const QString id = QStringLiteral(FARSIGHT_APP_ID);
    QVERIFY(QRegularExpression(u"^[a-z]+(\\.[A-Za-z0-9-]+){2,}$"_s).match(id).hasMatch());
    const QString desktop = packagingFile(u"desktop.in"_s);
    for (const char *line : {"Icon=@FARSIGHT_APP_ID@", "Exec=farsight", "Categories=System;Monitor;",
                             "StartupWMClass=farsight", "X-GNOME-UsesNotifications=true"})
        QVERIFY2(desktop.contains(u'\n' + QLatin1String(line) + u'\n'), line);
    QVERIFY(desktop.contains(u"\nName[zh_CN]="_s));
    QVERIFY(desktop.contains(u"\nComment[zh_CN]="_s));
    const QString metainfo = packagingFile(u"metainfo.xml.in"_s);
    QVERIFY(metainfo.contains(u"<id>@FARSIGHT_APP_ID@</id>"_s));
    QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">@FARSIGHT_APP_ID@.desktop</launchable>"_s));
    QVERIFY(metainfo.contains(u"<binary>farsight</binary>"_s));
    QVERIFY(metainfo.contains(u"<binary>farsight-demo-dashboard</binary>"_s));
    QVERIFY(metainfo.contains(u"<description xml:lang"_s) || metainfo.contains(u"<p xml:lang=\"zh_CN\">"_s));
}

QTEST_GUILESS_MAIN(TestPackagingDocs)
#include "tst_packaging_docs.moc"
