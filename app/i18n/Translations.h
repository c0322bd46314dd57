#pragma once

// Owns the application's translators (Farsight's own .qm from :/i18n and Qt's qtbase catalogue) and the
// chosen language. Called by the GUI and command-line entry points at start-up and by the settings UI at
// runtime; lives on the GUI/main thread. Installing a translator makes Qt send LanguageChange to every
// widget, which retranslates itself; non-widget listeners (models) follow languageChanged().

#include <QLocale>
#include <QObject>
#include <QTranslator>

class Translations : public QObject
{
    Q_OBJECT
public:
    static Translations &instance();

    // "en", "zh_CN", or empty for the system locale. Returns false for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; } // the effective code, never empty
    QLocale locale() const { return m_locale; }
    static QStringList availableLanguages();       // {"en", "zh_CN"}
    static QString languageName(const QString &code); // endonym: "English", "简体中文"
    static QString resolve(const QString &code);      // "" -> best match for the system locale

signals:
    void languageChanged(const QString &code);

private:
    Translations() = default;
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    QLocale m_locale;
    bool m_installed = false;
};
