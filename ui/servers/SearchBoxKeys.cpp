#include "SearchBoxKeys.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

SearchBoxKeys::SearchBoxKeys(QLineEdit *search, QTableView *table, QObject *parent)
    : QObject(parent), m_search(search), m_table(table)
{
    m_search->installEventFilter(this);
}

bool SearchBoxKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    const bool clear = key->key() == Qt::Key_Escape && !m_search->text().isEmpty();
    const bool down = key->key() == Qt::Key_Down && m_table->model() && m_table->model()->rowCount() > 0;
    if (event->type() == QEvent::ShortcutOverride) {
        if (clear)
            event->accept(); // Esc clears the box before any window shortcut sees it
        return false;
    }
    if (clear)
        m_search->clear();
    else if (down)
        enterTable();
    return clear || down;
}

void SearchBoxKeys::enterTable()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!m_table->currentIndex().isValid() || !selection->hasSelection()) {
        const QHeaderView *header = m_table->horizontalHeader();
        int column = 0;
        for (int visual = 0; visual < header->count(); ++visual) { // the leftmost shown column
            column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                break;
        }
        const QModelIndex first = m_table->model()->index(0, column);
        selection->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->setFocus(Qt::TabFocusReason);
    m_table->scrollTo(m_table->currentIndex());
}
