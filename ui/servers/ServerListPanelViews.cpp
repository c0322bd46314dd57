#include "ServerListPanel.h"

// ServerListPanel's two views and their wiring: the overview strip, the card view beside the table in a stack,
// the Table/Cards/Group actions, the grouped table's header bands and the current server kept in step.
// (ServerListPanel.cpp keeps the filters, the table and the context menu.)

#include "FleetGroupProxy.h"
#include "FleetModel.h"
#include "cards/ServerCardView.h"
#include "overview/OverviewStrip.h"
#include "servers/ServerFilterProxy.h"
#include "settings/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>

void ServerListPanel::buildViews()
{
    m_overview = new OverviewStrip(this);
    m_cards = new ServerCardView(this);
    m_cards->setGroupProxy(m_groups);
    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("serverViews"));
    m_views->addWidget(m_table);
    m_views->addWidget(m_cards);
    buildViewActions();
    connect(m_overview, &OverviewStrip::stateFilterRequested, this, [this](ServerFilterProxy::StateFilter filter) {
        m_stateCombo->setCurrentIndex(int(filter));
        onStateChosen(int(filter));
    });
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_cards)}) {
        connect(view, &QAbstractItemView::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (const quint64 id = index.data(FleetModel::ServerIdRole).toULongLong())
                emit openDetailRequested(id);
        });
    }
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) { m_groups->toggleCollapsed(index); });
    connect(m_cards, &ServerCardView::currentServerChanged, this, &ServerListPanel::syncCurrent);
    connect(m_groups, &QAbstractItemModel::layoutChanged, this, &ServerListPanel::updateGroupSpans);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &ServerListPanel::updateGroupSpans);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &ServerListPanel::updateGroupSpans);
}

void ServerListPanel::buildViewActions()
{
    m_viewGroup = new QActionGroup(this);
    m_tableAction = new QAction(this);
    m_tableAction->setObjectName(QStringLiteral("tableViewAction"));
    m_cardsAction = new QAction(this);
    m_cardsAction->setObjectName(QStringLiteral("cardViewAction"));
    for (QAction *action : {m_tableAction, m_cardsAction}) {
        action->setCheckable(true);
        m_viewGroup->addAction(action);
    }
    m_tableAction->setChecked(true);
    m_groupAction = new QAction(this);
    m_groupAction->setObjectName(QStringLiteral("groupByAction"));
    m_groupAction->setCheckable(true);
    connect(m_tableAction, &QAction::triggered, this, [this] { setCardMode(false); });
    connect(m_cardsAction, &QAction::triggered, this, [this] { setCardMode(true); });
    connect(m_groupAction, &QAction::toggled, this, &ServerListPanel::setGrouped);
}

void ServerListPanel::setCardMode(bool cards)
{
    const bool hadFocus = m_views->currentWidget()->hasFocus();
    m_views->setCurrentWidget(cards ? static_cast<QWidget *>(m_cards) : static_cast<QWidget *>(m_table));
    (cards ? m_cardsAction : m_tableAction)->setChecked(true);
    m_settings.setValue(Settings::Key::ServerViewMode, cards ? QStringLiteral("cards") : QStringLiteral("table"));
    if (cards)
        m_cards->selectServer(currentServerId());
    else if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
    if (hadFocus)
        m_views->currentWidget()->setFocus();
}

bool ServerListPanel::cardMode() const
{
    return m_views->currentWidget() == m_cards;
}

void ServerListPanel::setGrouped(bool grouped)
{
    const quint64 current = currentServerId();
    m_cards->setGrouping(grouped);
    setTableModel(grouped ? static_cast<QAbstractItemModel *>(m_groups) : m_proxy);
    m_groupAction->setChecked(grouped);
    m_settings.setValue(Settings::Key::ServerGroupBy, grouped);
    if (current)
        selectServer(current);
}

void ServerListPanel::setTableModel(QAbstractItemModel *model)
{
    // Ungrouped, the table reads the sort/filter proxy directly: a proxy layer less on every painted cell.
    if (m_table->model() == model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = header->saveState(); // a new model resets the sections
    QItemSelectionModel *old = m_table->selectionModel();
    m_table->setModel(model);
    delete old; // QAbstractItemView::setModel leaves the old selection model to its owner
    header->restoreState(state);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerListPanel::onCurrentChanged);
    updateGroupSpans();
}

QModelIndex ServerListPanel::tableIndexOf(quint64 id) const
{
    if (!m_model || m_model->rowOfId(id) < 0)
        return {};
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), FleetModel::NameColumn));
    return m_table->model() == m_groups ? m_groups->mapFromSource(index) : index;
}

void ServerListPanel::updateGroupSpans()
{
    // Header rows span the table's width from its first shown column (columns can be moved or hidden); O(groups).
    m_table->clearSpans();
    if (m_table->model() != m_groups || !m_groups->groupingEnabled())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    int first = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            first = header->logicalIndex(visual);
            break;
        }
    }
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (m_groups->isHeader(m_groups->index(row, 0)))
            m_table->setSpan(row, first, 1, m_groups->columnCount() - first);
    }
}

void ServerListPanel::syncCurrent(quint64 id)
{
    // The card view's current server follows into the table, whose selection drives the detail view.
    if (id == 0 || id == currentServerId())
        return;
    const QModelIndex index = tableIndexOf(id);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
