#pragma once

// Users page: the paged, searchable user list (GET /api/users/search) and the user operations: create
// (CreateUserDialog), change password (ChangePasswordDialog), grant/revoke Grafana Admin, delete, and
// "Sessions" which hands the user to the Sessions page. Destructive actions ask through AdminConfirmer.
// Owned by AdminPane; GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaClient.h"

#include <QPointer>
#include <QWidget>

class ChangePasswordDialog;
class CreateUserDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class AdminUsersPage : public QWidget
{
    Q_OBJECT
public:
    AdminUsersPage(AdminContext *context, QWidget *parent = nullptr);
    void reload();
    QList<GrafanaUser> users() const { return m_page.users; }
    std::optional<GrafanaUser> selectedUser() const;
    void selectUser(qint64 userId);

signals:
    void sessionsRequested(const GrafanaUser &user);
    void usersListed(const QList<GrafanaUser> &users);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPage(const GrafanaUserPage &page);
    static int pageCount(qint64 total, int perPage);
    void updateButtons();
    void openCreateDialog();
    void openPasswordDialog();
    void toggleAdmin();
    void deleteSelected();
    void onSucceeded(GrafanaClient::Operation op, qint64 userId, const QString &message);
    void onFailed(GrafanaClient::Operation op, qint64 userId, const ApiError &error);

    AdminContext *m_context;
    GrafanaUserPage m_page;
    int m_currentPage = 1;
    QLineEdit *m_query;
    QPushButton *m_search;
    QTableWidget *m_table;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QSpinBox *m_perPage;
    QPushButton *m_create;
    QPushButton *m_password;
    QPushButton *m_admin;
    QPushButton *m_delete;
    QPushButton *m_sessions;
    QPointer<CreateUserDialog> m_createDialog;
    QPointer<ChangePasswordDialog> m_passwordDialog;
};
