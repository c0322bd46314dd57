// GuiLaunch (app/cli): whether Qt will find a display, decided from the environment and Qt's own -platform and
// -display arguments before any QApplication exists; and which arguments are Qt's (the command-line parser must
// not report them as unknown).

#include "cli/GuiLaunch.h"

#include <QTest>

class TestGuiLaunch : public QObject
{
    Q_OBJECT
private slots:
    void canOpenWindow_data();
    void canOpenWindow();
    void withoutQtArguments_data();
    void withoutQtArguments();
};

void TestGuiLaunch::canOpenWindow_data()
{
    QTest::addColumn<QStringList>("env"); // NAME=value
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("expected");
    const QStringList none;
    QTest::newRow("nothing set") << none << none << false;
    QTest::newRow("X11 session") << QStringList{QStringLiteral("DISPLAY=:0")} << none << true;
    QTest::newRow("Wayland session") << QStringList{QStringLiteral("WAYLAND_DISPLAY=wayland-0")} << none << true;
    QTest::newRow("empty DISPLAY") << QStringList{QStringLiteral("DISPLAY=")} << none << false;
    QTest::newRow("offscreen") << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")} << none << true;
    QTest::newRow("offscreen with plugin options")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen:enable_fonts")} << none << true;
    QTest::newRow("minimal") << QStringList{QStringLiteral("QT_QPA_PLATFORM=minimal")} << none << true;
    QTest::newRow("vnc") << QStringList{QStringLiteral("QT_QPA_PLATFORM=vnc:size=800x600")} << none << true;
    QTest::newRow("xcb without DISPLAY") << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb")} << none << false;
    QTest::newRow("xcb without DISPLAY in a Wayland session")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("WAYLAND_DISPLAY=wayland-0")} << none
        << false;
    QTest::newRow("xcb with DISPLAY") << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb"),
                                                     QStringLiteral("DISPLAY=:1")}
                                      << none << true;
    QTest::newRow("fallback list reaching offscreen")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb;offscreen")} << none << true;
    QTest::newRow("-platform offscreen") << none
                                         << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")}
                                         << true;
    QTest::newRow("--platform beats the environment")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")}
        << QStringList{QStringLiteral("--platform"), QStringLiteral("xcb")} << false;
    QTest::newRow("-display names the X server")
        << none << QStringList{QStringLiteral("-display"), QStringLiteral(":2")} << true;
}

void TestGuiLaunch::canOpenWindow()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(bool, expected);
    QProcessEnvironment environment;
    for (const QString &entry : env)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    QCOMPARE(GuiLaunch::canOpenWindow(args, environment), expected);
}

void TestGuiLaunch::withoutQtArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none of Qt's") << QStringList{QStringLiteral("servers"), QStringLiteral("--url"),
                                                 QStringLiteral("u")}
                                  << QStringList{QStringLiteral("servers"), QStringLiteral("--url"),
                                                 QStringLiteral("u")};
    QTest::newRow("platform with its value")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--demo")}
        << QStringList{QStringLiteral("--demo")};
    QTest::newRow("double dash and inline value")
        << QStringList{QStringLiteral("--style=fusion"), QStringLiteral("--reverse"), QStringLiteral("--minimized")}
        << QStringList{QStringLiteral("--minimized")};
    QTest::newRow("a command word is kept")
        << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("sevrers")}
        << QStringList{QStringLiteral("sevrers")};
    QTest::newRow("unknown options are kept") << QStringList{QStringLiteral("--bogus"), QStringLiteral("-x")}
                                              << QStringList{QStringLiteral("--bogus"), QStringLiteral("-x")};
}

void TestGuiLaunch::withoutQtArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QCOMPARE(GuiLaunch::withoutQtArguments(args), expected);
}

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_gui_launch.moc"
