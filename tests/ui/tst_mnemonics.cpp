// Alt-key mnemonics, per language: in every window and dialog (the main window with its menus, both main tabs and
// every inner tab of the Grafana admin pane, the first-run page, Connection Profiles, Preferences, Notification
// History, Create User, Change Password) no two visible widgets (buttons, check boxes, buddied labels, group box
// titles, tab titles, menu bar titles) share an Alt letter, no two actions of one menu share one, and a label that
// hands focus to a buddy names its letter. Run in English and in 简体中文 (current catalogue).

#include "GuiTestStack.h"
#include "MainWindow.h"
#include "NotificationHistoryModel.h"
#include "admin/AdminBanner.h"
#include "admin/ChangePasswordDialog.h"
#include "admin/CreateUserDialog.h"
#include "i18n/Translations.h"
#include "preferences/PreferencesAction.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/FirstRunPage.h"
#include "profiles/ProfilesDialog.h"
#include "tray/NotificationHistoryDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

namespace {

QString describe(const QObject *o, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), text);
}

// key -> who uses it; one entry per key in `problems` when two or more share it.
using Owners = QMultiMap<QKeySequence, QString>;

void reportClashes(const Owners &owners, const QString &where, QStringList &problems)
{
    for (const QKeySequence &key : owners.uniqueKeys()) {
        const QStringList who = owners.values(key);
        if (who.size() > 1)
            problems << QStringLiteral("%1: %2 shared by %3").arg(where, key.toString(), who.join(QStringLiteral(", ")));
    }
}

// The Grafana admin pane gives every button and tab a letter (issue 11).
bool mustHaveMnemonic(const QWidget *w, const QString &text)
{
    if (text.isEmpty() || !QKeySequence::mnemonic(text).isEmpty())
        return false;
    for (const QObject *o = w; o; o = o->parent())
        if (o->objectName() == QLatin1String("adminPane"))
            return true;
    return false;
}

void add(Owners &owners, const QObject *o, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners.insert(key, describe(o, text));
}

void checkMenu(const QMenu *menu, const QString &where, QStringList &problems)
{
    Owners owners;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        add(owners, a, a->text());
        if (a->menu())
            checkMenu(a->menu(), where + QStringLiteral(" > ") + a->text(), problems);
    }
    reportClashes(owners, where, problems);
}

// Every mnemonic reachable in `window` as it stands now.
QStringList windowProblems(QWidget *window)
{
    QStringList problems;
    Owners owners;
    const QString where = window->objectName();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(owners, button, button->text());
            if (mustHaveMnemonic(button, button->text()))
                problems << QStringLiteral("%1: %2 has no mnemonic").arg(where, describe(button, button->text()));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(owners, box, box->title());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            QWidget *buddy = label->buddy();
            if (!buddy || buddy->focusPolicy() == Qt::NoFocus || !buddy->isVisibleTo(window))
                continue; // a caption for a value, not a way to reach a field
            if (QKeySequence::mnemonic(label->text()).isEmpty())
                problems << QStringLiteral("%1: %2 has a buddy but no mnemonic").arg(where, describe(label, label->text()));
            add(owners, label, label->text());
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i)) {
                    add(owners, bar, bar->tabText(i));
                    if (mustHaveMnemonic(bar, bar->tabText(i)))
                        problems << QStringLiteral("%1: tab %2 has no mnemonic").arg(where, bar->tabText(i));
                }
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (!a->isVisible())
                continue;
            add(owners, main->menuBar(), a->text());
            if (a->menu())
                checkMenu(a->menu(), where + QStringLiteral(" > ") + a->text(), problems);
        }
    }
    reportClashes(owners, where, problems);
    return problems;
}

// Walks every combination of current tabs (main tabs x admin tabs ...) and checks each.
void walkTabs(QWidget *window, const QList<QTabWidget *> &tabs, int depth, QStringList &problems)
{
    if (depth == tabs.size()) {
        for (const QString &p : windowProblems(window))
            if (!problems.contains(p))
                problems << p;
        return;
    }
    QTabWidget *t = tabs.at(depth);
    const int before = t->currentIndex();
    for (int i = 0; i < t->count(); ++i) {
        t->setCurrentIndex(i);
        walkTabs(window, tabs, depth + 1, problems);
    }
    t->setCurrentIndex(before);
}

QStringList allProblems(QWidget *window)
{
    window->show();
    QStringList problems;
    walkTabs(window, window->findChildren<QTabWidget *>(), 0, problems);
    return problems;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
private:
    void check(QWidget *window)
    {
        const QStringList problems = allProblems(window);
        const QString shots = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR"); // for looking at, not checked
        if (!shots.isEmpty())
            window->grab().save(QStringLiteral("%1/mnemonics-%2.png").arg(shots, QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::instance().setLanguage(QStringLiteral("en")); }

    void windows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("window");
        for (const char *language : {"en", "zh_CN"})
            for (const char *window : {"main", "mainFirstRun", "mainAdminBanner", "profiles", "profilesV0", "preferences",
                                       "notificationHistory", "firstRun", "createUser", "changePassword"})
                QTest::addRow("%s %s", language, window) << QString::fromLatin1(language) << QString::fromLatin1(window);
    }

    void windows()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        QVERIFY(Translations::instance().setLanguage(language) || language == QLatin1String("en"));
        GuiTestStack stack;
        if (window.startsWith(QLatin1String("main"))) {
            MainWindow main(stack.services());
            main.setObjectName(window);
            PreferencesAction preferences(stack.settings, &main); // inserted as GuiMain does
            main.fileMenu()->insertAction(main.fileMenu()->actions().constLast(), &preferences);
            if (window == QLatin1String("mainFirstRun")) {
                main.connectActiveProfile(); // no profile: the first-run page
                QVERIFY(main.showingFirstRun());
            } else {
                main.openAdHoc(stack.demoConnection(), QStringLiteral("Demo"));
            }
            if (window == QLatin1String("mainAdminBanner"))
                main.findChild<AdminBanner *>()->showError(QStringLiteral("refused"), true);
            check(&main);
        } else if (window.startsWith(QLatin1String("profiles"))) {
            ProfilesDialog dialog(&stack.profiles, &stack.tester);
            if (window == QLatin1String("profilesV0"))
                dialog.findChild<QComboBox *>(QStringLiteral("dashboardApi"))->setCurrentIndex(1);
            check(&dialog);
        } else if (window == QLatin1String("preferences")) {
            PreferencesDialog dialog(stack.settings);
            check(&dialog);
        } else if (window == QLatin1String("notificationHistory")) {
            NotificationHistoryModel model;
            NotificationHistoryDialog dialog(&model);
            check(&dialog);
        } else if (window == QLatin1String("firstRun")) {
            FirstRunPage page;
            page.setObjectName(window);
            check(&page);
        } else if (window == QLatin1String("createUser")) {
            CreateUserDialog dialog;
            dialog.setObjectName(window);
            check(&dialog);
        } else {
            ChangePasswordDialog dialog(QStringLiteral("alice"));
            dialog.setObjectName(window);
            check(&dialog);
        }
    }

    // The checker itself: it must see a clash between a label and a menu title, and a buddy without a letter.
    void checkerFindsClashes()
    {
        QMainWindow main;
        main.setObjectName(QStringLiteral("probe"));
        main.menuBar()->addMenu(QStringLiteral("&Help"));
        auto *central = new QWidget(&main);
        auto *label = new QLabel(QStringLiteral("S&how:"), central);
        auto *field = new QLineEdit(central);
        field->move(0, 30);
        label->setBuddy(field);
        auto *bare = new QLabel(QStringLiteral("Name:"), central);
        bare->move(0, 60);
        bare->setBuddy(new QLineEdit(central));
        main.setCentralWidget(central);
        const QStringList problems = allProblems(&main);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("Alt+H")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("no mnemonic")));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
