// Runtime language switching over the real windows: the main window (menus, tabs, server table, list panel,
// detail, status bar), the admin pane, the profiles dialog, the first-run page, the preferences dialog, the
// tray menu and Qt's own standard buttons. Each switch en -> zh_CN -> en retranslates what is open at once,
// and a sweep over every visible text finds no leftover of the other language: no English text that the
// catalogue translates after switching to Chinese, no Chinese character after switching back.

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "admin/AdminBanner.h"
#include "admin/AdminPane.h"
#include "alerts/AlertCenter.h"
#include "i18n/Translations.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/FirstRunPage.h"
#include "profiles/ProfilesDialog.h"
#include "tray/TrayController.h"

#include <QAbstractButton>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QXmlStreamReader>

namespace {

QString plain(QString text)
{
    // "&File" and "文件(&F)" both show as the bare word; compare what the user reads.
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// Every English source the zh_CN catalogue translates into something else (placeholder-free ones only:
// those are the ones a widget can show verbatim).
QSet<QString> translatedSources()
{
    QSet<QString> sources;
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/../../translations/farsight_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.contains(QLatin1Char('%')) && plain(translation) != plain(source))
                sources.insert(plain(source).trimmed());
        }
    }
    return sources;
}

// What a user can read in a widget tree: labels, buttons, group titles, tabs, placeholders, header sections,
// menu and action texts, window titles.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        }
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                texts << h->model()->headerData(i, h->orientation()).toString();
        }
        if (auto *c = qobject_cast<QChartView *>(w); c && c->chart()) {
            texts << c->chart()->title();
            for (QAbstractSeries *series : c->chart()->series())
                texts << series->name();
        }
        for (QAction *a : w->actions()) {
            texts << a->text();
            if (a->menu())
                texts << a->menu()->title();
        }
    }
    return texts;
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString tabText(QWidget *root, const char *tabsName, int index)
{
    auto *tabs = root->findChild<QTabWidget *>(QLatin1String(tabsName));
    return tabs ? plain(tabs->tabText(index)) : QString();
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_sources;

    static void switchTo(const char *code)
    {
        QVERIFY(Translations::instance().setLanguage(QLatin1String(code)));
        // QApplication posts LanguageChange to each top-level window; deliver them now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    // No text of `root` is an English sentence the catalogue would have translated.
    void verifyNoEnglishLeftovers(QWidget *root)
    {
        for (const QString &text : visibleTexts(root)) {
            const QString p = plain(text).trimmed();
            if (p.isEmpty()) // a separator such as " " is in the catalogue too; blank text is no leftover
                continue;
            QVERIFY2(!m_sources.contains(p), qPrintable(root->objectName() + QStringLiteral(": \"") + text
                                                        + QStringLiteral("\" stayed English")));
        }
    }

    static void verifyNoChineseLeftovers(QWidget *root)
    {
        for (const QString &text : visibleTexts(root))
            QVERIFY2(!hasCjk(text), qPrintable(root->objectName() + QStringLiteral(": \"") + text
                                               + QStringLiteral("\" stayed Chinese")));
    }

    QString headerText(int column) const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("serverTable"))
            ->model()->headerData(column, Qt::Horizontal).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sources = translatedSources();
        QVERIFY(m_sources.size() > 300);
        QVERIFY(m_sources.contains(QStringLiteral("File"))); // "&File", without its accelerator
    }

    void init()
    {
        switchTo("en");
        m_stack = std::make_unique<GuiTestStack>();
        m_window = std::make_unique<MainWindow>(m_stack->services());
        m_window->show();
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_window->openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(applied.wait(10000));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("serverTable"));
        QVERIFY(table);
        table->selectRow(0);
    }

    void cleanup()
    {
        m_window.reset();
        m_stack.reset();
        switchTo("en");
    }

    void mainWindowRetranslatesAtRuntime()
    {
        QCOMPARE(plain(m_window->menuBar()->actions().first()->text()), QStringLiteral("File"));
        QCOMPARE(tabText(m_window.get(), "mainTabs", 0), QStringLiteral("Servers"));
        auto *state = m_window->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(state);
        QVERIFY(state->text().startsWith(QStringLiteral("Connected")));
        verifyNoChineseLeftovers(m_window.get());

        switchTo("zh_CN");
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(tabText(m_window.get(), "mainTabs", 0), QStringLiteral("服务器"));
        QCOMPARE(tabText(m_window.get(), "mainTabs", 1), QStringLiteral("Grafana 管理"));
        QVERIFY2(state->text().startsWith(QStringLiteral("已连接")), qPrintable(state->text()));
        // The model's header and cells (FleetModel::retranslate on languageChanged).
        QStringList headers;
        for (int c = 0; c < 4; ++c)
            headers << headerText(c);
        QVERIFY2(headers.contains(QStringLiteral("名称")) && headers.contains(QStringLiteral("状态")),
                 qPrintable(headers.join(QLatin1Char('|'))));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("serverTable"));
        bool onlineCell = false;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            onlineCell = onlineCell || table->model()->index(0, c).data().toString() == QStringLiteral("在线");
        QVERIFY(onlineCell);
        // The detail panel (server state, host info captions).
        auto *detailState = m_window->findChild<QLabel *>(QStringLiteral("detailState"));
        QVERIFY(detailState);
        QVERIFY2(hasCjk(detailState->text()), qPrintable(detailState->text()));
        auto *memoryChart = m_window->findChild<QChartView *>(QStringLiteral("memoryChart"));
        QVERIFY(memoryChart);
        QCOMPARE(memoryChart->chart()->title(), QStringLiteral("内存和交换分区"));
        verifyNoEnglishLeftovers(m_window.get());

        switchTo("en");
        QCOMPARE(plain(m_window->menuBar()->actions().first()->text()), QStringLiteral("File"));
        QVERIFY(state->text().startsWith(QStringLiteral("Connected")));
        QCOMPARE(tabText(m_window.get(), "mainTabs", 0), QStringLiteral("Servers"));
        verifyNoChineseLeftovers(m_window.get());
    }

    void adminPaneRetranslatesAtRuntime()
    {
        auto *admin = m_window->findChild<QWidget *>(QStringLiteral("adminPane"));
        QVERIFY(admin);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(admin);
        QCOMPARE(tabText(admin, "adminTabs", 0), QStringLiteral("Overview"));
        switchTo("zh_CN");
        QCOMPARE(tabText(admin, "adminTabs", 0), QStringLiteral("概览"));
        QCOMPARE(tabText(admin, "adminTabs", 3), QStringLiteral("用户"));
        QCOMPARE(plain(admin->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->text()), QStringLiteral("测试连接"));
        QCOMPARE(plain(admin->findChild<QPushButton *>(QStringLiteral("rotateDataKeysButton"))->text()), QStringLiteral("轮换数据密钥"));
        QCOMPARE(admin->findChild<QLabel *>(QStringLiteral("connectionUrl"))->text(), QStringLiteral("（未设置）"));
        verifyNoEnglishLeftovers(admin);
        switchTo("en");
        QCOMPARE(admin->findChild<QLabel *>(QStringLiteral("connectionUrl"))->text(), QStringLiteral("(not set)"));
        verifyNoChineseLeftovers(admin);

        // A message already on screen (the banner's connection verdict) follows the switch too.
        auto *pane = qobject_cast<AdminPane *>(admin);
        QVERIFY(pane);
        GrafanaConnection closedPort;
        closedPort.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
        closedPort.user = QStringLiteral("admin");
        closedPort.password = QStringLiteral("secret");
        pane->setConnection(closedPort);
        QTRY_VERIFY_WITH_TIMEOUT(pane->banner()->isError() && !pane->banner()->text().isEmpty(), 10000);
        const QString english = pane->banner()->text();
        QVERIFY2(english.startsWith(QStringLiteral("Unreachable")), qPrintable(english));
        auto *result = admin->findChild<QLabel *>(QStringLiteral("connectionResult"));
        QCOMPARE(result->text(), english);
        switchTo("zh_CN");
        QVERIFY2(pane->banner()->text().startsWith(QStringLiteral("无法连接：")), qPrintable(pane->banner()->text()));
        QCOMPARE(result->text(), pane->banner()->text());
        switchTo("en");
        QCOMPARE(pane->banner()->text(), english);
    }

    void dialogsRetranslateWhileOpen()
    {
        ProfilesDialog profiles(&m_stack->profiles, &m_stack->tester, m_window.get());
        profiles.show();
        FirstRunPage firstRun;
        firstRun.setObjectName(QStringLiteral("firstRunPage"));
        firstRun.show();
        PreferencesDialog preferences(m_stack->settings, m_window.get());
        preferences.show();
        QCOMPARE(profiles.windowTitle(), QStringLiteral("Connection Profiles"));

        switchTo("zh_CN");
        QCOMPARE(profiles.windowTitle(), QStringLiteral("连接配置"));
        QCOMPARE(preferences.windowTitle(), QStringLiteral("首选项"));
        QVERIFY(firstRun.findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->text().contains(QStringLiteral("演示面板")));
        for (QWidget *w : std::initializer_list<QWidget *>{&profiles, &firstRun, &preferences})
            verifyNoEnglishLeftovers(w);

        switchTo("en");
        QCOMPARE(profiles.windowTitle(), QStringLiteral("Connection Profiles"));
        for (QWidget *w : std::initializer_list<QWidget *>{&profiles, &firstRun, &preferences})
            verifyNoChineseLeftovers(w);
    }

    void trayMenuRetranslates()
    {
        AlertCenter alerts;
        TrayController tray(m_window.get(), alerts);
        QVERIFY(tray.menu());
        QStringList english;
        for (QAction *a : tray.menu()->actions())
            english << plain(a->text());
        QVERIFY(english.contains(QStringLiteral("Refresh now")));

        switchTo("zh_CN");
        QStringList chinese;
        for (QAction *a : tray.menu()->actions()) {
            if (!a->isSeparator())
                chinese << a->text();
        }
        QVERIFY2(chinese.contains(QStringLiteral("立即刷新(&R)")), qPrintable(chinese.join(QLatin1Char('|'))));
        QVERIFY2(chinese.contains(QStringLiteral("退出(&Q)")), qPrintable(chinese.join(QLatin1Char('|'))));
        for (const QString &text : std::as_const(chinese))
            QVERIFY2(!m_sources.contains(plain(text)), qPrintable(text));

        switchTo("en");
        for (QAction *a : tray.menu()->actions())
            QVERIFY2(!hasCjk(a->text()), qPrintable(a->text()));
    }

    void qtStandardButtonsAreChinese()
    {
        switchTo("zh_CN");
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("取消"));
        QCOMPARE(plain(box.button(QDialogButtonBox::Ok)->text()), QStringLiteral("确定"));
        QCOMPARE(plain(box.button(QDialogButtonBox::Close)->text()), QStringLiteral("关闭"));
        switchTo("en");
        QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
