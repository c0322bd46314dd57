#include "HostInfoView.h"

#include "Format.h"
#include "widgets/CountryFlags.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {
const char *const kObjectNames[] = {"platformValue", "cpuValue",  "archValue",  "virtualizationValue", "memoryValue",
                                    "diskValue",     "swapValue", "bootValue",  "uptimeValue", "cycleTrafficValue", "agentValue",          "ipv4Value",
                                    "ipv6Value",     "countryValue", "gpuValue"};
}

HostInfoView::HostInfoView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    for (int row = 0; row < RowCount; ++row) {
        m_labels[row] = new QLabel(this);
        m_values[row] = new QLabel(this);
        m_values[row]->setObjectName(QString::fromLatin1(kObjectNames[row]));
        m_values[row]->setTextFormat(Qt::PlainText);
        m_values[row]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_values[row]->setWordWrap(true);
        m_values[row]->installEventFilter(this); // keeps its wrapped height (fitHeight)
        m_labels[row]->setBuddy(m_values[row]);
        if (row == Ipv4 || row == Ipv6) {
            auto *copy = new QToolButton(this);
            copy->setObjectName(row == Ipv4 ? QStringLiteral("copyIpv4") : QStringLiteral("copyIpv6"));
            copy->setAutoRaise(true);
            const int r = row;
            connect(copy, &QToolButton::clicked, this, [this, r] { QApplication::clipboard()->setText(m_values[r]->text()); });
            (row == Ipv4 ? m_copyV4 : m_copyV6) = copy;
            auto *box = new QHBoxLayout;
            box->setContentsMargins(0, 0, 0, 0);
            box->addWidget(m_values[row], 1);
            box->addWidget(copy);
            m_form->addRow(m_labels[row], box);
        } else if (row == Country) { // flag, then the code as text (screen readers, copying)
            m_flag = new QLabel(this);
            m_flag->setObjectName(QStringLiteral("countryFlag"));
            auto *box = new QHBoxLayout;
            box->setContentsMargins(0, 0, 0, 0);
            box->addWidget(m_flag);
            box->addWidget(m_values[row], 1);
            m_form->addRow(m_labels[row], box);
        } else {
            m_form->addRow(m_labels[row], m_values[row]);
        }
    }
    retranslateUi();
}

void HostInfoView::retranslateUi()
{
    m_labels[Platform]->setText(tr("System:"));
    m_labels[Cpu]->setText(tr("CPU:"));
    m_labels[Arch]->setText(tr("Architecture:"));
    m_labels[Virtualization]->setText(tr("Virtualization:"));
    m_labels[Memory]->setText(tr("Memory:"));
    m_labels[Disk]->setText(tr("Disk:"));
    m_labels[Swap]->setText(tr("Swap:"));
    m_labels[BootTime]->setText(tr("Booted:"));
    //: how long the host has been running, e.g. "12 d 4 h"
    m_labels[Uptime]->setText(tr("Uptime:"));
    //: traffic of the current billing cycle (from the local history), e.g. "↓ 1.2 GiB  ↑ 300 MiB"
    m_labels[CycleTraffic]->setText(tr("This month:"));
    m_labels[Agent]->setText(tr("Agent version:"));
    m_labels[Ipv4]->setText(tr("IPv4:"));
    m_labels[Ipv6]->setText(tr("IPv6:"));
    m_labels[Country]->setText(tr("Country:"));
    m_labels[Gpu]->setText(tr("GPU:"));
    for (QToolButton *copy : {m_copyV4, m_copyV6}) {
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the address to the clipboard"));
    }
    render();
}

bool HostInfoView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitHeight(static_cast<QLabel *>(watched));
    return QWidget::eventFilter(watched, event);
}

void HostInfoView::fitHeight(QLabel *value)
{
    // QFormLayout does not always give a word-wrapped label the height its text needs at the width it got
    // (a long platform string lost its second line when the values changed under a laid-out view); pin
    // the label's minimum height to its height-for-width instead.
    const int needed = value->heightForWidth(value->width());
    if (needed > 0 && value->minimumHeight() != needed)
        value->setMinimumHeight(needed);
}

void HostInfoView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HostInfoView::setServer(const ServerSnapshot *server)
{
    m_hasServer = server != nullptr;
    m_server = server ? *server : ServerSnapshot{};
    render();
}

QString HostInfoView::valueText(const QString &objectName) const
{
    for (QLabel *value : m_values)
        if (value->objectName() == objectName)
            return value->text();
    return {};
}

void HostInfoView::render()
{
    const HostInfo &h = m_server.host;
    const QString na = Format::notAvailable();
    auto orNa = [&na](const QString &s) { return s.trimmed().isEmpty() ? na : s; };
    const bool details = m_hasServer && m_server.hasDetails;
    m_values[Platform]->setText(details ? orNa(QString(h.platform + QLatin1Char(' ') + h.platformVersion).trimmed()) : na);
    m_values[Cpu]->setText(details ? orNa(h.cpu.join(QStringLiteral("\n"))) : na);
    m_values[Arch]->setText(details ? orNa(h.arch) : na);
    m_values[Virtualization]->setText(details ? (h.virtualization.isEmpty() ? tr("none (physical)") : h.virtualization) : na);
    m_values[Memory]->setText(details && h.memTotal ? Format::bytes(h.memTotal) : na);
    m_values[Disk]->setText(details && h.diskTotal ? Format::bytes(h.diskTotal) : na);
    m_values[Swap]->setText(details ? (h.swapTotal ? Format::bytes(h.swapTotal) : tr("none")) : na);
    m_values[BootTime]->setText(details && h.bootTime ? Format::dateTime(qint64(h.bootTime)) : na);
    // The agent's own count (as of the last report), so it agrees with the dashboard's Uptime column.
    m_values[Uptime]->setText(details && m_server.status.uptime ? Format::duration(qint64(m_server.status.uptime)) : na);
    m_values[Agent]->setText(details ? orNa(h.agentVersion) : na);
    m_values[Ipv4]->setText(m_hasServer ? orNa(m_server.ipv4) : na);
    m_values[Ipv6]->setText(m_hasServer ? orNa(m_server.ipv6) : na);
    m_values[Country]->setText(details ? orNa(h.countryCode.toUpper()) : na);
    const QPixmap flag = details ? CountryFlags::instance().flag(h.countryCode, fontMetrics().height() * 3 / 4,
                                                                 devicePixelRatioF())
                                 : QPixmap();
    m_flag->setPixmap(flag);
    m_flag->setVisible(!flag.isNull());
    m_values[Gpu]->setText(details ? orNa(h.gpu.join(QStringLiteral("\n"))) : na);
    m_copyV4->setEnabled(m_hasServer && !m_server.ipv4.isEmpty());
    m_copyV6->setEnabled(m_hasServer && !m_server.ipv6.isEmpty());
    for (QLabel *value : m_values)
        fitHeight(value);
    const bool hasGpu = details && !h.gpu.isEmpty();
    m_form->setRowVisible(Gpu, hasGpu);
    if (m_cycle)
        m_values[CycleTraffic]->setText(tr("↓ %1  ↑ %2").arg(Format::bytes(m_cycle->in), Format::bytes(m_cycle->out)));
    m_form->setRowVisible(CycleTraffic, m_hasServer && m_cycle.has_value());
}

void HostInfoView::setCycleTraffic(std::optional<FleetModel::CycleTraffic> traffic)
{
    if (traffic == m_cycle)
        return;
    m_cycle = traffic;
    render();
}
