#include "admin/CreateUserDialog.h"

#include "grafana/GrafanaValidation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CreateUserDialog::CreateUserDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_orgId(new QSpinBox(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createUserDialog"));
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_email->setObjectName(QStringLiteral("newUserEmail"));
    m_login->setObjectName(QStringLiteral("newUserLogin"));
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_orgId->setObjectName(QStringLiteral("newUserOrgId"));
    m_orgId->setRange(0, 1000000);
    m_error->setObjectName(QStringLiteral("createUserError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createUserSubmit"));

    auto *form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_email, m_login, m_password, m_orgId}) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_captions.append(caption);
        form->addRow(caption, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

GrafanaNewUser CreateUserDialog::form() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), m_login->text().trimmed(), m_password->text(),
            m_orgId->value()};
}

void CreateUserDialog::trySubmit()
{
    const GrafanaNewUser user = form();
    const QList<GrafanaFieldProblem> problems = GrafanaValidation::checkNewUser(user);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const GrafanaFieldProblem &p : problems)
            lines.append(p.message);
        showServerError(lines.join(QLatin1Char('\n')));
        using F = GrafanaFieldProblem::Field;
        const F first = problems.first().field;
        (first == F::Email ? m_email : first == F::Password ? m_password : first == F::Name ? m_name : m_login)
            ->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(user);
}

void CreateUserDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_email, m_login, m_password, m_orgId})
        w->setEnabled(!busy);
}

void CreateUserDialog::showServerError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
}

void CreateUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateUserDialog::retranslateUi()
{
    setWindowTitle(tr("Create user"));
    m_intro->setText(tr("The user can sign in with the login or the email address. To make them a Grafana "
                        "Admin, grant it after creating."));
    const QStringList captions = {tr("&Name:"), tr("&Email:"), tr("&Login:"), tr("&Password:"),
                                  tr("&Organization id:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_orgId->setSpecialValueText(tr("default", "organization"));
    m_orgId->setToolTip(tr("Only used when the server assigns new users to an existing organization."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
}
