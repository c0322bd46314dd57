#pragma once

// The host facts of one server in the detail view: platform and version, CPU model, arch, virtualization,
// memory/disk/swap totals, boot time and uptime, this billing cycle's traffic, agent version, IPs (each with a Copy button), country, GPU.
// Every value is a plain-text, selectable label (server data is never interpreted as HTML).
// Owned by ServerDetailPanel; GUI thread.

#include "FleetModel.h"
#include "ServerSnapshot.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

class HostInfoView : public QWidget
{
    Q_OBJECT
public:
    explicit HostInfoView(QWidget *parent = nullptr);

    void setServer(const ServerSnapshot *server); // null clears
    // This billing cycle's traffic from the local history; the row is hidden while it is unknown.
    void setCycleTraffic(std::optional<FleetModel::CycleTraffic> traffic);
    QString valueText(const QString &objectName) const; // for tests

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Row { Platform, Cpu, Arch, Virtualization, Memory, Disk, Swap, BootTime, Uptime, CycleTraffic, Agent, Ipv4,
               Ipv6, Country, Gpu, RowCount };
    void retranslateUi();
    void render();
    static void fitHeight(QLabel *value);

    QFormLayout *m_form;
    QLabel *m_labels[RowCount] = {};
    QLabel *m_values[RowCount] = {};
    QToolButton *m_copyV4 = nullptr;
    QLabel *m_flag = nullptr; // the country's flag when the system has it
    QToolButton *m_copyV6 = nullptr;
    ServerSnapshot m_server;
    std::optional<FleetModel::CycleTraffic> m_cycle;
    bool m_hasServer = false;
};
