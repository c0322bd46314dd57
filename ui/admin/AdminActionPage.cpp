#include "admin/AdminActionPage.h"

#include "admin/AdminConfirmer.h"
#include "admin/AdminText.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Op = GrafanaClient::Operation;

AdminActionPage::AdminActionPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_intro(new QLabel(this)), m_grid(new QGridLayout),
      m_logCaption(new QLabel(this)), m_log(new QPlainTextEdit(this))
{
    m_intro->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("actionLog"));
    m_log->setReadOnly(true);
    m_grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_logCaption);
    layout->addWidget(m_log, 1);

    GrafanaClient *client = m_context->client;
    connect(client, &GrafanaClient::actionSucceeded, this, [this](Op op, qint64, const QString &message, int status) {
        if (!row(op))
            return;
        const QString answer = message.isEmpty() ? tr("done (HTTP %1, no content)").arg(status)
                                                 : tr("HTTP %1: %2").arg(status).arg(message);
        log(tr("%1 — %2").arg(AdminText::operationName(op), answer));
    });
    connect(client, &GrafanaClient::requestFailed, this, [this](Op op, qint64, const ApiError &error) {
        if (row(op))
            log(AdminText::errorText(op, error));
    });
    connect(client, &GrafanaClient::runningChanged, this, [this](Op op, bool running) {
        if (const Row *r = row(op))
            r->button->setEnabled(!running);
    });
}

void AdminActionPage::addAction(Op op, const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    auto *description = new QLabel(this);
    description->setWordWrap(true);
    const int line = int(m_rows.size());
    m_grid->addWidget(button, line, 0, Qt::AlignTop);
    m_grid->addWidget(description, line, 1);
    m_rows.append({op, button, description});
    connect(button, &QPushButton::clicked, this, [this, op] { run(op); });
}

const AdminActionPage::Row *AdminActionPage::row(Op op) const
{
    for (const Row &r : m_rows) {
        if (r.op == op)
            return &r;
    }
    return nullptr;
}

QPushButton *AdminActionPage::button(Op op) const
{
    const Row *r = row(op);
    return r ? r->button : nullptr;
}

void AdminActionPage::run(Op op)
{
    const QString name = AdminText::operationName(op);
    if (!m_context->confirmer->confirm(this, name, wording(op).question, name))
        return;
    log(tr("%1 — sent, waiting for the server…").arg(name));
    m_context->client->runServerAction(op);
}

void AdminActionPage::log(const QString &line)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(time, line));
}

QString AdminActionPage::logText() const
{
    return m_log->toPlainText();
}

void AdminActionPage::retranslateUi()
{
    m_intro->setText(introText());
    m_logCaption->setText(tr("Server answers:"));
    for (const Row &r : m_rows) {
        r.button->setText(AdminText::buttonText(r.op));
        r.description->setText(wording(r.op).description);
    }
}

void AdminActionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
