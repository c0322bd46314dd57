#pragma once

// AdminConfirmer shown as a warning QMessageBox whose default button is Cancel. GUI thread.

#include "admin/AdminConfirmer.h"

class MessageBoxConfirmer : public AdminConfirmer
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &action) override;
};
