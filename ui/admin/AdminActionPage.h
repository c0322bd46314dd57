#pragma once

// Base of the Provisioning and Encryption pages: a column of server-wide actions (button + what it does),
// each confirmed through AdminConfirmer, and a log of the server's answers (message, plain text, "no
// content" for a 204, errors with status). Subclasses list their operations and wording. GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaClient.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class AdminActionPage : public QWidget
{
    Q_OBJECT
public:
    struct Wording
    {
        QString description; // what it does, shown beside the button
        QString question;    // the confirmation, naming the effect
    };

    QString logText() const;
    QPushButton *button(GrafanaClient::Operation op) const;

protected:
    AdminActionPage(AdminContext *context, QWidget *parent);
    void addAction(GrafanaClient::Operation op, const QString &objectName);
    virtual Wording wording(GrafanaClient::Operation op) const = 0;
    virtual QString introText() const = 0;
    void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        GrafanaClient::Operation op;
        QPushButton *button;
        QLabel *description;
    };
    void run(GrafanaClient::Operation op);
    void log(const QString &line);
    const Row *row(GrafanaClient::Operation op) const;

    AdminContext *m_context;
    QLabel *m_intro;
    QGridLayout *m_grid;
    QLabel *m_logCaption;
    QPlainTextEdit *m_log;
    QList<Row> m_rows;
};
