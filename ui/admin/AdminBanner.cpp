#include "admin/AdminBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

AdminBanner::AdminBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("adminBanner"));
    m_text->setObjectName(QStringLiteral("adminBannerText"));
    m_text->setTextFormat(Qt::PlainText); // server messages echo user input
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("adminRetryButton"));
    m_close->setObjectName(QStringLiteral("adminBannerClose"));
    m_close->setFlat(true);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        emit retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &AdminBanner::clear);
    retranslateUi();
    clear();
}

void AdminBanner::showError(const QString &text, bool offerRetry)
{
    showError(Text(), offerRetry);
    m_text->setText(text);
}

void AdminBanner::showError(Text text, bool offerRetry)
{
    m_error = true;
    m_render = std::move(text);
    m_text->setText(m_render ? m_render() : QString());
    setStyleSheet(QStringLiteral("#adminBanner { background: #fdecea; border: 1px solid #e0a09a; }"
                                 "#adminBannerText { color: #611a15; }"));
    m_retry->setVisible(offerRetry);
    show();
}

void AdminBanner::showInfo(const QString &text)
{
    showInfo(Text());
    m_text->setText(text);
}

void AdminBanner::showInfo(Text text)
{
    m_error = false;
    m_render = std::move(text);
    m_text->setText(m_render ? m_render() : QString());
    setStyleSheet(QStringLiteral("#adminBanner { background: #e8f4ea; border: 1px solid #9cc8a4; }"
                                 "#adminBannerText { color: #1e4620; }"));
    m_retry->hide();
    show();
}

void AdminBanner::clear()
{
    m_error = false;
    m_render = {};
    m_text->clear();
    m_retry->hide();
    hide();
}

QString AdminBanner::text() const
{
    return m_text->text();
}

void AdminBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void AdminBanner::retranslateUi()
{
    m_retry->setText(tr("Tr&y again"));
    m_retry->setToolTip(tr("Send requests with the same credentials again. Each rejected attempt counts "
                           "towards Grafana's lockout."));
    m_close->setText(tr("Dis&miss"));
    if (m_render)
        m_text->setText(m_render());
}
