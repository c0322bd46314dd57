#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

Translations &Translations::instance()
{
    static Translations translations;
    return translations;
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::languageName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Translations::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    const QLocale system;
    // Any Chinese locale reads Simplified Chinese better than English; everything else gets English.
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::setLanguage(const QString &requested)
{
    const QString code = resolve(requested);
    if (!availableLanguages().contains(code))
        return false;
    if (m_installed && code == m_language)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }
    m_language = code;
    m_locale = QLocale(code);
    QLocale::setDefault(m_locale);
    if (m_app.load(QStringLiteral(":/i18n/farsight_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&m_app);
    if (code != QLatin1String("en")
        && m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_installed = true;
    emit languageChanged(code);
    return true;
}
