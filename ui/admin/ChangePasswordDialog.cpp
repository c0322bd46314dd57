#include "admin/ChangePasswordDialog.h"

#include "grafana/GrafanaValidation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(const QString &userName, QWidget *parent)
    : QDialog(parent), m_userName(userName), m_intro(new QLabel(this)), m_passwordCaption(new QLabel(this)),
      m_repeatCaption(new QLabel(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordSubmit"));
    auto *form = new QFormLayout;
    form->addRow(m_passwordCaption, m_password);
    form->addRow(m_repeatCaption, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void ChangePasswordDialog::trySubmit()
{
    QString problem = GrafanaValidation::checkPassword(m_password->text());
    if (problem.isEmpty() && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    if (!problem.isEmpty()) {
        showServerError(problem);
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(m_password->text());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
}

void ChangePasswordDialog::showServerError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(tr("New password for %1. Grafana signs this user out of every session when the password "
                        "changes.").arg(m_userName));
    m_passwordCaption->setText(tr("&New password:"));
    m_repeatCaption->setText(tr("&Repeat:"));
    m_passwordCaption->setBuddy(m_password);
    m_repeatCaption->setBuddy(m_repeat);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
}
