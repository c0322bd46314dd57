#include "cli/GuiLaunch.h"

namespace {

// QGuiApplication / QApplication / the xcb plugin options that take a value, and those that do not (Qt 6.4).
const QStringList valueOptions = {QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                  QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                  QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
                                  QStringLiteral("qwindowicon"),     QStringLiteral("icon"),
                                  QStringLiteral("qwindowtitle"),    QStringLiteral("title"),
                                  QStringLiteral("display"),         QStringLiteral("name"),
                                  QStringLiteral("style"),           QStringLiteral("stylesheet"),
                                  QStringLiteral("session")};
const QStringList flagOptions = {QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                 QStringLiteral("dograb"), QStringLiteral("sync")};

// "-platform" or "--platform" -> "platform"; "-style=fusion" -> "style" with *value "fusion". Else empty.
QString qtOptionName(const QString &arg, QString *value, bool *hasInlineValue)
{
    if (!arg.startsWith(QLatin1Char('-')))
        return {};
    QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    *hasInlineValue = false;
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    if (equals > 0) {
        *value = name.mid(equals + 1);
        *hasInlineValue = true;
        name.truncate(equals);
    }
    if (valueOptions.contains(name) || (!*hasInlineValue && flagOptions.contains(name)))
        return name;
    return {};
}

// The value of Qt's option `wanted` in args (the last one wins, as in Qt), or empty.
QString qtOptionValue(const QStringList &args, const QString &wanted)
{
    QString result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        bool inlineValue = false;
        const QString name = qtOptionName(args.at(i), &value, &inlineValue);
        if (name.isEmpty() || !valueOptions.contains(name))
            continue;
        if (!inlineValue)
            value = args.value(++i);
        if (name == wanted)
            result = value;
    }
    return result;
}

} // namespace

namespace GuiLaunch {

QStringList withoutQtArguments(const QStringList &args)
{
    QStringList result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        bool inlineValue = false;
        const QString name = qtOptionName(args.at(i), &value, &inlineValue);
        if (name.isEmpty())
            result << args.at(i);
        else if (valueOptions.contains(name) && !inlineValue)
            ++i; // skip its value too
    }
    return result;
}

bool canOpenWindow(const QStringList &args, const QProcessEnvironment &env)
{
    QString platform = qtOptionValue(args, QStringLiteral("platform"));
    if (platform.isEmpty())
        platform = env.value(QStringLiteral("QT_QPA_PLATFORM"));
    const bool x11 =
        !env.value(QStringLiteral("DISPLAY")).isEmpty() || !qtOptionValue(args, QStringLiteral("display")).isEmpty();
    const bool wayland = !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
    if (platform.trimmed().isEmpty())
        return x11 || wayland;
    // Qt 6 takes a ';'-separated list of platforms to try, each with ':'-separated plugin options.
    for (const QString &entry : platform.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name != QLatin1String("xcb") || x11)
            return true; // headless (offscreen, minimal, vnc, eglfs, ...) or a choice the user made
    }
    return false;
}

} // namespace GuiLaunch
