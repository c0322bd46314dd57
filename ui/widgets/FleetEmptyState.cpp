#include "FleetEmptyState.h"

#include "FleetModel.h"
#include "fleet/FleetService.h"
#include "net/ReplyChecks.h"
#include "widgets/ConnectionStatusWidget.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using State = FleetService::ConnectionState;

FleetEmptyState::FleetEmptyState(FleetService *fleet, FleetModel *model, ConnectionStatusWidget *status,
                                 QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(model)
    , m_status(status)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_profiles(new QPushButton(this))
{
    setObjectName(QStringLiteral("fleetEmptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_retry->setObjectName(QStringLiteral("emptyStateRetry"));
    m_profiles->setObjectName(QStringLiteral("emptyStateProfiles"));
    for (QLabel *label : {m_title, m_body}) {
        label->setTextFormat(Qt::PlainText); // carries server text and URLs
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_profiles);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_body); // full column width: a word-wrapped label needs it for its height (resizeEvent)
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_retry, &QPushButton::clicked, this, &FleetEmptyState::retryRequested);
    connect(m_profiles, &QPushButton::clicked, this, &FleetEmptyState::profilesRequested);
    connect(m_fleet, &FleetService::stateChanged, this, &FleetEmptyState::updateTexts);
    connect(m_fleet, &FleetService::snapshotApplied, this, &FleetEmptyState::updateTexts);
    connect(m_status, &ConnectionStatusWidget::stateTextChanged, this, &FleetEmptyState::updateTexts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetEmptyState::updateTexts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetEmptyState::updateTexts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetEmptyState::updateTexts);
    updateTexts();
}

bool FleetEmptyState::shouldShow() const
{
    return m_model->rowCount() == 0;
}

QString FleetEmptyState::title() const
{
    switch (m_fleet->state()) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        //: the dashboard answered, with an empty server list
        return tr("No servers yet");
    case State::Stale:
        return tr("The servers could not be loaded");
    case State::AuthRejected:
        return tr("The dashboard refused the credentials");
    }
    return {};
}

QString FleetEmptyState::body() const
{
    const QString url = ReplyChecks::displayUrl(m_fleet->connection().url.adjusted(QUrl::StripTrailingSlash));
    if (m_fleet->state() == State::Connected)
        return tr("The dashboard at %1 lists no servers, or none this login may see. Servers appear here as soon "
                  "as the dashboard reports them.")
            .arg(url);
    return m_status->stateText(); // connecting (name and URL), the problem and the advice, or a note
}

void FleetEmptyState::updateTexts()
{
    const State state = m_fleet->state();
    m_title->setText(title());
    m_body->setText(body());
    m_retry->setText(tr("&Retry now", "poll the dashboard again"));
    // The File menu's wording (and its translation): the button opens the same dialog.
    m_profiles->setText(QCoreApplication::translate("MainWindow", "Connection &Profiles…"));
    m_retry->setVisible(state == State::Stale || state == State::Connected);
    m_profiles->setVisible(!m_adHoc && (state == State::AuthRejected || state == State::Idle || state == State::Stale));
    if (const bool show = shouldShow(); show != m_shown) {
        m_shown = show;
        emit shouldShowChanged(show);
    }
}

void FleetEmptyState::resizeEvent(QResizeEvent *event)
{
    // A column of at most ~640 px, centred: readable at 1920 px, wrapping at 1024 px.
    const int side = qMax(12, (width() - 640) / 2);
    layout()->setContentsMargins(side, 12, side, 12);
    QWidget::resizeEvent(event);
}

void FleetEmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}
