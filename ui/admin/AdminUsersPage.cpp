#include "admin/AdminUsersPage.h"

#include "Format.h"

#include "admin/AdminConfirmer.h"
#include "admin/AdminText.h"
#include "admin/ChangePasswordDialog.h"
#include "admin/CreateUserDialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using Op = GrafanaClient::Operation;

AdminUsersPage::AdminUsersPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_query(new QLineEdit(this)), m_search(new QPushButton(this)),
      m_table(new QTableWidget(this)), m_prev(new QPushButton(this)), m_next(new QPushButton(this)),
      m_pageLabel(new QLabel(this)), m_perPage(new QSpinBox(this)), m_create(new QPushButton(this)),
      m_password(new QPushButton(this)), m_admin(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_sessions(new QPushButton(this))
{
    setObjectName(QStringLiteral("adminUsersPage"));
    m_query->setObjectName(QStringLiteral("userSearch"));
    m_query->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("userSearchButton"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_prev->setObjectName(QStringLiteral("usersPrevPage"));
    m_next->setObjectName(QStringLiteral("usersNextPage"));
    m_pageLabel->setObjectName(QStringLiteral("usersPageLabel"));
    m_perPage->setObjectName(QStringLiteral("usersPerPage"));
    m_perPage->setRange(5, 1000);
    m_perPage->setValue(50);
    m_create->setObjectName(QStringLiteral("createUserButton"));
    m_password->setObjectName(QStringLiteral("changePasswordButton"));
    m_admin->setObjectName(QStringLiteral("toggleAdminButton"));
    m_delete->setObjectName(QStringLiteral("deleteUserButton"));
    m_sessions->setObjectName(QStringLiteral("showSessionsButton"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_search);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_prev);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addStretch(1);
    pager->addWidget(m_perPage);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_password, m_admin, m_sessions, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(pager);
    layout->addLayout(actions);

    GrafanaClient *client = m_context->client;
    connect(m_search, &QPushButton::clicked, this, [this] {
        m_currentPage = 1;
        reload();
    });
    connect(m_query, &QLineEdit::returnPressed, m_search, &QPushButton::click);
    connect(m_prev, &QPushButton::clicked, this, [this] {
        m_currentPage = qMax(1, m_currentPage - 1);
        reload();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_currentPage < std::numeric_limits<int>::max())
            ++m_currentPage;
        reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdminUsersPage::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &AdminUsersPage::openCreateDialog);
    connect(m_password, &QPushButton::clicked, this, &AdminUsersPage::openPasswordDialog);
    connect(m_admin, &QPushButton::clicked, this, &AdminUsersPage::toggleAdmin);
    connect(m_delete, &QPushButton::clicked, this, &AdminUsersPage::deleteSelected);
    connect(m_sessions, &QPushButton::clicked, this, [this] {
        if (const auto user = selectedUser())
            emit sessionsRequested(*user);
    });
    connect(client, &GrafanaClient::usersReceived, this, &AdminUsersPage::showPage);
    connect(client, &GrafanaClient::actionSucceeded, this, &AdminUsersPage::onSucceeded);
    connect(client, &GrafanaClient::requestFailed, this, &AdminUsersPage::onFailed);
    connect(client, &GrafanaClient::userCreated, this, [this](const GrafanaCreatedUser &) {
        if (m_createDialog)
            m_createDialog->accept();
        reload();
    });
    connect(client, &GrafanaClient::runningChanged, this, [this](Op op, bool running) {
        if (op == Op::SearchUsers)
            m_search->setEnabled(!running);
    });
    retranslateUi();
    updateButtons();
}

void AdminUsersPage::reload()
{
    m_context->client->searchUsers(m_query->text().trimmed(), m_currentPage, m_perPage->value());
}

// Pages for `total` users: at least 1, at most INT_MAX, without the overflow of (total + perPage - 1).
int AdminUsersPage::pageCount(qint64 total, int perPage)
{
    if (perPage <= 0 || total <= 0)
        return 1;
    const qint64 pages = total / perPage + (total % perPage != 0 ? 1 : 0);
    return int(std::min<qint64>(pages, std::numeric_limits<int>::max()));
}

namespace {
// Date and time to the second in the UI language (QLocale's short format has no seconds, its long one
// adds a time zone name).
QString secondsText(const QDateTime &when)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::LongFormat);
    time.remove(QLatin1Char('t'));
    return locale.toString(when.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time.trimmed());
}
} // namespace

void AdminUsersPage::showPage(const GrafanaUserPage &page)
{
    const std::optional<GrafanaUser> previous = selectedUser();
    m_page = page;
    m_currentPage = page.page;
    m_table->setRowCount(int(page.users.size()));
    for (int row = 0; row < page.users.size(); ++row) {
        const GrafanaUser &u = page.users.at(row);
        // Grafana's own lastSeenAtAge is English ("3 minutes"); the age is rendered in the UI language instead.
        // Grafana dates a user who never signed in 10 years back ("10 years").
        // The cell is the time to the second, not an age: the table is not refreshed every second, so "5 min
        // ago" would go wrong while the page stays open, and a timestamp compares across rows at a glance.
        // The age as of loading is in the tooltip.
        const qint64 age = u.lastSeenAt.isValid() ? qMax<qint64>(0, u.lastSeenAt.secsTo(QDateTime::currentDateTimeUtc())) : -1;
        const bool never = age >= qint64(9) * 365 * 86400;
        const QString lastSeen = age < 0 ? QString() : never ? tr("Never", "user never signed in") : secondsText(u.lastSeenAt);
        const QStringList cells = {u.login, u.name, u.email, u.isGrafanaAdmin ? tr("Yes") : QString(), lastSeen};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 4 && age >= 0 && !never)
                //: tooltip of a "Last seen" cell: %1 = "4 min 12 s ago" (as of loading the list)
                item->setToolTip(tr("%1 (when the list was loaded)").arg(Format::ago(age)));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (previous)
        selectUser(previous->id);
    const int pages = pageCount(page.totalCount, page.perPage);
    const int users = int(std::clamp<qint64>(page.totalCount, 0, std::numeric_limits<int>::max()));
    m_pageLabel->setText(tr("Page %1 of %2 (%n user(s))", nullptr, users)
                             .arg(QLocale().toString(m_currentPage), QLocale().toString(pages)));
    m_prev->setEnabled(m_currentPage > 1);
    m_next->setEnabled(m_currentPage < pages);
    updateButtons();
    emit usersListed(page.users);
}

std::optional<GrafanaUser> AdminUsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_page.users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_page.users.at(row);
}

void AdminUsersPage::selectUser(qint64 userId)
{
    for (int row = 0; row < m_page.users.size(); ++row) {
        if (m_page.users.at(row).id == userId)
            m_table->selectRow(row);
    }
}

void AdminUsersPage::updateButtons()
{
    const auto user = selectedUser();
    for (QPushButton *b : {m_password, m_admin, m_delete, m_sessions})
        b->setEnabled(user.has_value());
    m_admin->setText(user && user->isGrafanaAdmin ? tr("Revoke Grafana A&dmin") : tr("Grant Grafana A&dmin"));
}

void AdminUsersPage::openCreateDialog()
{
    if (!m_createDialog) {
        m_createDialog = new CreateUserDialog(this);
        m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_createDialog, &CreateUserDialog::submitted, m_context->client, &GrafanaClient::createUser);
    }
    m_createDialog->open();
}

void AdminUsersPage::openPasswordDialog()
{
    const auto user = selectedUser();
    if (!user)
        return;
    delete m_passwordDialog;
    m_passwordDialog = new ChangePasswordDialog(user->displayName(), this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->setProperty("userId", user->id);
    const qint64 id = user->id;
    connect(m_passwordDialog, &ChangePasswordDialog::submitted, this,
            [this, id](const QString &password) { m_context->client->changePassword(id, password); });
    m_passwordDialog->open();
}

void AdminUsersPage::toggleAdmin()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const bool grant = !user->isGrafanaAdmin;
    const QString question = grant
        ? tr("Make %1 a Grafana Admin? They will be able to administer the whole server, every organization "
             "and every user.").arg(user->displayName())
        : tr("Remove Grafana Admin from %1? They keep their organization roles.").arg(user->displayName());
    if (m_context->confirmer->confirm(this, tr("Grafana Admin"), question,
                                      grant ? tr("Grant Grafana Admin") : tr("Revoke Grafana Admin")))
        m_context->client->setGrafanaAdmin(user->id, grant);
}

void AdminUsersPage::deleteSelected()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const QString question = tr("Delete the user %1? Their sessions, stars, preferences and memberships are "
                                "removed. This cannot be undone.").arg(user->displayName());
    if (m_context->confirmer->confirm(this, tr("Delete user"), question, tr("Delete user")))
        m_context->client->deleteUser(user->id);
}

void AdminUsersPage::onSucceeded(Op op, qint64 userId, const QString &)
{
    if (op == Op::ChangePassword && m_passwordDialog && m_passwordDialog->property("userId").toLongLong() == userId)
        m_passwordDialog->accept();
    if (op == Op::SetGrafanaAdmin || op == Op::DeleteUser)
        reload();
}

void AdminUsersPage::onFailed(Op op, qint64, const ApiError &error)
{
    // The dialogs keep what was typed and show the server's answer next to it.
    if (op == Op::CreateUser && m_createDialog)
        m_createDialog->showServerError(AdminText::errorText(op, error));
    if (op == Op::ChangePassword && m_passwordDialog)
        m_passwordDialog->showServerError(AdminText::errorText(op, error));
}

void AdminUsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminUsersPage::retranslateUi()
{
    m_query->setPlaceholderText(tr("Search by login, email or name"));
    m_search->setText(tr("Se&arch"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Email"), tr("Grafana Admin"), tr("Last seen")});
    m_prev->setText(tr("P&revious"));
    m_next->setText(tr("Ne&xt"));
    m_perPage->setSuffix(tr(" per page"));
    m_create->setText(tr("&Create user…"));
    m_password->setText(tr("Change pass&word…"));
    m_delete->setText(tr("De&lete user"));
    m_sessions->setText(tr("&Browser sessions…"));
    if (!m_page.users.isEmpty() || m_page.totalCount > 0)
        showPage(m_page);
    else
        m_pageLabel->clear();
    updateButtons();
}
