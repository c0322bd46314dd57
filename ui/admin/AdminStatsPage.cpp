#include "admin/AdminStatsPage.h"

#include "PlainText.h"
#include "admin/AdminText.h"
#include "grafana/GrafanaClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void setupTable(QTableWidget *table)
{
    table->setColumnCount(2);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

QTableWidgetItem *numberItem(double value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', value == qint64(value) ? 0 : 2));
    item->setData(Qt::UserRole + 1, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AdminStatsPage::AdminStatsPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_refresh(new QPushButton(this)), m_table(new QTableWidget(this)),
      m_usageButton(new QPushButton(this)), m_usageSummary(new QLabel(this)), m_usageTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("adminStatsPage"));
    m_refresh->setObjectName(QStringLiteral("statsRefresh"));
    m_table->setObjectName(QStringLiteral("statsTable"));
    m_usageButton->setObjectName(QStringLiteral("usageReportButton"));
    m_usageSummary->setObjectName(QStringLiteral("usageReportSummary"));
    m_usageSummary->setTextFormat(Qt::PlainText);
    m_usageSummary->setWordWrap(true);
    m_usageSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usageTable->setObjectName(QStringLiteral("usageReportTable"));
    setupTable(m_table);
    setupTable(m_usageTable);

    auto *left = new QVBoxLayout;
    left->addWidget(m_refresh, 0, Qt::AlignLeft);
    left->addWidget(m_table, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_usageButton, 0, Qt::AlignLeft);
    right->addWidget(m_usageSummary);
    right->addWidget(m_usageTable, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    GrafanaClient *client = m_context->client;
    connect(m_refresh, &QPushButton::clicked, this, &AdminStatsPage::reload);
    connect(m_usageButton, &QPushButton::clicked, client, &GrafanaClient::fetchUsageReport);
    connect(client, &GrafanaClient::statsReceived, this, &AdminStatsPage::showStats);
    connect(client, &GrafanaClient::usageReportReceived, this, &AdminStatsPage::showUsage);
    connect(client, &GrafanaClient::runningChanged, this, [this](GrafanaClient::Operation op, bool running) {
        if (op == GrafanaClient::Operation::Stats)
            m_refresh->setEnabled(!running);
        else if (op == GrafanaClient::Operation::UsageReport)
            m_usageButton->setEnabled(!running);
    });
    retranslateUi();
}

void AdminStatsPage::reload()
{
    m_context->client->fetchStats();
}

void AdminStatsPage::showStats(const GrafanaStats &stats)
{
    m_stats = stats;
    // Known counters this release lacks (activeDevices before 10.2) are listed as such, not left out.
    QStringList missing;
    for (const QString &key : GrafanaStats::knownKeys()) {
        if (!stats.value(key))
            missing << key;
    }
    m_table->setRowCount(int(stats.fields.size() + missing.size()));
    for (int row = 0; row < stats.fields.size(); ++row) {
        const GrafanaStats::Field &f = stats.fields.at(row);
        auto *label = new QTableWidgetItem(AdminText::statLabel(f.key));
        label->setToolTip(plainToolTip(f.key)); // the key is Grafana's text: never rich text
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, numberItem(double(f.value)));
    }
    const QString notAvailable = GrafanaFeatures::notAvailableText(m_context->client->serverVersion());
    for (int i = 0; i < missing.size(); ++i) {
        const int row = int(stats.fields.size()) + i;
        m_table->setItem(row, 0, new QTableWidgetItem(AdminText::statLabel(missing.at(i))));
        auto *value = new QTableWidgetItem(notAvailable);
        value->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, 1, value);
    }
}

void AdminStatsPage::showUsage(const GrafanaUsageReport &report)
{
    m_usage = report;
    m_hasUsage = true;
    m_usageSummary->setText(tr("Grafana %1, edition %2, %3/%4, packaged as %5. Licence valid: %6.")
                                .arg(report.displayVersion(), report.edition, report.os, report.arch,
                                     report.packaging, report.hasValidLicense ? tr("yes") : tr("no")));
    m_usageTable->setRowCount(int(report.metrics.size()));
    int row = 0;
    for (auto it = report.metrics.begin(); it != report.metrics.end(); ++it, ++row) {
        m_usageTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_usageTable->setItem(row, 1, numberItem(it.value()));
    }
}

void AdminStatsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminStatsPage::retranslateUi()
{
    m_refresh->setText(tr("&Refresh statistics"));
    m_table->setHorizontalHeaderLabels({tr("Counter"), tr("Value")});
    m_usageButton->setText(tr("Previe&w usage report"));
    m_usageTable->setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
    if (!m_stats.fields.isEmpty())
        showStats(m_stats);
    if (m_hasUsage)
        showUsage(m_usage);
    else
        m_usageSummary->setText(tr("The usage report is what Grafana would send to grafana.com when reporting "
                                   "is on."));
}
