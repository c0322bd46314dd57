#include "FirstRunPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_message(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_add->setObjectName(QStringLiteral("addDashboardButton"));
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_title, m_text, m_message})
        label->setAlignment(Qt::AlignCenter);
    m_add->setDefault(true);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &FirstRunPage::addDashboardRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(2);
    setTabOrder(m_add, m_demo);
    retranslateUi();
}

void FirstRunPage::setMessage(const QString &message)
{
    m_message->setText(message);
}

void FirstRunPage::retranslateUi()
{
    m_title->setText(tr("Welcome to Farsight"));
    m_text->setText(tr("Connect to a Nezha dashboard with its address and an API token, or look around with a "
                       "simulated fleet first."));
    m_add->setText(tr("&Add dashboard…"));
    m_demo->setText(tr("&Try the demo dashboard"));
}

void FirstRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
