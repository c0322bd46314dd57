#pragma once

// Standard shortcuts that survive any platform theme: every binding the theme gives a QKeySequence::StandardKey
// (not only the first), or a fallback when the theme gives none (Preferences has none on Linux; a qt6ct theme
// lost Quit's Ctrl+Q). Stateless; called by MainWindow and PreferencesAction; GUI thread.

#include <QKeySequence>
#include <QList>

class QAction;

namespace StandardShortcuts {
QList<QKeySequence> keys(QKeySequence::StandardKey key, const QKeySequence &fallback);
void apply(QAction *action, QKeySequence::StandardKey key, const QKeySequence &fallback);
} // namespace StandardShortcuts
