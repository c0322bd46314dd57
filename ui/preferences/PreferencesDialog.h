#pragma once

// The Preferences window: language (English / 简体中文 / system), theme (system / light / dark), close to tray, start minimized, start at login,
// desktop notifications, offline grace polls and the flap window. Every change applies at once and is saved to
// Settings (language through Translations::setLanguage, start at login through Autostart), so there is nothing to
// lose with Close. Opened from the main window's menu ("Preferences…") and the tray; GUI thread.

#include <QDialog>

#include <memory>

class Autostart;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class Settings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    // Tests pass an Autostart over a temporary directory.
    PreferencesDialog(Settings &settings, std::unique_ptr<Autostart> autostart, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Whether a system tray exists (read at construction): without one the close-to-tray box is off and a note
    // says why; with one the note's row is gone entirely. Public for tests.
    void setTrayAvailable(bool available);
    // A part owned by someone else's feature (e.g. the local history's), shown below the form; takes ownership.
    void addSection(QWidget *section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void load();
    void onLanguageChosen(int index);
    void onAutostartToggled(bool on);

    Settings &m_settings;
    std::unique_ptr<Autostart> m_autostart;
    QFormLayout *m_form = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_autostartBox = nullptr;
    QCheckBox *m_notifications = nullptr;
    QSpinBox *m_gracePolls = nullptr;
    QSpinBox *m_flapWindow = nullptr;
    QLabel *m_trayNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
