#pragma once

// The seam through which the admin pane asks before a destructive or server-wide action. The pane holds
// one; production uses MessageBoxConfirmer, GUI tests install a fake that answers and records questions.
// GUI thread.

#include <QString>

class QWidget;

class AdminConfirmer
{
public:
    virtual ~AdminConfirmer() = default;
    // `question` names the user or the effect; `action` is the label of the accepting button.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &action) = 0;
};
