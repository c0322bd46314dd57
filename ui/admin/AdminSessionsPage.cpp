#include "admin/AdminSessionsPage.h"

#include "admin/AdminConfirmer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using Op = GrafanaClient::Operation;

AdminSessionsPage::AdminSessionsPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_userCaption(new QLabel(this)), m_user(new QComboBox(this)),
      m_refresh(new QPushButton(this)), m_table(new QTableWidget(this)), m_empty(new QLabel(this)),
      m_revoke(new QPushButton(this)), m_logout(new QPushButton(this)), m_loadUsers(new QPushButton(this))
{
    setObjectName(QStringLiteral("adminSessionsPage"));
    m_user->setObjectName(QStringLiteral("sessionsUser"));
    m_refresh->setObjectName(QStringLiteral("sessionsRefresh"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_empty->setObjectName(QStringLiteral("sessionsEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_revoke->setObjectName(QStringLiteral("revokeSessionButton"));
    m_logout->setObjectName(QStringLiteral("logoutEverywhereButton"));
    m_loadUsers->setObjectName(QStringLiteral("sessionsLoadUsers"));
    m_empty->setWordWrap(true);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_userCaption);
    top->addWidget(m_user);
    top->addWidget(m_refresh);
    top->addWidget(m_loadUsers);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_revoke);
    actions->addWidget(m_logout);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);

    GrafanaClient *client = m_context->client;
    connect(m_user, &QComboBox::activated, this, &AdminSessionsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &AdminSessionsPage::reload);
    connect(m_loadUsers, &QPushButton::clicked, this, &AdminSessionsPage::loadUsersRequested);
    connect(m_revoke, &QPushButton::clicked, this, &AdminSessionsPage::revokeSelected);
    connect(m_logout, &QPushButton::clicked, this, &AdminSessionsPage::logoutEverywhere);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_revoke->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(client, &GrafanaClient::authTokensReceived, this, &AdminSessionsPage::showTokens);
    connect(client, &GrafanaClient::runningChanged, this, [this](Op op, bool running) {
        if (op == Op::AuthTokens && !running && currentUserId() != m_shownUserId && currentUserId() > 0)
            reload(); // the user changed while the previous list was loading
    });
    connect(client, &GrafanaClient::actionSucceeded, this, [this](Op op, qint64 userId) {
        const bool affectsSessions = op == Op::RevokeAuthToken || op == Op::LogoutUser || op == Op::ChangePassword;
        if (affectsSessions && userId == currentUserId())
            reload();
    });
    retranslateUi();
    m_revoke->setEnabled(false);
    m_logout->setEnabled(false);
    updatePicker();
}

void AdminSessionsPage::updatePicker()
{
    // An empty picker is disabled; say where its users come from and offer to load them.
    const bool none = m_user->count() == 0;
    m_user->setEnabled(!none);
    m_refresh->setEnabled(!none);
    m_loadUsers->setVisible(none);
    if (none) {
        m_empty->setText(tr("No users are loaded yet. Choose Load users, then pick a user here, or choose "
                            "Sessions on the Users page."));
        m_empty->setVisible(true);
    } else if (m_shownUserId <= 0) {
        m_empty->setVisible(false);
    }
}

void AdminSessionsPage::setUsers(const QList<GrafanaUser> &users)
{
    const qint64 current = currentUserId();
    m_users = users;
    m_user->clear();
    for (const GrafanaUser &u : users)
        m_user->addItem(u.displayName(), u.id);
    const int index = m_user->findData(current);
    m_user->setCurrentIndex(index >= 0 ? index : -1);
    updatePicker();
}

void AdminSessionsPage::showUser(const GrafanaUser &user)
{
    int index = m_user->findData(user.id);
    if (index < 0) {
        m_users.append(user);
        m_user->addItem(user.displayName(), user.id);
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(index);
    updatePicker();
    reload();
}

qint64 AdminSessionsPage::currentUserId() const
{
    return m_user->currentIndex() >= 0 ? m_user->currentData().toLongLong() : 0;
}

QString AdminSessionsPage::currentUserName() const
{
    return m_user->currentText();
}

void AdminSessionsPage::reload()
{
    if (const qint64 id = currentUserId(); id > 0)
        m_context->client->fetchAuthTokens(id);
}

void AdminSessionsPage::showTokens(qint64 userId, const QList<GrafanaAuthToken> &tokens)
{
    if (userId != currentUserId())
        return;
    m_shownUserId = userId;
    m_tokens = tokens;
    m_table->setRowCount(int(tokens.size()));
    const QLocale locale;
    const auto both = [](const QString &a, const QString &b) { return b.isEmpty() ? a : a + QLatin1Char(' ') + b; };
    // Before 11.3 Grafana does not say how a session signed in: "Password" would be a guess.
    const GrafanaVersion version = m_context->client->serverVersion();
    const QString noModule = GrafanaFeatures::has(GrafanaFeature::AuthTokenModule, version)
        ? tr("Password") : GrafanaFeatures::notAvailableText(version);
    for (int row = 0; row < tokens.size(); ++row) {
        const GrafanaAuthToken &t = tokens.at(row);
        const QStringList cells = {t.device, both(t.browser, t.browserVersion), both(t.os, t.osVersion), t.clientIp,
                                   locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat),
                                   locale.toString(t.seenAt.toLocalTime(), QLocale::ShortFormat),
                                   t.authModule.isEmpty() ? noModule : t.authModule};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    m_empty->setText(tokens.isEmpty() ? tr("%1 has no active sessions.").arg(currentUserName()) : QString());
    m_empty->setVisible(tokens.isEmpty());
    m_revoke->setEnabled(false);
    m_logout->setEnabled(!tokens.isEmpty());
}

void AdminSessionsPage::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tokens.size())
        return;
    const GrafanaAuthToken token = m_tokens.at(row);
    const QString question = tr("Revoke the session of %1 on %2 (%3, %4)? That browser will be signed out.")
                                 .arg(currentUserName(), token.device, token.browser, token.clientIp);
    if (m_context->confirmer->confirm(this, tr("Revoke session"), question, tr("Revoke session")))
        m_context->client->revokeAuthToken(m_shownUserId, token.id);
}

void AdminSessionsPage::logoutEverywhere()
{
    const qint64 id = currentUserId();
    if (id <= 0)
        return;
    const QString question = tr("Sign %1 out of every session on every device?").arg(currentUserName());
    if (m_context->confirmer->confirm(this, tr("Log out everywhere"), question, tr("Log out everywhere")))
        m_context->client->logoutUser(id);
}

void AdminSessionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminSessionsPage::retranslateUi()
{
    m_userCaption->setText(tr("User:"));
    m_user->setPlaceholderText(tr("Pick a user on the Users page"));
    m_refresh->setText(tr("&Refresh"));
    m_table->setHorizontalHeaderLabels(
        {tr("Device"), tr("Browser"), tr("OS"), tr("IP address"), tr("Created"), tr("Last seen"), tr("Sign-in")});
    m_revoke->setText(tr("Revo&ke session"));
    m_logout->setText(tr("&Log out everywhere"));
    m_loadUsers->setText(tr("Lo&ad users"));
    updatePicker();
    if (m_shownUserId > 0)
        showTokens(m_shownUserId, m_tokens);
}
