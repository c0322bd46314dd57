#pragma once

// "Start at login" on Linux desktops: writes or removes an XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/farsight.desktop, https://specifications.freedesktop.org/autostart-spec/) that
// launches this executable with --minimized. An entry the user disabled in their desktop's settings
// (Hidden=true or X-GNOME-Autostart-enabled=false) counts as off. Used by PreferencesDialog; GUI thread.

#include <QCoreApplication>
#include <QString>

class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    // directory: where autostart entries live; empty = the XDG one ($XDG_CONFIG_HOME or ~/.config, + /autostart).
    explicit Autostart(const QString &directory = {}, const QString &executable = {});

    QString entryPath() const;
    bool isEnabled() const;
    // Returns false and sets *error (a translated sentence) when the entry cannot be written or removed.
    bool setEnabled(bool enabled, QString *error = nullptr);

    static QString defaultDirectory();
    QString entryContents() const; // the .desktop text written by setEnabled(true)

private:
    QString m_directory;
    QString m_executable;
};
