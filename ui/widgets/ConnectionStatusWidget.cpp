#include "ConnectionStatusWidget.h"

#include "Format.h"
#include "ElidedLabel.h"
#include "net/ReplyChecks.h"
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
    , m_state(new ElidedLabel(this))
    , m_countdown(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("connectionState"));
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

void ConnectionStatusWidget::setAdHoc(bool adHoc)
{
    m_adHoc = adHoc;
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

QString ConnectionStatusWidget::dashboardUrl() const
{
    return ReplyChecks::displayUrl(m_fleet->connection().url.adjusted(QUrl::StripTrailingSlash));
}

QString ConnectionStatusWidget::stateText() const
{
    if (!m_note.isEmpty())
        return m_note;
    QString name = m_name.isEmpty() ? tr("the dashboard") : m_name;
    const DashboardDriver *driver = m_fleet->driver();
    if (const DashboardInfo info = driver ? driver->info() : DashboardInfo(); info.generation != NezhaGeneration::Unknown)
        //: %1 = dashboard name, %2 = its generation and version, e.g. "Nezha v2 (2.3.7)"
        name = tr("%1, %2").arg(name, info.describe());
    const QString last = m_fleet->lastSuccess().isValid()
                             ? QLocale().toString(m_fleet->lastSuccess().toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    switch (m_fleet->state()) {
    case FleetService::ConnectionState::Idle:
        return tr("Not connected");
    case FleetService::ConnectionState::Connecting:
        if (!m_name.isEmpty() && dashboardUrl().contains(m_name)) // a --url session is named by host:port
            return tr("Connecting to %1…").arg(dashboardUrl());
        //: %1 = dashboard name, %2 = its URL with the port
        return tr("Connecting to %1 (%2)…").arg(name, dashboardUrl());
    case FleetService::ConnectionState::Connected:
        if (driver && driver->isStreaming())
            //: the dashboard pushes updates over a live stream (v1/v2 WebSocket)
            return tr("Connected to %1 · live · updated %2").arg(name, last);
        return tr("Connected to %1 · updated %2").arg(name, last);
    case FleetService::ConnectionState::Stale:
        return problemText(last);
    case FleetService::ConnectionState::AuthRejected:
        return problemText(last);
    }
    return {};
}

QString ConnectionStatusWidget::problemText(const QString &last) const
{
    const ApiError e = m_fleet->lastError();
    const bool unreachable = e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
    QString head;
    if (m_fleet->state() == FleetService::ConnectionState::AuthRejected)
        //: %1 = the dashboard's URL with the port
        head = m_fleet->connection().hasLogin() && m_fleet->connection().token.isEmpty()
                   ? tr("Sign-in rejected by %1").arg(dashboardUrl())
                   : tr("Token rejected by %1").arg(dashboardUrl());
    else
        //: status headline when the dashboard answered wrongly before any data was ever shown
        head = unreachable ? tr("Unreachable") : last.isEmpty() ? tr("No data") : tr("Stale data");
    QStringList sentences;
    //: status headline, then what happened, e.g. "Unreachable: Cannot reach http://host:8008: Connection refused."
    sentences << tr("%1: %2").arg(head, e.text(dashboardUrl()));
    if (!last.isEmpty() && m_fleet->state() == FleetService::ConnectionState::Stale)
        sentences << tr("Showing data from %1.").arg(last);
    sentences << adviceText(e);
    sentences.removeAll(QString());
    //: joins the sentences of one status message; Chinese needs no space
    return sentences.join(tr(" ", "sentence separator"));
}

QString ConnectionStatusWidget::adviceText(const ApiError &e) const
{
    const DashboardConnection c = m_fleet->connection();
    if (m_fleet->state() == FleetService::ConnectionState::AuthRejected) {
        const bool login = c.hasLogin() && c.token.isEmpty();
        if (m_adHoc)
            return login ? tr("Polling stopped: start Farsight again with another --user or --password-file.")
                         : tr("Polling stopped: start Farsight again with another --token-file.");
        return login ? tr("Nothing is retried until the login is changed in Connection Profiles.")
                     : tr("Polling stopped until the token is changed in Connection Profiles.");
    }
    switch (e.kind) {
    case ApiError::Kind::Network:
        return tr("Check that the dashboard is running and that the address and port are right; "
                  "Farsight keeps retrying.");
    case ApiError::Kind::Timeout:
        return tr("The dashboard or the network is slow; Farsight keeps retrying.");
    case ApiError::Kind::Tls:
        return tr("Check the dashboard's certificate, or whether the address should start with http or https.");
    default:
        return {};
    }
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
    const bool changed = state != m_state->text();
    m_state->setFullText(state); // elided to the status bar's width; the whole text in a wrapping tooltip
    m_countdown->setText(countdownText());
    m_refresh->setEnabled(m_fleet->isRunning() && m_fleet->state() != FleetService::ConnectionState::AuthRejected);
    if (changed)
        emit stateTextChanged(state);
}
