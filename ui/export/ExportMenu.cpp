#include "export/ExportMenu.h"

#include "detail/ServerDetailPanel.h"
#include "export/Csv.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

ExportMenu::ExportMenu(QTableView *table, ServerDetailPanel *detail, QWidget *parent)
    : QMenu(parent)
    , m_table(table)
    , m_detail(detail)
{
    setObjectName(QStringLiteral("exportMenu"));
    m_tableAction = addAction(QString(), this, &ExportMenu::exportTable);
    m_tableAction->setObjectName(QStringLiteral("exportTableAction"));
    m_chartsAction = addAction(QString(), this, &ExportMenu::exportCharts);
    m_chartsAction->setObjectName(QStringLiteral("exportChartsAction"));
    connect(this, &QMenu::aboutToShow, this, &ExportMenu::retranslateUi); // the selected server's name
    retranslateUi();
}

void ExportMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void ExportMenu::retranslateUi()
{
    setTitle(tr("&Export"));
    m_tableAction->setText(tr("Server &table as CSV…"));
    const QString name = m_detail->serverName();
    m_chartsAction->setEnabled(!name.isEmpty());
    // Server names are data: '&' would become a mnemonic.
    QString shown = name.left(40);
    shown.replace(QStringLiteral("&"), QStringLiteral("&&"));
    //: File → Export submenu; %1 = the selected server's name
    m_chartsAction->setText(name.isEmpty() ? tr("&Charts of the selected server…") : tr("&Charts of %1…").arg(shown));
}

QList<int> ExportMenu::visibleColumns(const QTableView *table)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool ExportMenu::writeServerTable(const QTableView *table, const QString &path)
{
    QSaveFile file(path);
    return table->model() && file.open(QIODevice::WriteOnly)
           && file.write(Csv::table(*table->model(), visibleColumns(table))) >= 0 && file.commit();
}

void ExportMenu::exportTable()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export server table"),
                                                      dir + QStringLiteral("/servers.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !writeServerTable(m_table, path)) {
        //: %1 = a file path
        QMessageBox::warning(parentWidget(), tr("Export server table"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void ExportMenu::exportCharts()
{
    const QString dir = QFileDialog::getExistingDirectory(
        parentWidget(), tr("Export charts to folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (dir.isEmpty())
        return;
    if (m_detail->exportCharts(dir).isEmpty()) {
        //: %1 = a folder path
        QMessageBox::warning(parentWidget(), tr("Export charts"),
                             tr("Could not write the charts to %1.").arg(QDir::toNativeSeparators(dir)));
    }
}
