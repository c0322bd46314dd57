#pragma once

// The "History" part of Preferences: how many days the local history keeps (Settings, applied by the wiring),
// the billing cycle's start day of the open profile (kept in its history file), where the file is or why it
// cannot be used, and "Clear history…" (asks first). Added to the PreferencesDialog by the GUI wiring when the
// dialog opens; GUI thread.

#include <QGroupBox>
#include <functional>

class LocalHistory;
class QLabel;
class QPushButton;
class QSpinBox;
class Settings;

class HistoryPreferences : public QGroupBox
{
    Q_OBJECT
public:
    HistoryPreferences(Settings &settings, LocalHistory &history, QWidget *parent = nullptr);

    // Asks whether to delete the history; tests replace it (default: a QMessageBox question).
    std::function<bool(QWidget *parent)> confirmClear;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void onClearClicked();

    Settings &m_settings;
    LocalHistory &m_history;
    QLabel *m_retentionLabel;
    QSpinBox *m_retention;
    QLabel *m_billingLabel;
    QSpinBox *m_billingDay;
    QLabel *m_status;
    QPushButton *m_clear;
};
