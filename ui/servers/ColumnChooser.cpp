#include "ColumnChooser.h"

#include "FleetModel.h"
#include "Format.h"
#include "ServerStateText.h"
#include "settings/Settings.h"
#include "widgets/ServerItemDelegate.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTableView>

#include <array>

namespace {

// Stable names for Settings: the column enum may be reordered, these stay.
constexpr std::array<const char *, FleetModel::ColumnCount> kKeys = {
    "status", "name",       "tag",         "country",    "platform",    "cpu",  "memory", "disk",
    "swap",   "netInSpeed", "netOutSpeed", "transferIn", "transferOut", "load", "uptime", "lastSeen",
    "cycleIn", "cycleOut"};

// The widest texts a cell of the column usually shows, in the current locale (units, digits, translations).
// Rates and sizes peak just below a unit change: "1,023.9 KiB/s" is wider than "999.9 MiB/s".
QStringList sampleTexts(int column)
{
    constexpr quint64 KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;
    switch (column) {
    case FleetModel::NameColumn:
        return {QStringLiteral("ams-web-100")}; // longer names elide, tooltip has them
    case FleetModel::TagColumn:
        return {QStringLiteral("production")};
    case FleetModel::PlatformColumn:
        return {QStringLiteral("ubuntu 22.04")};
    case FleetModel::CpuColumn:
    case FleetModel::MemoryColumn:
    case FleetModel::DiskColumn:
    case FleetModel::SwapColumn:
        return {Format::percent(100.0)};
    case FleetModel::NetInSpeedColumn:
    case FleetModel::NetOutSpeedColumn:
        return {Format::bytesPerSecond(quint64(1023.9 * KiB)), Format::bytesPerSecond(quint64(1023.9 * MiB))};
    case FleetModel::TransferInColumn:
    case FleetModel::TransferOutColumn:
    case FleetModel::CycleInColumn:
    case FleetModel::CycleOutColumn:
        return {Format::bytes(quint64(1023.9 * MiB)), Format::bytes(quint64(1023.9 * GiB))};
    case FleetModel::LoadColumn:
        return {Format::load(12.34)};
    case FleetModel::UptimeColumn:
        return {Format::duration(99 * 86400 + 23 * 3600)};
    case FleetModel::LastSeenColumn:
        return {Format::ago(59 * 60 + 59)};
    default:
        return {};
    }
}

} // namespace

ColumnChooser::ColumnChooser(QTableView *table, ServerItemDelegate *delegate, Settings &settings, QObject *parent)
    : QObject(parent), m_table(table), m_delegate(delegate), m_settings(settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QList<int> ColumnChooser::defaultColumns()
{
    return {FleetModel::StatusColumn,      FleetModel::NameColumn,  FleetModel::CpuColumn,
            FleetModel::MemoryColumn,      FleetModel::DiskColumn,  FleetModel::NetInSpeedColumn,
            FleetModel::NetOutSpeedColumn, FleetModel::UptimeColumn};
}

QString ColumnChooser::columnKey(int column)
{
    return column >= 0 && column < FleetModel::ColumnCount ? QString::fromLatin1(kKeys[size_t(column)]) : QString();
}

int ColumnChooser::columnOfKey(const QString &key)
{
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (key == QLatin1String(kKeys[size_t(column)]))
            return column;
    }
    return -1;
}

void ColumnChooser::restore(bool headerRestored)
{
    QList<int> shown;
    for (const QString &key : m_settings.serverColumns()) {
        const int column = columnOfKey(key);
        if (column >= 0 && !shown.contains(column))
            shown.append(column);
    }
    // Nothing remembered yet (first start, or a header state from before the chooser existed, when all 16
    // columns showed and Status was 125 px wide): the default set and widths.
    const bool chosen = !shown.isEmpty();
    if (!chosen)
        shown = defaultColumns();
    shown.append(FleetModel::NameColumn); // a row needs its name
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionHidden(column, !shown.contains(column));
    if (!chosen || !headerRestored)
        applyDefaultWidths();
    save();
    setCompact(m_settings.compactRows());
}

void ColumnChooser::resetColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, !defaultColumns().contains(column));
    }
    applyDefaultWidths();
    save();
}

void ColumnChooser::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= FleetModel::ColumnCount || (column == FleetModel::NameColumn && !shown))
        return;
    m_table->horizontalHeader()->setSectionHidden(column, !shown); // back at the width it had (or its default)
    save();
}

QList<int> ColumnChooser::shownColumns() const
{
    QList<int> shown;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (!m_table->horizontalHeader()->isSectionHidden(column))
            shown.append(column);
    }
    return shown;
}

void ColumnChooser::setCompact(bool compact)
{
    m_compact = compact;
    m_settings.setCompactRows(compact);
    m_delegate->setCompact(compact);
    // Normal rows leave room around the bars; compact rows fit one more third of the fleet on screen.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + (compact ? 2 : 8));
    m_table->viewport()->update();
}

int ColumnChooser::defaultWidth(int column) const
{
    const QStyle *style = m_table->style();
    const QFontMetrics fm = m_table->fontMetrics();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1; // as item views lay out
    int content = 0;
    for (const QString &text : sampleTexts(column))
        content = qMax(content, fm.horizontalAdvance(text));
    content += 2 * margin + 8;
    if (column == FleetModel::StatusColumn) {
        int text = 0;
        for (ServerState state : {ServerState::Online, ServerState::Offline, ServerState::NeverReported})
            text = qMax(text, fm.horizontalAdvance(ServerStateText::name(state)));
        content = text + style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4 * margin + 4;
    } else if (column >= FleetModel::CpuColumn && column <= FleetModel::SwapColumn) {
        content += 8; // the bar's inset
    }
    // The header's title and sort arrow (sectionSizeHint() answers 0 for hidden sections, so measure here).
    const QHeaderView *header = m_table->horizontalHeader();
    const QString title =
        m_table->model() ? m_table->model()->headerData(column, Qt::Horizontal).toString() : QString();
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int titleWidth = header->fontMetrics().horizontalAdvance(title) + 4 * headerMargin +
                           style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return qMax(content, titleWidth);
}

void ColumnChooser::retranslate()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() > FleetModel::StatusColumn && header->sectionSize(FleetModel::StatusColumn) > 0)
        header->resizeSection(FleetModel::StatusColumn, qMax(header->sectionSize(FleetModel::StatusColumn),
                                                             defaultWidth(FleetModel::StatusColumn)));
}

void ColumnChooser::applyDefaultWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < qMin(header->count(), int(FleetModel::ColumnCount)); ++column)
        header->resizeSection(column, defaultWidth(column));
}

void ColumnChooser::save()
{
    QStringList names;
    for (int column : shownColumns())
        names.append(columnKey(column));
    m_settings.setServerColumns(names);
}

QMenu *ColumnChooser::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QAbstractItemModel *model = m_table->model();
    for (int column = 0; column < FleetModel::ColumnCount && model; ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_") + columnKey(column));
        action->setCheckable(true);
        action->setChecked(!m_table->horizontalHeader()->isSectionHidden(column));
        action->setEnabled(column != FleetModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu->addSeparator();
    //: server table header menu: undo the sort, list servers as the Nezha dashboard orders them
    QAction *order =
        menu->addAction(tr("&Dashboard order"), this, [this] { m_table->sortByColumn(-1, Qt::AscendingOrder); });
    order->setObjectName(QStringLiteral("dashboardOrderAction"));
    order->setToolTip(tr("List the servers in the order the dashboard shows them"));
    order->setEnabled(m_table->horizontalHeader()->sortIndicatorSection() >= 0);
    //: server table density: smaller rows, more servers on screen
    QAction *compact = menu->addAction(tr("&Compact rows"));
    compact->setObjectName(QStringLiteral("compactRowsAction"));
    compact->setCheckable(true);
    compact->setChecked(m_compact);
    connect(compact, &QAction::toggled, this, &ColumnChooser::setCompact);
    //: server table header menu: back to the default columns, their order and widths
    QAction *reset = menu->addAction(tr("&Reset columns"), this, &ColumnChooser::resetColumns);
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    return menu;
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QMenu *menu = createMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}
