#include "ServerDetailPanel.h"

#include "FleetModel.h"
#include "ServerStateText.h"
#include "detail/HostInfoView.h"
#include "detail/MetricChart.h"
#include "settings/Settings.h"

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
const int kWindows[] = {300, 900, 3600};
}

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
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextFormat(Qt::PlainText); // server names are data, never markup
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("detailState"));
    m_state->setTextFormat(Qt::PlainText);
    m_windowLabel = new QLabel(page);
    m_window = new QComboBox(page);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_windowLabel->setBuddy(m_window);
    connect(m_window, &QComboBox::activated, this, [this](int index) { setWindowSecs(kWindows[qBound(0, index, 2)]); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_state);
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
    contentLayout->addLayout(charts);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_scroll = scroll;
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
    m_window->clear();
    m_window->addItem(tr("5 minutes"));
    m_window->addItem(tr("15 minutes"));
    m_window->addItem(tr("1 hour"));
    m_window->setCurrentIndex(m_windowSecs == 3600 ? 2 : m_windowSecs == 900 ? 1 : 0);
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
    QWidget::changeEvent(event);
}

void ServerDetailPanel::setSources(const FleetModel *model, const HistoryStore *history)
{
    m_model = model;
    m_history = history;
    refresh();
}

void ServerDetailPanel::setServer(quint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

void ServerDetailPanel::setWindowSecs(int secs)
{
    m_windowSecs = secs;
    m_settings.setChartWindowSecs(secs);
    m_window->setCurrentIndex(secs == 3600 ? 2 : secs == 900 ? 1 : 0);
    ++m_generation;
    updateCharts();
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
    updateHeader();
    ++m_generation;
    updateCharts();
}

void ServerDetailPanel::updateHeader()
{
    const ServerSnapshot *server = m_model && m_id ? m_model->serverById(m_id) : nullptr;
    if (!server)
        return;
    m_name->setText(server->name);
    QString state = ServerStateText::withSince(m_model->stateOf(m_model->rowOfId(m_id)), server->lastActive);
    if (m_model->isStale())
        state += QStringLiteral(" · ") + tr("dashboard unreachable, values as of the last update");
    m_state->setText(state);
}

void ServerDetailPanel::updateCharts()
{
    if (!m_model || !m_history || !m_id || !m_model->serverById(m_id))
        return;
    using M = HistoryStore::Metric;
    const qint64 latest = m_history->latestSecs(m_id);
    const qint64 nowSecs = std::max(m_model->dashboardNowSecs(), latest);
    const qint64 since = nowSecs - m_windowSecs;
    const qint64 toMs = nowSecs * 1000;
    auto series = [&](M metric, const QString &sensor = {}) {
        m_history->copySeries(m_id, metric, since, &m_scratch, sensor);
        return m_scratch;
    };
    const QList<QPointF> cpu = series(M::Cpu);
    // While the client-side history is shorter than the window, the axis spans what there is (at least a
    // minute), so a freshly opened view shows a readable chart instead of a sliver at the right edge.
    qint64 fromMs = since * 1000;
    if (!cpu.isEmpty())
        fromMs = std::max(fromMs, std::min(qint64(cpu.first().x()), toMs - 60 * 1000));
    // Each chart is drawn at most once per generation, and only while it is in view.
    auto due = [this](const MetricChart *chart) {
        if (m_drawn.value(chart) == m_generation || !inView(chart))
            return false;
        m_drawn.insert(chart, m_generation);
        return true;
    };
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

bool ServerDetailPanel::inView(const MetricChart *chart) const
{
    if (!chart->isVisibleTo(m_scroll->widget()))
        return false;
    const QWidget *viewport = m_scroll->viewport();
    return QRect(chart->mapTo(viewport, QPoint(0, 0)), chart->size()).intersects(viewport->rect());
}
