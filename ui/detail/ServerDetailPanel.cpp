#include "ServerDetailPanel.h"

#include "FleetModel.h"
#include "ServerStateText.h"
#include "detail/HostInfoView.h"
#include "detail/MetricChart.h"
#include "fleet/DashboardHistory.h"
#include "history/HistorySource.h"
#include "settings/Settings.h"
#include "widgets/ElidedLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Live windows from Farsight's in-memory samples; the long ones from the local store or the dashboard's history.
const QList<int> kLiveWindows = {300, 900, 3600};
const QList<int> kLongWindows = {6 * 3600, 86400, 7 * 86400, 30 * 86400};
const QList<int> kDashboardWindows = {86400, 7 * 86400, 30 * 86400};
} // namespace

ServerDetailPanel::ServerDetailPanel(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_windowSecs(settings.chartWindowSecs())
{
    buildUi();
    retranslateUi();
}

void ServerDetailPanel::buildUi()
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *page = new QWidget(this);
    m_name = new ElidedLabel(page); // plain text (server names are data); a long name is elided, not widening
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_state = new ElidedLabel(page); // state text of any length never widens the pane (updateHeader)
    m_state->setObjectName(QStringLiteral("detailState"));
    m_windowLabel = new QLabel(page);
    m_window = new QComboBox(page);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_windowLabel->setBuddy(m_window);
    connect(m_window, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            setWindowSecs(m_window->itemData(index).toInt());
    });
    m_source = new QLabel(page);
    m_source->setObjectName(QStringLiteral("chartSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_state, 1);
    header->addSpacing(12);
    header->addWidget(m_windowLabel);
    header->addWidget(m_window);

    m_hostInfo = new HostInfoView(page);
    m_hostInfo->setObjectName(QStringLiteral("hostInfo"));
    m_cpu = new MetricChart(QStringLiteral("cpuChart"), MetricChart::Unit::Percent, page);
    m_memory = new MetricChart(QStringLiteral("memoryChart"), MetricChart::Unit::Bytes, page);
    m_disk = new MetricChart(QStringLiteral("diskChart"), MetricChart::Unit::Bytes, page);
    m_net = new MetricChart(QStringLiteral("networkChart"), MetricChart::Unit::BytesPerSecond, page);
    m_load = new MetricChart(QStringLiteral("loadChart"), MetricChart::Unit::Load, page);
    m_connections = new MetricChart(QStringLiteral("connectionsChart"), MetricChart::Unit::Count, page);
    m_temperature = new MetricChart(QStringLiteral("temperatureChart"), MetricChart::Unit::Celsius, page);
    m_gpu = new MetricChart(QStringLiteral("gpuChart"), MetricChart::Unit::Percent, page);

    auto *charts = new QGridLayout;
    const QList<MetricChart *> all = {m_cpu, m_memory, m_net, m_disk, m_load, m_connections, m_temperature, m_gpu};
    for (int i = 0; i < all.size(); ++i)
        charts->addWidget(all.at(i), i, 0); // one column: the detail pane is usually the narrower side

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_hostInfo);
    contentLayout->addWidget(m_source);
    contentLayout->addLayout(charts);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_scroll = scroll;
    setFocusProxy(scroll); // focusing the pane (Enter on a server) lets PgUp/PgDn/arrows scroll it
    scroll->setFocusPolicy(Qt::StrongFocus);
    scroll->viewport()->installEventFilter(this); // chart heights follow the pane
    // Charts that scroll (or are resized) into view catch up with the polls they skipped.
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ServerDetailPanel::updateCharts);
    connect(scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ServerDetailPanel::updateCharts);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(scroll, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ServerDetailPanel::retranslateUi()
{
    m_placeholder->setText(tr("Select a server in the list to see its details and live charts."));
    m_windowLabel->setText(tr("&Window:"));
    m_shownDashboardWindows = !m_shownDashboardWindows; // forces updateWindowChoices() to re-render the texts
    updateWindowChoices();
    m_cpu->setTitle(tr("CPU"));
    m_cpu->setLines({tr("CPU")});
    m_memory->setTitle(tr("Memory and swap"));
    m_memory->setLines({tr("Memory"), tr("Swap")});
    m_disk->setTitle(tr("Disk used"));
    m_disk->setLines({tr("Disk")});
    m_net->setTitle(tr("Network speed"));
    m_net->setLines({tr("In", "network download"), tr("Out", "network upload")});
    m_load->setTitle(tr("Load average", "system load"));
    m_load->setLines({tr("1 min"), tr("5 min"), tr("15 min")});
    m_connections->setTitle(tr("Connections and processes"));
    m_connections->setLines({tr("TCP"), tr("UDP"), tr("Processes")});
    m_temperature->setTitle(tr("Temperatures"));
    m_gpu->setTitle(tr("GPU"));
    m_gpu->setLines({tr("GPU")});
    updateHeader();
}

void ServerDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        layoutCharts();
    QWidget::changeEvent(event);
}

bool ServerDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCharts();
    return QWidget::eventFilter(watched, event);
}

// A chart about half as high as it is wide, at most ~60 % of the visible pane, and never lower than what keeps
// its title, tick labels and legend readable at the current font (fonts scale with QT_SCALE_FACTOR and DPI).
void ServerDetailPanel::layoutCharts()
{
    const QSize pane = m_scroll->viewport()->size();
    const int wanted = std::min(pane.width() * 45 / 100, pane.height() * 60 / 100);
    for (MetricChart *chart : charts())
        chart->setFixedHeight(std::max(chart->minimumChartHeight(), wanted));
}

QList<MetricChart *> ServerDetailPanel::charts() const
{
    return {m_cpu, m_memory, m_net, m_disk, m_load, m_connections, m_temperature, m_gpu};
}

void ServerDetailPanel::setSources(const FleetModel *model, const HistoryStore *history)
{
    m_model = model;
    m_history = history;
    if (model) { // the history store's cycle traffic arrives after the poll that carried it
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (bottomRight.column() < FleetModel::CycleInColumn || !m_id)
                        return;
                    const int row = m_model->rowOfId(m_id);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        m_hostInfo->setCycleTraffic(m_model->cycleTraffic(m_id));
                });
    }
    refresh();
}

void ServerDetailPanel::setServer(quint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    for (MetricChart *chart : charts())
        chart->resetZoom();
    refresh();
}

void ServerDetailPanel::setWindowSecs(int secs)
{
    if (!kLiveWindows.contains(secs) && !kLongWindows.contains(secs))
        secs = kLiveWindows.first();
    m_windowSecs = secs;
    for (MetricChart *chart : charts())
        chart->resetZoom();
    m_settings.setChartWindowSecs(secs);
    const int shown = m_window->findData(secs); // a long window this dashboard lacks shows as 1 hour
    m_window->setCurrentIndex(shown >= 0 ? shown : m_window->findData(3600));
    ++m_generation;
    updateCharts();
}

void ServerDetailPanel::setDashboardHistory(DashboardHistory *history)
{
    m_dashboardHistory = history;
    connect(history, &DashboardHistory::changed, this, [this] {
        if (usesDashboardHistory()) {
            ++m_generation;
            updateCharts();
        }
    });
    updateWindowChoices();
}

void ServerDetailPanel::setLocalHistory(HistorySource *history)
{
    m_localHistory = history;
    if (history) {
        connect(history, &HistorySource::loaded, this, &ServerDetailPanel::onLocalLoaded);
        connect(history, &HistorySource::failed, this, &ServerDetailPanel::onLocalFailed);
    }
    m_window->clear(); // the offered windows change
    updateWindowChoices();
    ++m_generation;
    updateCharts();
}

bool ServerDetailPanel::isLongWindow() const
{
    return kLongWindows.contains(m_windowSecs);
}

bool ServerDetailPanel::usesDashboardHistory() const
{
    return kDashboardWindows.contains(m_windowSecs) && m_dashboardHistory && m_dashboardHistory->supported()
           && !usesLocalHistory();
}

// The local store when it reaches back to the window's start, or when the dashboard keeps no history.
bool ServerDetailPanel::usesLocalHistory() const
{
    if (!isLongWindow() || !m_localHistory)
        return false;
    const bool dashboard = kDashboardWindows.contains(m_windowSecs) && m_dashboardHistory
                           && m_dashboardHistory->supported();
    if (!dashboard)
        return true;
    const qint64 oldest = m_localHistory->oldestMs(m_id);
    const qint64 fromMs = (std::max<qint64>(m_model ? m_model->dashboardNowSecs() : 0, 0) - m_windowSecs) * 1000;
    return oldest > 0 && oldest <= std::max<qint64>(fromMs, 1);
}

void ServerDetailPanel::updateWindowChoices()
{
    // 1 day / 7 days / 30 days exist only where the dashboard keeps history of its own (v2). A remembered
    // long window on another dashboard shows the longest live one instead (and stays remembered).
    const bool dashboard = m_dashboardHistory && m_dashboardHistory->supported();
    const bool longWindows = dashboard || m_localHistory;
    if (longWindows == m_shownDashboardWindows && m_window->count() > 0)
        return;
    m_shownDashboardWindows = longWindows;
    m_window->clear();
    m_window->addItem(tr("5 minutes"), 300);
    m_window->addItem(tr("15 minutes"), 900);
    m_window->addItem(tr("1 hour"), 3600);
    if (m_localHistory)
        m_window->addItem(tr("6 hours"), 6 * 3600); // the dashboard has no 6-hour period
    if (longWindows) {
        m_window->addItem(tr("24 hours"), 86400);
        m_window->addItem(tr("7 days"), 7 * 86400);
        m_window->addItem(tr("30 days"), 30 * 86400);
    }
    const int shown = m_window->findData(m_windowSecs);
    m_window->setCurrentIndex(shown >= 0 ? shown : m_window->findData(3600));
}

MetricChart *ServerDetailPanel::chart(const QString &objectName) const
{
    return findChild<MetricChart *>(objectName);
}

void ServerDetailPanel::refresh()
{
    const ServerSnapshot *server = m_model && m_id ? m_model->serverById(m_id) : nullptr;
    m_stack->setCurrentIndex(server ? 1 : 0);
    if (!server)
        return;
    m_hostInfo->setServer(server);
    m_hostInfo->setCycleTraffic(m_model->cycleTraffic(m_id));
    updateHeader();
    updateWindowChoices();
    if (!isLongWindow())
        ++m_generation; // long windows redraw when their data arrives, not on every poll
    updateCharts();
}

void ServerDetailPanel::updateHeader()
{
    const ServerSnapshot *server = m_model && m_id ? m_model->serverById(m_id) : nullptr;
    if (!server)
        return;
    m_name->setFullText(server->name);
    QString state = ServerStateText::withSince(m_model->stateOf(m_model->rowOfId(m_id)), server->lastActive);
    if (m_model->isStale())
        state += QStringLiteral(" · ") + tr("dashboard unreachable, values as of the last update");
    m_state->setFullText(state); // elided with the whole text in a tooltip: the pane's width never follows it
}

void ServerDetailPanel::updateCharts()
{
    if (!m_model || !m_history || !m_id || !m_model->serverById(m_id))
        return;
    if (usesLocalHistory()) {
        updateLocalCharts();
        return;
    }
    if (usesDashboardHistory()) {
        updateDashboardCharts();
        return;
    }
    m_source->setVisible(false);
    if (m_temperatureFromDashboard) {
        m_temperatureFromDashboard = false;
        m_drawn.remove(m_temperature);
    }
    const qint64 windowSecs = kLiveWindows.contains(m_windowSecs) ? m_windowSecs : 3600;
    using M = HistoryStore::Metric;
    const qint64 latest = m_history->latestSecs(m_id);
    const qint64 nowSecs = std::max(m_model->dashboardNowSecs(), latest);
    const qint64 since = nowSecs - windowSecs;
    const qint64 toMs = nowSecs * 1000;
    auto series = [&](M metric, const QString &sensor = {}) {
        m_history->copySeries(m_id, metric, since, &m_scratch, sensor);
        return m_scratch;
    };
    const QList<QPointF> cpu = series(M::Cpu);
    // The axis spans the whole window; while the history is younger, the time before it is shaded
    // ("No data before 10:52"), so 15 min and 1 h differ.
    const qint64 fromMs = since * 1000;
    const qint64 beginMs = cpu.isEmpty() ? toMs : qint64(cpu.first().x());
    for (MetricChart *chart : charts())
        chart->setDataBeginMs(beginMs);
    if (due(m_cpu))
        m_cpu->update({cpu}, fromMs, toMs);
    if (due(m_memory))
        m_memory->update({series(M::Memory), series(M::Swap)}, fromMs, toMs);
    if (due(m_disk))
        m_disk->update({series(M::Disk)}, fromMs, toMs);
    if (due(m_net))
        m_net->update({series(M::NetIn), series(M::NetOut)}, fromMs, toMs);
    if (due(m_load))
        m_load->update({series(M::Load1), series(M::Load5), series(M::Load15)}, fromMs, toMs);
    if (due(m_connections))
        m_connections->update({series(M::Tcp), series(M::Udp), series(M::Processes)}, fromMs, toMs);

    const QStringList sensors = m_history->temperatureSensors(m_id);
    m_temperature->setVisible(!sensors.isEmpty());
    if (!sensors.isEmpty() && due(m_temperature)) {
        // Sensor names come from the host; Qt Charts renders legend labels as rich text, so escape them.
        QStringList names;
        for (const QString &sensor : sensors)
            names.append(sensor.toHtmlEscaped());
        m_temperature->setLines(names);
        QList<QList<QPointF>> lines;
        for (const QString &sensor : sensors)
            lines.append(series(M::Temperature, sensor));
        m_temperature->update(lines, fromMs, toMs);
    }
    const bool gpu = m_history->hasGpu(m_id);
    m_gpu->setVisible(gpu);
    if (gpu && due(m_gpu))
        m_gpu->update({series(M::Gpu)}, fromMs, toMs);
}

// Each chart is drawn at most once per generation, and only while it is in view.
bool ServerDetailPanel::due(const MetricChart *chart)
{
    if (m_drawn.value(chart) == m_generation || (!m_drawAll && !inView(chart)))
        return false;
    m_drawn.insert(chart, m_generation);
    return true;
}

bool ServerDetailPanel::inView(const MetricChart *chart) const
{
    if (!chart->isVisibleTo(m_scroll->widget()))
        return false;
    const QWidget *viewport = m_scroll->viewport();
    return QRect(chart->mapTo(viewport, QPoint(0, 0)), chart->size()).intersects(viewport->rect());
}
