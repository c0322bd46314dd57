#include "ServerListPanel.h"

#include "FleetGroupProxy.h"
#include "FleetModel.h"
#include "ServerStateText.h"
#include "alerts/MuteList.h"
#include "servers/ColumnChooser.h"
#include "servers/SearchBoxKeys.h"
#include "cards/ServerCardView.h"
#include "overview/OverviewStrip.h"
#include "servers/ServerFilterProxy.h"
#include "settings/Settings.h"
#include "widgets/ServerItemDelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
constexpr int AnyTag = 0; // tag combo row "All tags"; item data holds the tag, UserRole+1 = is-any flag
}

ServerListPanel::ServerListPanel(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_proxy(new ServerFilterProxy(this))
    , m_delegate(new ServerItemDelegate(this))
    , m_groups(new FleetGroupProxy(this))
{
    m_groups->setSourceModel(m_proxy);
    buildUi();
    retranslateUi();
}

void ServerListPanel::buildUi()
{
    m_tagLabel = new QLabel(this);
    m_tagCombo = new QComboBox(this);
    m_tagCombo->setObjectName(QStringLiteral("tagFilter"));
    m_tagCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagLabel->setBuddy(m_tagCombo);
    m_stateLabel = new QLabel(this);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("stateFilter"));
    m_stateLabel->setBuddy(m_stateCombo);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);

    // One action for Ctrl+F: MainWindow also lists it in its View menu (a second action with the same
    // shortcut would make both ambiguous and neither would fire).
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &ServerListPanel::focusSearch);
    addAction(m_findAction);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("serverTable"));
    m_table->setModel(m_proxy); // FleetGroupProxy while grouped (setGrouped)
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between servers
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Click order: first click (descending on metrics, FleetModel's InitialSortOrderRole), second click the
    // other way, third click back to the dashboard's order.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_columns = new ColumnChooser(m_table, m_delegate, m_settings, this);
    new SearchBoxKeys(m_search, m_table, this);
    m_delegate->setBarColumns({FleetModel::CpuColumn, FleetModel::MemoryColumn, FleetModel::DiskColumn,
                               FleetModel::SwapColumn});

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ServerFilterProxy::setSearchText);
    connect(m_tagCombo, &QComboBox::activated, this, &ServerListPanel::onTagChosen);
    connect(m_stateCombo, &QComboBox::activated, this, &ServerListPanel::onStateChosen);
    buildViews(); // the strip, the card view and the stack: ServerListPanelViews.cpp
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_settings.setSortColumn(column);
                m_settings.setSortOrder(order);
                if (m_table->currentIndex().isValid()) // the view sorted first (it connected first)
                    m_table->scrollTo(m_table->currentIndex());
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ServerListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ServerListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServerListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ServerListPanel::updateSummary);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tagLabel);
    filters->addWidget(m_tagCombo);
    filters->addSpacing(8);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateCombo);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overview);
    layout->addLayout(filters);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_summary);
    setTabOrder(m_tagCombo, m_stateCombo);
    setTabOrder(m_stateCombo, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_cards);
}

void ServerListPanel::retranslateUi()
{
    const bool groups = m_model && m_model->usesGroups();
    m_tagLabel->setText(groups ? tr("&Group:") : tr("&Tag:"));
    m_stateLabel->setText(tr("Sh&ow:"));
    m_search->setPlaceholderText(groups ? tr("Search name, group or IP (Ctrl+F)") : tr("Search name, tag or IP (Ctrl+F)"));
    m_findAction->setText(tr("&Find Server…"));
    m_search->setAccessibleName(tr("Search servers"));
    m_table->setAccessibleName(tr("Servers"));
    //: accessible name of the card view of the server list
    m_cards->setAccessibleName(tr("Server cards"));
    //: View menu: show the server list as a table
    m_tableAction->setText(tr("&Table", "server list view"));
    //: View menu: show one card per server
    m_cardsAction->setText(tr("C&ards", "server list view"));
    //: View menu, checkable: show the servers under a header per tag (v0) or server group (v1/v2)
    m_groupAction->setText(groups ? tr("&Group by Server Group") : tr("&Group by Tag"));
    m_groups->setUsesGroups(groups);
    const int state = qMax(0, m_stateCombo->currentIndex());
    m_stateCombo->clear();
    m_stateCombo->addItem(tr("All servers"));
    m_stateCombo->addItem(ServerStateText::name(ServerState::Online));
    m_stateCombo->addItem(ServerStateText::name(ServerState::Offline));
    m_stateCombo->addItem(ServerStateText::name(ServerState::NeverReported));
    m_stateCombo->setCurrentIndex(state);
    m_columns->retranslate();
    m_shownTagCounts.clear(); // forces the tag combo to re-render its texts
    rebuildTagCombo();
    updateSummary();
}

void ServerListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServerListPanel::setModel(FleetModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &FleetModel::countsChanged, this, [this] {
            rebuildTagCombo();
            updateSummary();
        });
        connect(model, &FleetModel::staleChanged, this, &ServerListPanel::updateSummary);
        // v1/v2: "Tag" becomes "Group" once the dashboard shows server groups; membership can change any poll.
        connect(model, &FleetModel::headerDataChanged, this, [this] {
            retranslateUi();
        });
        connect(model, &FleetModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(FleetModel::GroupsRole))
                        rebuildTagCombo();
                });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerListPanel::onCurrentChanged);
    if (model)
        m_overview->setSources(model, m_proxy);
    restoreState();
    rebuildTagCombo();
    updateSummary();
}

void ServerListPanel::restoreState()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = m_settings.serverHeaderState();
    m_columns->restore(!state.isEmpty() && header->restoreState(state));
    // -1 (the default) is the dashboard's order: the source model's rows as the dashboard lists them.
    const int column = m_settings.sortColumn();
    m_table->sortByColumn(column >= 0 && column < FleetModel::ColumnCount ? column : -1, m_settings.sortOrder());
    setGrouped(m_settings.value(Settings::Key::ServerGroupBy).toBool());
    setCardMode(m_settings.value(Settings::Key::ServerViewMode).toString() == QLatin1String("cards"));
}

void ServerListPanel::saveState()
{
    m_settings.setServerHeaderState(m_table->horizontalHeader()->saveState());
}

void ServerListPanel::rebuildTagCombo()
{
    const QHash<QString, int> counts = m_model ? m_model->tagCounts() : QHash<QString, int>();
    if (counts == m_shownTagCounts && m_tagCombo->count() > 0)
        return;
    m_shownTagCounts = counts;
    const bool any = !m_proxy->hasTagFilter();
    const QString current = m_proxy->tagFilter();
    QStringList tags = counts.keys();
    tags.sort(Qt::CaseInsensitive);
    const int total = m_model ? m_model->rowCount() : 0;
    m_tagCombo->clear();
    const bool groups = m_model && m_model->usesGroups();
    m_tagCombo->addItem(groups ? tr("All groups (%1)").arg(total) : tr("All tags (%1)").arg(total));
    m_tagCombo->setItemData(AnyTag, true, Qt::UserRole + 1);
    for (const QString &tag : tags) {
        // One multi-argument arg(): a tag is server text, and a "%1" inside it must stay literal.
        const QString none = groups ? tr("In no group (%1)") : tr("Untagged (%1)");
        //: tag or group filter entry; %1 = tag/group name, %2 = number of servers in it
        const QString label = tag.isEmpty() ? none.arg(counts.value(tag))
                                            : tr("%1 (%2)").arg(tag, QLocale().toString(counts.value(tag)));
        m_tagCombo->addItem(label, tag);
        m_tagCombo->setItemData(m_tagCombo->count() - 1, false, Qt::UserRole + 1);
    }
    int index = AnyTag;
    if (!any) {
        index = m_tagCombo->findData(current);
        if (index < 0) { // the chosen tag vanished: keep it selectable so the filter stays visible
            m_tagCombo->addItem(tr("%1 (%2)").arg(current.isEmpty() ? tr("Untagged") : current, QLocale().toString(0)),
                                current);
            index = m_tagCombo->count() - 1;
            m_tagCombo->setItemData(index, false, Qt::UserRole + 1);
        }
    }
    m_tagCombo->setCurrentIndex(index);
}

void ServerListPanel::onTagChosen(int index)
{
    const bool any = index <= AnyTag || m_tagCombo->itemData(index, Qt::UserRole + 1).toBool();
    m_proxy->setTagFilter(any ? QString() : m_tagCombo->itemData(index).toString(), any);
    updateSummary();
}

void ServerListPanel::onStateChosen(int index)
{
    const auto filter = ServerFilterProxy::StateFilter(qBound(0, index, 3));
    m_proxy->setStateFilter(filter);
    m_overview->setActiveState(filter);
    updateSummary();
}

QString ServerListPanel::summaryText() const
{
    const FleetModel::Counts c = m_model ? m_model->counts() : FleetModel::Counts{};
    QString text = tr("%n server(s)", nullptr, c.total) + QStringLiteral(" · ") + tr("%n online", nullptr, c.online)
                   + QStringLiteral(" · ") + tr("%n offline", nullptr, c.offline);
    if (c.neverReported > 0)
        text += QStringLiteral(" · ") + tr("%n never reported", nullptr, c.neverReported);
    if (m_proxy->rowCount() != c.total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    if (m_model && m_model->isStale())
        text += QStringLiteral(" · ") + tr("data is stale");
    return text;
}

void ServerListPanel::updateSummary()
{
    m_summary->setText(summaryText());
}

quint64 ServerListPanel::currentServerId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(FleetModel::ServerIdRole).toULongLong() : 0;
}

bool ServerListPanel::selectServer(quint64 id)
{
    if (!m_model || m_model->rowOfId(id) < 0)
        return false;
    QModelIndex source = m_model->index(m_model->rowOfId(id), FleetModel::NameColumn);
    if (!m_proxy->mapFromSource(source).isValid()) { // hidden by a filter: show everything again
        m_search->clear();
        m_proxy->setSearchText({});
        m_proxy->setTagFilter({}, true);
        m_proxy->setStateFilter(ServerFilterProxy::StateFilter::All);
        m_tagCombo->setCurrentIndex(AnyTag);
        m_stateCombo->setCurrentIndex(0);
        m_overview->setActiveState(ServerFilterProxy::StateFilter::All);
    }
    if (!m_groups->mapFromSource(m_proxy->mapFromSource(source)).isValid())
        m_groups->expandAll(); // its group was collapsed
    const QModelIndex index = tableIndexOf(id);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!cardMode()) // a hidden table has no real geometry yet: scrolling it would shift it sideways
        m_table->scrollTo(index);
    return true;
}

void ServerListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ServerListPanel::onCurrentChanged()
{
    const quint64 id = currentServerId();
    if (id)
        m_cards->selectServer(id);
    emit currentServerChanged(id);
}

QDateTime ServerListPanel::muteUntil(int choice, const QDateTime &now)
{
    switch (choice) {
    case 0:
        return now.addSecs(3600);
    case 1:
        return now.addSecs(4 * 3600);
    default:
        return MuteList::tomorrowMorning(now); // the tray's meaning too: one definition
    }
}

void ServerListPanel::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !m_model)
        return;
    const quint64 id = index.data(FleetModel::ServerIdRole).toULongLong();
    const ServerSnapshot *server = m_model->serverById(id);
    if (!server)
        return;
    const QString ip = server->validIp.isEmpty() ? (server->ipv4.isEmpty() ? server->ipv6 : server->ipv4)
                                                 : server->validIp;
    const QString name = server->name;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("serverContextMenu"));
    QAction *copyIp = menu.addAction(tr("Copy &IP address"), this, [ip] { QApplication::clipboard()->setText(ip); });
    copyIp->setEnabled(!ip.isEmpty());
    menu.addAction(tr("Copy &name"), this, [name] { QApplication::clipboard()->setText(name); });
    menu.addAction(tr("Open &details"), this, [this, id] { emit openDetailRequested(id); });
    menu.addSeparator();
    QMenu *mute = menu.addMenu(tr("&Mute notifications"));
    const QStringList labels = {tr("For 1 hour"), tr("For 4 hours"),
                                //: mute menu item; %1 = 08:00 in the locale's time format
                                tr("Until tomorrow %1").arg(MuteList::tomorrowMorningTimeText())};
    for (int i = 0; i < labels.size(); ++i)
        mute->addAction(labels.at(i), this,
                        [this, id, i] { emit muteRequested(id, muteUntil(i, QDateTime::currentDateTime())); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}
