#include "NotificationHistoryDialog.h"
#include "WindowFit.h"

#include "NotificationHistoryModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NotificationHistoryDialog::NotificationHistoryDialog(NotificationHistoryModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("notificationHistoryDialog"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NotificationHistoryModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NotificationHistoryModel::ServerColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_clear = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_clear->setObjectName(QStringLiteral("historyClearButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, model, &NotificationHistoryModel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);

    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        m_view->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NotificationHistoryDialog::updateEmptyState);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const quint64 id = index.data(NotificationHistoryModel::ServerIdRole).toULongLong();
        if (id)
            emit showServerRequested(id);
    });
    retranslateUi();
    updateEmptyState();
    resize(640, 360);
    WindowFit::fitToScreen(this);
}

void NotificationHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Notification history"));
    m_empty->setText(tr("No notifications yet. Servers going offline or coming back are listed here."));
    m_clear->setText(tr("C&lear"));
}

void NotificationHistoryDialog::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_clear->setEnabled(!empty);
}

void NotificationHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
