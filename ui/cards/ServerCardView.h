#pragma once

// The card view of the server list: a QListView (list mode, left-to-right flow with wrapping) over
// FleetGroupProxy, painted by ServerCardDelegate — one card per server, no widget per server. Group headers
// span the width and collapse or expand on a click, Space or Enter. Keyboard navigation is QListView's (arrows,
// Home/End, PgUp/PgDn) and type-ahead on the server name (the view shows the name column). ServerListPanel owns it, keeps its current server in step with the table and gives it
// the table's context menu. GUI thread.

#include <QListView>

class FleetGroupProxy;
class ServerCardDelegate;

class ServerCardView : public QListView
{
    Q_OBJECT
public:
    explicit ServerCardView(QWidget *parent = nullptr);

    void setGroupProxy(FleetGroupProxy *proxy);
    FleetGroupProxy *groupProxy() const { return m_proxy; }
    ServerCardDelegate *cardDelegate() const { return m_delegate; }
    quint64 currentServerId() const; // 0 on a header or when nothing is current
    bool selectServer(quint64 id);   // false when no card shows it (filtered out or collapsed)
    void setGrouping(bool on);       // group headers on/off (through the proxy)

signals:
    void currentServerChanged(quint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHeaderWidth();
    void onClicked(const QModelIndex &index);

    FleetGroupProxy *m_proxy = nullptr;
    ServerCardDelegate *m_delegate;
};
