#include "admin/AdminPane.h"

#include "grafana/GrafanaVersion.h"

#include "admin/AdminBanner.h"
#include "admin/AdminEncryptionPage.h"
#include "admin/AdminOverviewPage.h"
#include "admin/AdminProvisioningPage.h"
#include "admin/AdminSessionsPage.h"
#include "admin/AdminSettingsPage.h"
#include "admin/AdminStatsPage.h"
#include "admin/AdminText.h"
#include "admin/AdminUsersPage.h"
#include "admin/MessageBoxConfirmer.h"
#include "grafana/GrafanaClient.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using Op = GrafanaClient::Operation;

AdminPane::AdminPane(GrafanaClient *client, QWidget *parent)
    : QWidget(parent), m_defaultConfirmer(std::make_unique<MessageBoxConfirmer>()),
      m_context{client, m_defaultConfirmer.get()}, m_banner(new AdminBanner(this)), m_tabs(new QTabWidget(this))
{
    Q_ASSERT(client);
    setObjectName(QStringLiteral("adminPane"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_overview = new AdminOverviewPage(&m_context, m_tabs);
    m_settings = new AdminSettingsPage(&m_context, m_tabs);
    m_stats = new AdminStatsPage(&m_context, m_tabs);
    m_users = new AdminUsersPage(&m_context, m_tabs);
    m_sessions = new AdminSessionsPage(&m_context, m_tabs);
    m_provisioning = new AdminProvisioningPage(&m_context, m_tabs);
    m_encryption = new AdminEncryptionPage(&m_context, m_tabs);
    for (QWidget *page : std::initializer_list<QWidget *>{m_overview, m_settings, m_stats, m_users, m_sessions,
                                                          m_provisioning, m_encryption})
        m_tabs->addTab(page, QString());
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_tabs, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildSetupPage());
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_users, &AdminUsersPage::usersListed, m_sessions, &AdminSessionsPage::setUsers);
    connect(m_sessions, &AdminSessionsPage::loadUsersRequested, m_users, &AdminUsersPage::reload);
    connect(m_users, &AdminUsersPage::sessionsRequested, this, [this](const GrafanaUser &user) {
        m_sessions->showUser(user);
        m_tabs->setCurrentWidget(m_sessions);
    });
    connect(client, &GrafanaClient::requestFailed, this, [this](Op op, qint64, const ApiError &error) {
        if (GrafanaFeatures::isNotAvailable(error)) // what this Grafana release lacks is information, not an error
            return m_banner->showInfo([op, error] { return tr("%1: %2").arg(AdminText::operationName(op), error.detail); });
        m_banner->showError([op, error] { return AdminText::errorText(op, error); }, error.kind == ApiError::Kind::Auth);
    });
    connect(client, &GrafanaClient::actionSucceeded, this, [this](Op op, qint64, const QString &message, int status) {
        m_banner->showInfo([op, message, status] {
            return message.isEmpty() ? tr("%1: done (HTTP %2).").arg(AdminText::operationName(op), QString::number(status))
                                     : tr("%1: %2").arg(AdminText::operationName(op), message);
        });
    });
    connect(client, &GrafanaClient::userCreated, this, [this](const GrafanaCreatedUser &created, const GrafanaNewUser &form) {
        const QString who = form.login.isEmpty() ? form.email : form.login;
        const qint64 id = created.id;
        // One multi-argument arg(): a login holding "%1" must stay literal.
        m_banner->showInfo([who, id] { return tr("User %1 created (id %2).").arg(who, QString::number(id)); });
    });
    connect(client, &GrafanaClient::connectionTested, this, [this](const GrafanaConnectionTest &t) {
        if (t.status == GrafanaConnectionTest::Status::Connected) {
            m_banner->clear();
            refresh();
        } else {
            m_banner->showError([t] { return t.text(); }, t.status == GrafanaConnectionTest::Status::WrongCredentials);
        }
    });
    connect(m_banner, &AdminBanner::retryRequested, this, [this] {
        m_context.client->clearAuthFailure();
        m_context.client->testConnection();
    });
    retranslateUi();
    updateSetupPage();
}

AdminPane::~AdminPane() = default;

QWidget *AdminPane::buildSetupPage()
{
    m_setupPage = new QWidget(this);
    m_setupPage->setObjectName(QStringLiteral("grafanaSetupPage"));
    m_setupTitle = new QLabel(m_setupPage);
    m_setupText = new QLabel(m_setupPage);
    m_setupText->setObjectName(QStringLiteral("grafanaSetupText"));
    m_setupButton = new QPushButton(m_setupPage);
    m_setupButton->setObjectName(QStringLiteral("grafanaSetupButton"));
    for (QLabel *label : {m_setupTitle, m_setupText}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }
    QFont big = m_setupTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_setupTitle->setFont(big);
    auto *layout = new QVBoxLayout(m_setupPage);
    layout->addStretch(1);
    layout->addWidget(m_setupTitle);
    layout->addWidget(m_setupText); // full column width so the wrapped text gets its height

    layout->addWidget(m_setupButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_setupButton, &QPushButton::clicked, this, &AdminPane::setupRequested);
    m_setupPage->installEventFilter(this); // keeps the text column readable at any width
    return m_setupPage;
}

bool AdminPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_setupPage && event->type() == QEvent::Resize) {
        const int side = qMax(12, (m_setupPage->width() - 600) / 2); // a centred column of at most ~600 px
        m_setupPage->layout()->setContentsMargins(side, 12, side, 12);
    }
    return QWidget::eventFilter(watched, event);
}

void AdminPane::setSetupAvailable(bool available)
{
    m_setupAvailable = available;
    updateSetupPage();
}

bool AdminPane::showsSetup() const
{
    return m_stack->currentWidget() == m_setupPage;
}

void AdminPane::updateSetupPage()
{
    const bool setup = !m_context.client->connection().isComplete();
    m_stack->setCurrentIndex(setup ? 0 : 1);
    m_setupButton->setVisible(m_setupAvailable);
    m_setupTitle->setText(tr("No Grafana server is set up"));
    m_setupText->setText(m_setupAvailable
                             ? tr("Enter the Grafana URL and a server admin's user name and password in the "
                                  "connection profile to manage its users, sessions and settings here.")
                             : tr("This session was started from the command line and has no connection profile. "
                                  "Add a profile with a Grafana URL (File > Connection Profiles) to manage Grafana "
                                  "here."));
    m_setupButton->setText(tr("Set &up Grafana…"));
}

void AdminPane::setConnection(const GrafanaConnection &connection)
{
    GrafanaClient *client = m_context.client;
    const bool changed = client->connection() != connection;
    client->setConnection(connection); // keeps a 401 for credentials Grafana already refused
    if (changed) {
        m_overview->connectionChanged();
        m_banner->clear();
    }
    updateSetupPage();
    if (!connection.isComplete())
        return;
    if (client->authFailed()) {
        // A reconnect must not send a refused password again: only "Try again" (an explicit decision) does.
        m_banner->showError([] { return tr("Grafana rejected this user name and password before, so they are not "
                                           "sent again: Grafana locks an account after 5 failed sign-ins. Correct "
                                           "the password in the profile, or choose Try again."); },
                            true);
        return;
    }
    if (!client->isRunning(GrafanaClient::Operation::TestConnection)) // a new connection stopped the old test
        client->testConnection(); // loads the pages once it is known to be a server admin
}

void AdminPane::setConfirmer(AdminConfirmer *confirmer)
{
    m_context.confirmer = confirmer ? confirmer : m_defaultConfirmer.get();
}

void AdminPane::refresh()
{
    m_settings->reload();
    m_stats->reload();
    m_users->reload();
}

void AdminPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminPane::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("&Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_settings), tr("S&ettings"));
    m_tabs->setTabText(m_tabs->indexOf(m_stats), tr("Sta&ts"));
    m_tabs->setTabText(m_tabs->indexOf(m_users), tr("&Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_sessions), tr("Sess&ions"));
    m_tabs->setTabText(m_tabs->indexOf(m_provisioning), tr("&Provisioning"));
    m_tabs->setTabText(m_tabs->indexOf(m_encryption), tr("E&ncryption"));
    updateSetupPage();
}
