#include "OverviewStrip.h"

#include "FleetModel.h"
#include "Format.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

static void initStripResources()
{
    Q_INIT_RESOURCE(resources); // the status icons live in the static farsight_ui library
}

namespace {
using StateFilter = ServerFilterProxy::StateFilter;
constexpr quint64 WidestBytes = 1023ull * 1024 * 1024 * 1024 + 1; // "1,023.0 GiB"-like: the widest figures
}

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
{
    initStripResources();
    setObjectName(QStringLiteral("overviewStrip"));
    buildUi();
    retranslateUi();
}

void OverviewStrip::buildUi()
{
    auto makeButton = [this](const char *name, const char *icon, StateFilter filter) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setIcon(QIcon(QLatin1String(icon)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        connect(button, &QToolButton::clicked, this, [this, filter] { onStateClicked(filter); });
        return button;
    };
    m_online = makeButton("overviewOnline", ":/icons/status-online.svg", StateFilter::Online);
    m_offline = makeButton("overviewOffline", ":/icons/status-offline.svg", StateFilter::Offline);
    m_never = makeButton("overviewNeverReported", ":/icons/status-never.svg", StateFilter::NeverReported);
    auto makeLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_speed = makeLabel("overviewSpeed");
    m_traffic = makeLabel("overviewTraffic");
    m_month = makeLabel("overviewMonth");
    m_month->hide();
    m_cpu = makeLabel("overviewCpu");

    // Two rows so the strip fits the list's side of a 1024-pixel window: states and CPU, then the network.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_online, 0, 0);
    grid->addWidget(m_offline, 0, 1);
    grid->addWidget(m_never, 0, 2);
    grid->addWidget(m_cpu, 0, 3);
    grid->addWidget(m_speed, 1, 0, 1, 2);
    grid->addWidget(m_traffic, 1, 2, 1, 2);
    grid->addWidget(m_month, 1, 4);
    grid->setColumnStretch(5, 1);
    // The strip never sets the list's minimum width (the detail pane needs its share of a 1024-pixel window):
    // below its natural width the last column is cut, not the window widened.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void OverviewStrip::retranslateUi()
{
    m_online->setToolTip(tr("Show only the online servers (click again to show all)"));
    m_offline->setToolTip(tr("Show only the offline servers (click again to show all)"));
    m_never->setToolTip(tr("Show only the servers that never reported (click again to show all)"));
    m_speed->setToolTip(tr("Total download and upload speed of the online servers shown"));
    m_traffic->setToolTip(tr("Total traffic of the servers shown since each one booted"));
    m_month->setToolTip(tr("Total traffic of the servers shown this month"));
    m_cpu->setToolTip(tr("Average CPU use of the online servers shown"));
    fixWidths();
    render();
}

void OverviewStrip::fixWidths()
{
    // The widest text each field can take, measured once per language/font: figures never move the layout.
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')); // a tool button's frame and icon spacing
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + pad;
    const int counts = 8888; // four digits: room for fleets up to 9,999 servers without a re-layout
    m_online->setFixedWidth(icon + fm.horizontalAdvance(tr("%n online", nullptr, counts)));
    m_offline->setFixedWidth(icon + fm.horizontalAdvance(tr("%n offline", nullptr, counts)));
    m_never->setFixedWidth(icon + fm.horizontalAdvance(tr("%n never reported", nullptr, counts)));
    const QString rate = Format::bytesPerSecond(WidestBytes);
    const QString bytes = Format::bytes(WidestBytes);
    //: overview strip: total download (↓) and upload (↑) speed
    m_speed->setFixedWidth(pad + fm.horizontalAdvance(tr("↓ %1  ↑ %2").arg(rate, rate)));
    //: overview strip: traffic since each server booted, in (↓) and out (↑)
    m_traffic->setFixedWidth(pad + fm.horizontalAdvance(tr("Since boot ↓ %1  ↑ %2").arg(bytes, bytes)));
    //: overview strip: traffic this calendar month, in (↓) and out (↑)
    m_month->setFixedWidth(pad + fm.horizontalAdvance(tr("This month ↓ %1  ↑ %2").arg(bytes, bytes)));
    //: overview strip: average CPU use; %1 = a percentage
    m_cpu->setFixedWidth(pad + fm.horizontalAdvance(tr("CPU avg %1").arg(Format::percent(100.0))));
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fixWidths();
    QWidget::changeEvent(event);
}

void OverviewStrip::setSources(FleetModel *model, ServerFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    const auto schedule = [this] { scheduleRefresh(); };
    // One poll sends many dataChanged: each only schedules; the queued refresh runs once after the poll.
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    // Filter changes (tag, search) show up as rows coming and going in the proxy.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(proxy, &QAbstractItemModel::modelReset, this, schedule);
    refresh();
}

void OverviewStrip::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &OverviewStrip::refresh, Qt::QueuedConnection);
}

void OverviewStrip::refresh()
{
    m_pending = false;
    if (!m_model)
        return;
    ++m_refreshes;
    ServerFilterProxy *proxy = m_proxy;
    m_totals = proxy ? FleetTotals::of(*m_model, [proxy](int row) { return proxy->acceptsIgnoringState(row); })
                     : FleetTotals::of(*m_model);
    render();
}

void OverviewStrip::render()
{
    const FleetTotals &t = m_totals;
    setTextIfChanged(m_online, tr("%n online", nullptr, t.online));
    setTextIfChanged(m_offline, tr("%n offline", nullptr, t.offline));
    setTextIfChanged(m_never, tr("%n never reported", nullptr, t.neverReported));
    setTextIfChanged(m_speed, tr("↓ %1  ↑ %2").arg(Format::bytesPerSecond(t.inSpeed), Format::bytesPerSecond(t.outSpeed)));
    setTextIfChanged(m_traffic,
                     tr("Since boot ↓ %1  ↑ %2").arg(Format::bytes(t.inTransfer), Format::bytes(t.outTransfer)));
    const double cpu = t.averageCpu();
    setTextIfChanged(m_cpu, tr("CPU avg %1").arg(cpu < 0 ? Format::notAvailable() : Format::percent(cpu)));
    m_month->setVisible(t.cycleCount > 0); // the history store knows this cycle for some shown server
    if (t.cycleCount > 0)
        setTextIfChanged(m_month, tr("This month ↓ %1  ↑ %2").arg(Format::bytes(t.cycleIn), Format::bytes(t.cycleOut)));
    m_speed->setAccessibleName(tr("Download %1, upload %2")
                                   .arg(Format::bytesPerSecond(t.inSpeed), Format::bytesPerSecond(t.outSpeed)));
}

void OverviewStrip::setTextIfChanged(QWidget *widget, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->text() != text)
            label->setText(text);
    } else if (auto *button = qobject_cast<QToolButton *>(widget)) {
        if (button->text() != text)
            button->setText(text);
    }
}

void OverviewStrip::setActiveState(StateFilter filter)
{
    m_online->setChecked(filter == StateFilter::Online);
    m_offline->setChecked(filter == StateFilter::Offline);
    m_never->setChecked(filter == StateFilter::NeverReported);
}

void OverviewStrip::onStateClicked(StateFilter filter)
{
    QToolButton *button = filter == StateFilter::Online ? m_online : filter == StateFilter::Offline ? m_offline : m_never;
    // A click toggles: the button is now checked when it was not active before.
    const StateFilter wanted = button->isChecked() ? filter : StateFilter::All;
    setActiveState(wanted);
    emit stateFilterRequested(wanted);
}
