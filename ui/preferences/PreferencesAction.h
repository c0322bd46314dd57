#pragma once

// The "Preferences…" menu action: opens one PreferencesDialog (raised if already open) and keeps its own text
// translated. runGui() puts it in the main window's File menu; the tray may add it too. GUI thread.

#include "PreferencesDialog.h"

#include <QAction>
#include <QPointer>
class Settings;

class PreferencesAction : public QAction
{
    Q_OBJECT
public:
    PreferencesAction(Settings &settings, QWidget *dialogParent, QObject *parent = nullptr);

    PreferencesDialog *dialog() const { return m_dialog; } // null until first opened

public slots:
    void open();

private:
    void retranslate();

    Settings &m_settings;
    QPointer<QWidget> m_dialogParent;
    QPointer<PreferencesDialog> m_dialog;
};
