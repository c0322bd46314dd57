#pragma once

// The application's colour theme: System (the desktop's own style and palette, as found at start), Light or
// Dark (Fusion with a complete palette, so a desktop that offers no dark theme still gets a proper one).
// ThemeController applies the choice at once (QApplication::setStyle/setPalette send every widget a
// PaletteChange: charts, delegates and badges that read the palette follow by themselves) and follows
// Settings::Key::Theme, so Preferences only has to store the choice. Created by the GUI entry point; GUI thread.

#include <QObject>
#include <QPalette>
#include <QString>

class Settings;

namespace Theme {
enum class Choice { System, Light, Dark };
Choice parse(const QString &name); // "light" / "dark", anything else System
QString name(Choice choice);
QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette &palette); // window background darker than its text
// WCAG contrast ratio of two colours (1..21); tests keep text readable in both themes with it.
double contrast(const QColor &a, const QColor &b);
} // namespace Theme

class ThemeController : public QObject
{
    Q_OBJECT
public:
    // Remembers the desktop's style and palette (call before anything changes them), then applies the
    // stored choice and follows later changes of it.
    explicit ThemeController(Settings &settings, QObject *parent = nullptr);

    void apply(Theme::Choice choice);
    Theme::Choice current() const { return m_current; }

private:
    Settings &m_settings;
    QString m_systemStyle;
    QPalette m_systemPalette;
    Theme::Choice m_current = Theme::Choice::System;
    bool m_applied = false;
};
