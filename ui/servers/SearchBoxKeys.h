#pragma once

// The server search box's keys: Down moves the focus into the table (selecting the first row when no row is
// current), Esc clears the search (an empty box leaves Esc to the window). An event filter that
// ServerListPanel installs on its search QLineEdit; GUI thread.

#include <QObject>

class QLineEdit;
class QTableView;

class SearchBoxKeys : public QObject
{
    Q_OBJECT
public:
    SearchBoxKeys(QLineEdit *search, QTableView *table, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterTable();

    QLineEdit *m_search;
    QTableView *m_table;
};
