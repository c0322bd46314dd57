#pragma once

// File → Export: "Server table as CSV…" (the visible columns of the servers table in their shown order, every
// row of its sort/filter proxy as shown) and "Charts of <server>…" (every chart of the detail view as PNG into
// a chosen folder). The dialogs live here; writeServerTable() is the testable part. Created by MainWindow;
// GUI thread.

#include <QMenu>

class QAction;
class QTableView;
class ServerDetailPanel;

class ExportMenu : public QMenu
{
    Q_OBJECT
public:
    ExportMenu(QTableView *table, ServerDetailPanel *detail, QWidget *parent = nullptr);

    // The table's logical columns that are shown, in their visual order.
    static QList<int> visibleColumns(const QTableView *table);
    static bool writeServerTable(const QTableView *table, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void exportTable();
    void exportCharts();

    QTableView *m_table;
    ServerDetailPanel *m_detail;
    QAction *m_tableAction;
    QAction *m_chartsAction;
};
