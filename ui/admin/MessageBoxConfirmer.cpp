#include "admin/MessageBoxConfirmer.h"

#include <QMessageBox>
#include <QPushButton>

bool MessageBoxConfirmer::confirm(QWidget *parent, const QString &title, const QString &question,
                                  const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // the question may carry user-supplied names
    QPushButton *accept = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}
