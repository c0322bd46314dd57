#include "ServerCardView.h"

#include "FleetGroupProxy.h"
#include "FleetModel.h"
#include "cards/ServerCardDelegate.h"

#include <QKeyEvent>
#include <QScrollBar>

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
        const QModelIndex index = m_proxy->index(row, 0);
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
    // Headers take a whole line: the viewport's width minus the spacing on both sides (and the scroll bar,
    // which may appear after the layout).
    const int scrollBar = verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width();
    m_delegate->setHeaderWidth(viewport()->width() - 2 * spacing() - scrollBar - 2);
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
