#pragma once

// What the main window shows while no dashboard is configured: a short welcome and two choices,
// "Try the demo dashboard" (an in-process simulated fleet over real HTTP) and "Add dashboard" (the
// profiles dialog with an empty form). Owned by MainWindow's central stack; GUI thread.

#include <QWidget>

class QLabel;
class QPushButton;

class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    void setMessage(const QString &message); // e.g. why the demo could not start; plain text

signals:
    void demoRequested();
    void addDashboardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_message;
    QPushButton *m_demo;
    QPushButton *m_add;
};
