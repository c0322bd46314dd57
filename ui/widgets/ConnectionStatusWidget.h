#pragma once

// The status bar's dashboard section: connection state in words (connected and last update, stale with the
// reason, token rejected, unreachable: what happened, to which URL and what to do, as separate sentences
// in the UI language, elided to the bar's width with the whole text in a tooltip), the time to the next poll (ticks every second) and a Refresh
// button (F5 lives on MainWindow's action). Reads FleetService; never talks to the network itself.
// Owned by MainWindow's status bar; GUI thread.

#include <QWidget>

#include "ApiError.h"

class ElidedLabel;
class FleetService;
class QLabel;
class QTimer;
class QToolButton;

class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(FleetService *fleet, QWidget *parent = nullptr);

    void setDashboardName(const QString &name);
    void setNote(const QString &note); // e.g. "no token stored"; overrides the state text while set
    // An ad-hoc session (--url, --demo) has no profile to edit: the advice names the command-line options.
    void setAdHoc(bool adHoc);
    QString stateText() const;
    QString countdownText() const;

signals:
    void refreshRequested();
    void stateTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    QString dashboardUrl() const;
    QString problemText(const QString &last) const;
    QString adviceText(const ApiError &e) const;

    FleetService *m_fleet;
    QString m_name;
    QString m_note;
    bool m_adHoc = false;
    ElidedLabel *m_state;
    QLabel *m_countdown;
    QToolButton *m_refresh;
    QTimer *m_tick;
};
