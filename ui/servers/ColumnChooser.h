#pragma once

// The server table's column layout: which columns show (a checkable action per column in the header's context
// menu; Name always shows), the default set and widths (metrics visible at the default window width, Status
// as wide as its longest state text in the UI language), "Reset columns", the compact density, and "Dashboard
// order" (clears the sort; clicking a sorted header a third time does the same). The shown set and the density
// are written to Settings at every change; widths and column order travel in the header state that
// ServerListPanel saves. Owned by ServerListPanel; GUI thread.

#include <QList>
#include <QObject>
#include <QStringList>

class QMenu;
class QTableView;
class QWidget;
class ServerItemDelegate;
class Settings;

class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    ColumnChooser(QTableView *table, ServerItemDelegate *delegate, Settings &settings, QObject *parent = nullptr);

    static QList<int> defaultColumns();         // Status, Name, CPU, Memory, Disk, Down, Up, Uptime
    static QString columnKey(int column);       // the stable name kept in Settings ("cpu", "netInSpeed"...)
    static int columnOfKey(const QString &key); // -1 when unknown

    // After the header state was restored (headerRestored) or not: applies the remembered set or, on the first
    // start (no set remembered yet), the default set and widths; then the density.
    void restore(bool headerRestored);
    void resetColumns(); // default set, logical column order, default widths
    void setColumnShown(int column, bool shown);
    QList<int> shownColumns() const;
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    int defaultWidth(int column) const; // in the current language and font
    void retranslate();                 // widens Status when the new language's state texts need it
    QMenu *createMenu(QWidget *parent); // the header's context menu (caller owns it)

private:
    void showMenu(const QPoint &pos);
    void applyDefaultWidths();
    void save();

    QTableView *m_table;
    ServerItemDelegate *m_delegate;
    Settings &m_settings;
    bool m_compact = false;
};
