#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {
// Desktop Entry spec: an Exec argument with reserved characters is double-quoted, and inside the quotes
// `"`, `` ` ``, `$` and `\` are backslash-escaped.
QString quoteExecArg(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); }))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('`'), QLatin1String("\\`"))
        .replace(QLatin1Char('$'), QLatin1String("\\$"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

Autostart::Autostart(const QString &directory, const QString &executable)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_executable(executable.isEmpty() ? QCoreApplication::applicationFilePath() : executable)
{
}

QString Autostart::defaultDirectory()
{
    // GenericConfigLocation honours $XDG_CONFIG_HOME (and the test-mode location under QStandardPaths tests).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart");
}

QString Autostart::entryPath() const
{
    return m_directory + QStringLiteral("/farsight.desktop");
}

QString Autostart::entryContents() const
{
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=Farsight\n");
    text += QStringLiteral("Comment=") + tr("Watch a Nezha fleet from the system tray") + QLatin1Char('\n');
    text += QStringLiteral("Exec=") + quoteExecArg(m_executable) + QStringLiteral(" --minimized\n");
    text += QStringLiteral("Icon=" FARSIGHT_APP_ID "\n"); // the installed hicolor icon
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("Categories=Network;Monitor;\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text;
}

bool Autostart::isEnabled() const
{
    if (!QFileInfo::exists(entryPath()))
        return false;
    const QSettings entry(entryPath(), QSettings::IniFormat);
    if (entry.value(QStringLiteral("Desktop Entry/Hidden")).toString() == QLatin1String("true"))
        return false;
    return entry.value(QStringLiteral("Desktop Entry/X-GNOME-Autostart-enabled"), QStringLiteral("true")).toString()
        != QLatin1String("false");
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = tr("Could not remove the autostart entry %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(entryContents().toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not write the autostart entry %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
