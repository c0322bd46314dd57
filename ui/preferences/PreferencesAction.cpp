#include "PreferencesAction.h"

#include "PreferencesDialog.h"
#include "StandardShortcuts.h"
#include "i18n/Translations.h"

PreferencesAction::PreferencesAction(Settings &settings, QWidget *dialogParent, QObject *parent)
    : QAction(parent)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("preferencesAction"));
    // Linux themes have no Preferences binding: Ctrl+, as on macOS and in most desktop applications.
    StandardShortcuts::apply(this, QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    setMenuRole(QAction::PreferencesRole);
    connect(this, &QAction::triggered, this, &PreferencesAction::open);
    connect(&Translations::instance(), &Translations::languageChanged, this, &PreferencesAction::retranslate);
    retranslate();
}

void PreferencesAction::retranslate()
{
    setText(tr("&Preferences…"));
}

void PreferencesAction::open()
{
    if (!m_dialog) {
        m_dialog = new PreferencesDialog(m_settings, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose); // re-reads Settings and autostart on the next open
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
