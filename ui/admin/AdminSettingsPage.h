#pragma once

// Settings page: GET /api/admin/settings as a searchable section -> key -> value tree, redacted values
// marked as such, copy of a value or a whole section (ini form), and the Enterprise-only SAML update
// (PUT /api/admin/settings, section auth.saml). Owned by AdminPane; GUI thread.

#include "admin/AdminContext.h"
#include "grafana/GrafanaTypes.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class AdminSettingsPage : public QWidget
{
    Q_OBJECT
public:
    AdminSettingsPage(AdminContext *context, QWidget *parent = nullptr);
    void reload();
    void setSettings(const GrafanaSettings &settings);
    void applyFilter(const QString &text);
    QString sectionAsText(const QString &section) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyValue();
    void copySection();
    void sendSamlChange(bool remove);
    QTreeWidgetItem *currentSectionItem() const;

    AdminContext *m_context;
    GrafanaSettings m_settings;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QTreeWidget *m_tree;
    QPushButton *m_copyValue;
    QPushButton *m_copySection;
    QGroupBox *m_samlBox;
    QLabel *m_samlHint;
    QLineEdit *m_samlKey;
    QLineEdit *m_samlValue;
    QPushButton *m_samlApply;
    QPushButton *m_samlRemove;
};
