#include "ConnectionStatusWidget.h"

#include "Format.h"
#include "PlainText.h"
#include "fleet/FleetService.h"
#include "nezha/DashboardDriver.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

ConnectionStatusWidget::ConnectionStatusWidget(FleetService *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_state(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setTextFormat(Qt::PlainText);
    m_countdown->setObjectName(QStringLiteral("nextPoll"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addSpacing(12);
    layout->addWidget(m_countdown);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QToolButton::clicked, this, &ConnectionStatusWidget::refreshRequested);
    connect(m_fleet, &FleetService::stateChanged, this, &ConnectionStatusWidget::updateTexts);
    connect(m_fleet, &FleetService::snapshotApplied, this, &ConnectionStatusWidget::updateTexts);
    connect(m_fleet, &FleetService::pollFailed, this, &ConnectionStatusWidget::updateTexts);
    connect(m_fleet, &FleetService::nextPollScheduled, this, &ConnectionStatusWidget::updateTexts);
    if (DashboardDriver *driver = m_fleet->driver()) // "Nezha v2 (2.3.7)" once the driver has identified it
        connect(driver, &DashboardDriver::identified, this, &ConnectionStatusWidget::updateTexts);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionStatusWidget::updateTexts);
    m_tick->start();
    retranslateUi();
}

void ConnectionStatusWidget::setDashboardName(const QString &name)
{
    m_name = name;
    updateTexts();
}

void ConnectionStatusWidget::setNote(const QString &note)
{
    m_note = note;
    updateTexts();
}

void ConnectionStatusWidget::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Poll the dashboard now (F5)"));
    updateTexts();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString ConnectionStatusWidget::stateText() const
{
    if (!m_note.isEmpty())
        return m_note;
    const QString last = m_fleet->lastSuccess().isValid()
                             ? QLocale().toString(m_fleet->lastSuccess().toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    QString name = m_name.isEmpty() ? tr("the dashboard") : m_name;
    const DashboardDriver *driver = m_fleet->driver();
    if (const DashboardInfo info = driver ? driver->info() : DashboardInfo(); info.generation != NezhaGeneration::Unknown)
        //: %1 = dashboard name, %2 = its generation and version, e.g. "Nezha v2 (2.3.7)"
        name = tr("%1, %2").arg(name, info.describe());
    switch (m_fleet->state()) {
    case FleetService::ConnectionState::Idle:
        return tr("Not connected");
    case FleetService::ConnectionState::Connecting:
        return tr("Connecting to %1…").arg(name);
    case FleetService::ConnectionState::Connected:
        if (driver && driver->isStreaming())
            //: the dashboard pushes updates over a live stream (v1/v2 WebSocket)
            return tr("Connected to %1 · live · updated %2").arg(name, last);
        return tr("Connected to %1 · updated %2").arg(name, last);
    case FleetService::ConnectionState::Stale: {
        const ApiError e = m_fleet->lastError();
        const bool unreachable = e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
        const QString head = unreachable ? tr("Unreachable") : tr("Stale data");
        return last.isEmpty() ? tr("%1: %2").arg(head, e.text())
                              : tr("%1: %2 Showing data from %3.").arg(head, e.text(), last);
    }
    case FleetService::ConnectionState::AuthRejected:
        if (m_fleet->connection().hasLogin() && m_fleet->connection().token.isEmpty())
            return tr("Sign-in rejected: %1 Nothing is retried until the login is changed in Connection Profiles.")
                .arg(m_fleet->lastError().text());
        return tr("Token rejected: %1 Polling stopped until the token is changed in Connection Profiles.")
            .arg(m_fleet->lastError().text());
    }
    return {};
}

QString ConnectionStatusWidget::countdownText() const
{
    const QDateTime next = m_fleet->nextPollAt();
    if (m_fleet->isRunning() && m_fleet->driver() && m_fleet->driver()->isStreaming()
        && m_fleet->state() == FleetService::ConnectionState::Connected)
        return tr("Live", "updates pushed by the dashboard");
    if (!m_fleet->isRunning() || !next.isValid() || m_fleet->state() == FleetService::ConnectionState::AuthRejected)
        return {};
    const qint64 secs = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - next.toMSecsSinceEpoch()) / -1000);
    return tr("Next update in %n s", nullptr, int(secs));
}

void ConnectionStatusWidget::updateTexts()
{
    const QString state = stateText();
    m_state->setText(state);
    m_state->setToolTip(plainToolTip(state)); // escaped only when shown as rich text: no "&amp;" on screen
    m_countdown->setText(countdownText());
    m_refresh->setEnabled(m_fleet->isRunning() && m_fleet->state() != FleetService::ConnectionState::AuthRejected);
}
