#include "StandardShortcuts.h"

#include <QAction>

QList<QKeySequence> StandardShortcuts::keys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    bindings.removeAll(QKeySequence());
    if (bindings.isEmpty() && !fallback.isEmpty())
        bindings.append(fallback);
    return bindings;
}

void StandardShortcuts::apply(QAction *action, QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    action->setShortcuts(keys(key, fallback));
}
