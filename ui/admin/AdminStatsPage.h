#pragma once

// Stats page: GET /api/admin/stats as a two-column table (whatever counters the server sends: older
// servers lack some, newer ones add some) and the usage-report preview (GET /api/admin/usage-report-preview)
// as a summary plus its metrics. Owned by AdminPane; GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

class AdminStatsPage : public QWidget
{
    Q_OBJECT
public:
    AdminStatsPage(AdminContext *context, QWidget *parent = nullptr);
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStats(const GrafanaStats &stats);
    void showUsage(const GrafanaUsageReport &report);

    AdminContext *m_context;
    GrafanaStats m_stats;
    GrafanaUsageReport m_usage;
    bool m_hasUsage = false;
    QPushButton *m_refresh;
    QTableWidget *m_table;
    QPushButton *m_usageButton;
    QLabel *m_usageSummary;
    QTableWidget *m_usageTable;
};
