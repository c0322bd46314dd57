// ServerDetailPanel's File → Export → "Charts of <server>…": every shown chart brought up to date (also those
// scrolled out of view) and saved as <server>-<chart>.png at the screen's resolution.

#include "ServerDetailPanel.h"

#include "FleetModel.h"
#include "detail/MetricChart.h"
#include "export/ChartExport.h"

#include <QDir>

QStringList ServerDetailPanel::exportCharts(const QString &dir)
{
    const ServerSnapshot *server = m_model && m_id ? m_model->serverById(m_id) : nullptr;
    if (!server)
        return {};
    m_drawAll = true;
    ++m_generation;
    updateCharts();
    m_drawAll = false;
    QStringList written;
    const QString base = ChartExport::safeFileName(server->name);
    for (MetricChart *chart : charts()) {
        if (chart->isHidden())
            continue;
        const QString path = QDir(dir).filePath(base + QLatin1Char('-') + chart->objectName() + QStringLiteral(".png"));
        if (ChartExport::savePng(chart, path))
            written.append(path);
    }
    return written;
}

QString ServerDetailPanel::serverName() const
{
    const ServerSnapshot *server = m_model && m_id ? m_model->serverById(m_id) : nullptr;
    return server ? server->name : QString();
}
