#pragma once

// The notification history window opened from the tray menu: a read-only table (time, server, event) over
// AlertCenter's NotificationHistoryModel, newest at the bottom and kept in view, with Clear and Close.
// Double-clicking a server row asks to show that server. GUI thread.

#include <QDialog>

class NotificationHistoryModel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

class NotificationHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationHistoryDialog(NotificationHistoryModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

signals:
    void showServerRequested(quint64 serverId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();

    NotificationHistoryModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clear = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
