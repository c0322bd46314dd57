#pragma once

// Form for POST /api/admin/users: name, email, login, password, optional organization id. Checks the
// input (GrafanaValidation) before emitting submitted(); stays open while the request runs and after a
// server error (shown inline, everything typed kept); AdminUsersPage closes it on success. GUI thread.

#include "grafana/GrafanaTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(QWidget *parent = nullptr);
    GrafanaNewUser form() const;
    void setBusy(bool busy);
    void showServerError(const QString &text);

signals:
    void submitted(const GrafanaNewUser &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trySubmit();

    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QSpinBox *m_orgId;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_captions;
};
