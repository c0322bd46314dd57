#pragma once

// Form for PUT /api/admin/users/:id/password: new password twice, checked locally (Grafana answers a
// too-short password with a 500). Stays open on a server error, keeping the input; AdminUsersPage closes
// it on success. GUI thread.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const QString &userName, QWidget *parent = nullptr);
    void setBusy(bool busy);
    void showServerError(const QString &text);

signals:
    void submitted(const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trySubmit();

    QString m_userName;
    QLabel *m_intro;
    QLabel *m_passwordCaption;
    QLabel *m_repeatCaption;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
