#include "ServerCardView.h"

#include "FleetGroupProxy.h"
#include "FleetModel.h"
#include "cards/ServerCardDelegate.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QStyle>

ServerCardView::ServerCardView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ServerCardDelegate(this))
{
    setObjectName(QStringLiteral("serverCards"));
    setItemDelegate(m_delegate);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setSpacing(4);
    setUniformItemSizes(true); // switched off while group headers (wider rows) are shown
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setWordWrap(false);
    connect(this, &QListView::clicked, this, &ServerCardView::onClicked);
}

void ServerCardView::setGroupProxy(FleetGroupProxy *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    // The name column: each card's accessible name and type-ahead text is the server's name (the delegate reads
    // the other columns itself).
    // QListView ignores a column the model does not have yet: set it again once the proxies have a source.
    setModelColumn(FleetModel::NameColumn);
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] { setModelColumn(FleetModel::NameColumn); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentServerChanged(currentServerId()); });
    setUniformItemSizes(!proxy->groupingEnabled());
    updateHeaderWidth();
}

void ServerCardView::setGrouping(bool on)
{
    // Before the proxy's layout change: with headers the items differ in size, and QListView must ask each.
    setUniformItemSizes(!on);
    if (m_proxy)
        m_proxy->setGroupingEnabled(on);
}

quint64 ServerCardView::currentServerId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(FleetModel::ServerIdRole).toULongLong() : 0;
}

bool ServerCardView::selectServer(quint64 id)
{
    if (!m_proxy || id == 0)
        return false;
    if (currentServerId() == id)
        return true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, modelColumn());
        if (index.data(FleetModel::ServerIdRole).toULongLong() == id && !m_proxy->isHeader(index)) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void ServerCardView::resizeEvent(QResizeEvent *event)
{
    updateHeaderWidth();
    QListView::resizeEvent(event);
}

void ServerCardView::updateHeaderWidth()
{
    // QListView lays a wrapping flow out in its maximum viewport width minus a scroll bar's extent, each item
    // taking its width plus `spacing` on both sides. Headers take a whole line; cards of at least the minimum
    // width fill each line.
    const int available = maximumViewportSize().width()
                          - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar()) - 1;
    m_delegate->setHeaderWidth(available - 2 * spacing());
    const int minimum = ServerCardDelegate::minimumCardWidth(fontMetrics());
    const int columns = qMax(1, available / (minimum + 2 * spacing()));
    m_delegate->setCardWidth(available / columns - 2 * spacing());
}

void ServerCardView::onClicked(const QModelIndex &index)
{
    if (m_proxy && m_proxy->isHeader(index))
        m_proxy->toggleCollapsed(index);
}

void ServerCardView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex index = currentIndex();
    const bool toggleKey = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
                           || event->key() == Qt::Key_Enter;
    if (toggleKey && m_proxy && m_proxy->isHeader(index)) {
        m_proxy->toggleCollapsed(index);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
