#include "admin/AdminOverviewPage.h"

#include "grafana/GrafanaClient.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AdminOverviewPage::AdminOverviewPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_intro(new QLabel(this)), m_urlCaption(new QLabel(this)),
      m_url(new QLabel(this)), m_userCaption(new QLabel(this)), m_user(new QLabel(this)),
      m_test(new QPushButton(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("adminOverviewPage"));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    for (QLabel *l : {m_intro, m_url, m_user, m_result}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *form = new QFormLayout;
    form->addRow(m_urlCaption, m_url);
    form->addRow(m_userCaption, m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch(1);

    GrafanaClient *client = m_context->client;
    connect(m_test, &QPushButton::clicked, client, &GrafanaClient::testConnection);
    connect(client, &GrafanaClient::connectionTested, this, &AdminOverviewPage::onTested);
    connect(client, &GrafanaClient::runningChanged, this, [this](GrafanaClient::Operation op, bool running) {
        if (op == GrafanaClient::Operation::TestConnection) {
            m_test->setEnabled(!running);
            if (running)
                m_result->setText(tr("Testing…"));
        }
    });
    retranslateUi();
    connectionChanged();
}

void AdminOverviewPage::connectionChanged()
{
    showConnection();
    m_lastTest.reset();
    m_result->clear();
}

void AdminOverviewPage::showConnection()
{
    const GrafanaConnection c = m_context->client->connection();
    m_url->setText(c.url.isEmpty() ? tr("(not set)") : c.url.toDisplayString(QUrl::RemoveUserInfo));
    m_user->setText(c.user.isEmpty() ? tr("(not set)") : c.user);
}

void AdminOverviewPage::onTested(const GrafanaConnectionTest &result)
{
    m_lastTest = result;
    m_result->setText(result.text());
}

void AdminOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminOverviewPage::retranslateUi()
{
    m_intro->setText(tr("Administer this Grafana server with a Grafana Admin (server admin) login. "
                        "Service-account tokens cannot use the Admin API."));
    m_urlCaption->setText(tr("Server:"));
    m_userCaption->setText(tr("Admin user:"));
    m_test->setText(tr("Test &connection"));
    showConnection(); // "(not set)" is translated text
    if (m_lastTest)
        m_result->setText(m_lastTest->text());
}
