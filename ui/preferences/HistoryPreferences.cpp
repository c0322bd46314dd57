#include "HistoryPreferences.h"

#include "history/LocalHistory.h"
#include "settings/Settings.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

HistoryPreferences::HistoryPreferences(Settings &settings, LocalHistory &history, QWidget *parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_history(history)
    , m_retentionLabel(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_billingLabel(new QLabel(this))
    , m_billingDay(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyPreferences"));
    m_retention->setObjectName(QStringLiteral("historyRetentionSpin"));
    m_retention->setRange(1, 3650);
    m_retention->setValue(settings.historyRetentionDays());
    m_billingDay->setObjectName(QStringLiteral("billingDaySpin"));
    m_billingDay->setRange(1, 31);
    m_billingDay->setValue(history.cycleStartDay());
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    m_retentionLabel->setBuddy(m_retention);
    m_billingLabel->setBuddy(m_billingDay);

    auto *form = new QFormLayout;
    form->addRow(m_retentionLabel, m_retention);
    form->addRow(m_billingLabel, m_billingDay);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_clear, 0, Qt::AlignTop);
    form->addRow(row);
    setLayout(form);

    confirmClear = [this](QWidget *parent) {
        return QMessageBox::question(parent, tr("Clear history"),
                                     tr("Delete the stored history and this cycle's traffic of this dashboard? "
                                        "The charts keep the last hour in memory."))
               == QMessageBox::Yes;
    };
    connect(m_retention, &QSpinBox::valueChanged, &m_settings, &Settings::setHistoryRetentionDays);
    connect(m_retention, &QSpinBox::valueChanged, this, &HistoryPreferences::updateStatus);
    connect(m_billingDay, &QSpinBox::valueChanged, &m_history, &LocalHistory::setCycleStartDay);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPreferences::onClearClicked);
    connect(&m_history, &LocalHistory::statusChanged, this, &HistoryPreferences::updateStatus);
    connect(&m_history, &LocalHistory::opened, this, [this] {
        const QSignalBlocker blocker(m_billingDay);
        m_billingDay->setValue(m_history.cycleStartDay());
        updateStatus();
    });
    retranslateUi();
}

void HistoryPreferences::retranslateUi()
{
    setTitle(tr("History", "Preferences section: the local history store"));
    m_retentionLabel->setText(tr("Keep &history:"));
    //: spin box suffix; the value is a number of days
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("15-minute summaries are kept this long; 1-minute ones 48 hours, every sample 2 hours."));
    m_billingLabel->setText(tr("&Billing cycle starts on day:"));
    m_billingDay->setToolTip(tr("Monthly traffic is counted from this day of the month (UTC), for this "
                                "dashboard; in short months the last day stands in."));
    m_clear->setText(tr("Clea&r history…"));
    updateStatus();
}

void HistoryPreferences::updateStatus()
{
    const QString path = m_history.path();
    m_clear->setEnabled(m_history.isOk());
    if (!m_history.status().isEmpty())
        m_status->setText(m_history.status());
    else if (path.isEmpty())
        m_status->setText(tr("History: no dashboard is open."));
    else if (path == QLatin1String(":memory:"))
        m_status->setText(tr("History: kept in memory for this session only (demo dashboard)."));
    else
        //: %1 = a file path
        m_status->setText(tr("History: %n day(s) kept at %1", nullptr, m_retention->value()).arg(path));
}

void HistoryPreferences::onClearClicked()
{
    if (confirmClear && confirmClear(this))
        m_history.clear();
}

void HistoryPreferences::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
