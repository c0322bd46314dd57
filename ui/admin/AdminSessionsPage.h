#pragma once

// Sessions page: one user's sign-in sessions (GET /api/admin/users/:id/auth-tokens) as a table with
// device, browser, OS, IP, created and last seen; revoke one session or log the user out everywhere,
// both after a confirmation naming the user. The user comes from the Users page (list + "Sessions").
// Owned by AdminPane; GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaClient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

class AdminSessionsPage : public QWidget
{
    Q_OBJECT
public:
    AdminSessionsPage(AdminContext *context, QWidget *parent = nullptr);
    void setUsers(const QList<GrafanaUser> &users); // choices for the user picker
    void showUser(const GrafanaUser &user);          // select and load
    void reload();
    qint64 currentUserId() const;

signals:
    void loadUsersRequested(); // the picker is empty: AdminPane reloads the Users page's list

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePicker();
    void showTokens(qint64 userId, const QList<GrafanaAuthToken> &tokens);
    void revokeSelected();
    void logoutEverywhere();
    QString currentUserName() const;

    AdminContext *m_context;
    QList<GrafanaUser> m_users;
    QList<GrafanaAuthToken> m_tokens;
    qint64 m_shownUserId = 0;
    QLabel *m_userCaption;
    QComboBox *m_user;
    QPushButton *m_refresh;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_revoke;
    QPushButton *m_logout;
    QPushButton *m_loadUsers;
};
