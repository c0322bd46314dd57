#include "admin/AdminSettingsPage.h"

#include "admin/AdminConfirmer.h"
#include "grafana/GrafanaClient.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int RawValueRole = Qt::UserRole + 1;
const QString kSaml = QStringLiteral("auth.saml");
} // namespace

AdminSettingsPage::AdminSettingsPage(AdminContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_filter(new QLineEdit(this)), m_refresh(new QPushButton(this)),
      m_tree(new QTreeWidget(this)), m_copyValue(new QPushButton(this)), m_copySection(new QPushButton(this)),
      m_samlBox(new QGroupBox(this)), m_samlHint(new QLabel(m_samlBox)), m_samlKey(new QLineEdit(m_samlBox)),
      m_samlValue(new QLineEdit(m_samlBox)), m_samlApply(new QPushButton(m_samlBox)),
      m_samlRemove(new QPushButton(m_samlBox))
{
    setObjectName(QStringLiteral("adminSettingsPage"));
    m_filter->setObjectName(QStringLiteral("settingsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setObjectName(QStringLiteral("settingsRefresh"));
    m_tree->setObjectName(QStringLiteral("settingsTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_copyValue->setObjectName(QStringLiteral("copyValueButton"));
    m_copySection->setObjectName(QStringLiteral("copySectionButton"));
    m_samlBox->setObjectName(QStringLiteral("samlBox"));
    m_samlKey->setObjectName(QStringLiteral("samlKey"));
    m_samlValue->setObjectName(QStringLiteral("samlValue"));
    m_samlApply->setObjectName(QStringLiteral("samlApply"));
    m_samlRemove->setObjectName(QStringLiteral("samlRemove"));
    m_samlHint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *copy = new QHBoxLayout;
    copy->addWidget(m_copyValue);
    copy->addWidget(m_copySection);
    copy->addStretch(1);
    auto *saml = new QFormLayout(m_samlBox);
    saml->addRow(m_samlHint);
    saml->addRow(m_samlKey, m_samlValue);
    auto *samlButtons = new QHBoxLayout;
    samlButtons->addWidget(m_samlApply);
    samlButtons->addWidget(m_samlRemove);
    samlButtons->addStretch(1);
    saml->addRow(samlButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(copy);
    layout->addWidget(m_samlBox);

    GrafanaClient *client = m_context->client;
    connect(m_refresh, &QPushButton::clicked, this, &AdminSettingsPage::reload);
    connect(m_filter, &QLineEdit::textChanged, this, &AdminSettingsPage::applyFilter);
    connect(m_copyValue, &QPushButton::clicked, this, &AdminSettingsPage::copyValue);
    connect(m_copySection, &QPushButton::clicked, this, &AdminSettingsPage::copySection);
    connect(m_samlApply, &QPushButton::clicked, this, [this] { sendSamlChange(false); });
    connect(m_samlRemove, &QPushButton::clicked, this, [this] { sendSamlChange(true); });
    connect(client, &GrafanaClient::settingsReceived, this, &AdminSettingsPage::setSettings);
    connect(client, &GrafanaClient::runningChanged, this, [this](GrafanaClient::Operation op, bool running) {
        if (op == GrafanaClient::Operation::Settings)
            m_refresh->setEnabled(!running);
        if (op == GrafanaClient::Operation::UpdateSettings) {
            m_samlApply->setEnabled(!running);
            m_samlRemove->setEnabled(!running);
        }
    });
    connect(client, &GrafanaClient::actionSucceeded, this, [this](GrafanaClient::Operation op) {
        if (op == GrafanaClient::Operation::UpdateSettings)
            reload();
    });
    retranslateUi();
}

void AdminSettingsPage::reload()
{
    m_context->client->fetchSettings();
}

void AdminSettingsPage::setSettings(const GrafanaSettings &settings)
{
    m_settings = settings;
    m_tree->clear();
    QFont italic = m_tree->font();
    italic.setItalic(true);
    for (auto s = settings.sections.begin(); s != settings.sections.end(); ++s) {
        auto *section = new QTreeWidgetItem(m_tree, {s.key()});
        section->setFirstColumnSpanned(false);
        for (auto k = s.value().begin(); k != s.value().end(); ++k) {
            auto *item = new QTreeWidgetItem(section, {k.key(), k.value()});
            item->setData(1, RawValueRole, k.value());
            if (GrafanaSettings::isRedacted(k.value())) {
                item->setText(1, k.value().startsWith(QLatin1Char('*')) ? tr("(redacted by the server)")
                                                                         : tr("%1 (password redacted)").arg(k.value()));
                item->setFont(1, italic);
                item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    applyFilter(m_filter->text());
}

void AdminSettingsPage::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        const bool sectionHit = section->text(0).contains(needle, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *item = section->child(j);
            const bool hit = sectionHit || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->data(1, RawValueRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!hit);
            anyChild = anyChild || hit;
        }
        section->setHidden(!anyChild && !sectionHit);
        section->setExpanded(!needle.isEmpty() && anyChild);
    }
}

QTreeWidgetItem *AdminSettingsPage::currentSectionItem() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() ? item->parent() : item;
}

QString AdminSettingsPage::sectionAsText(const QString &section) const
{
    QString out = QStringLiteral("[%1]\n").arg(section);
    const auto keys = m_settings.sections.value(section);
    for (auto k = keys.begin(); k != keys.end(); ++k)
        out += QStringLiteral("%1 = %2\n").arg(k.key(), k.value());
    return out;
}

void AdminSettingsPage::copyValue()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent())
        QGuiApplication::clipboard()->setText(item->data(1, RawValueRole).toString());
}

void AdminSettingsPage::copySection()
{
    if (QTreeWidgetItem *section = currentSectionItem())
        QGuiApplication::clipboard()->setText(sectionAsText(section->text(0)));
}

void AdminSettingsPage::sendSamlChange(bool remove)
{
    const QString key = m_samlKey->text().trimmed();
    if (key.isEmpty()) {
        m_samlKey->setFocus();
        m_samlKey->setPlaceholderText(tr("Enter a key of section auth.saml first"));
        return;
    }
    GrafanaSettingsUpdate update;
    const QString question = remove
        ? tr("Remove the key \"%1\" from section auth.saml on the server? This changes how users sign in.").arg(key)
        : tr("Set auth.saml \"%1\" to \"%2\" on the server? This changes how users sign in.")
              .arg(key, m_samlValue->text());
    if (!m_context->confirmer->confirm(this, tr("Change SAML settings"), question,
                                       remove ? tr("Remove key") : tr("Apply")))
        return;
    if (remove)
        update.removals[kSaml] = QStringList{key};
    else
        update.updates[kSaml][key] = m_samlValue->text();
    m_context->client->updateSettings(update);
}

void AdminSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminSettingsPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Search sections, keys and values"));
    m_refresh->setText(tr("&Refresh"));
    m_tree->setHeaderLabels({tr("Section / key"), tr("Value")});
    m_copyValue->setText(tr("Copy v&alue"));
    m_copySection->setText(tr("&Copy section"));
    m_samlBox->setTitle(tr("SAML (Grafana Enterprise)"));
    m_samlHint->setText(tr("Grafana Enterprise can change the auth.saml section at runtime. Other editions "
                           "answer \"Not found\"."));
    m_samlKey->setPlaceholderText(tr("Key, e.g. enabled"));
    m_samlValue->setPlaceholderText(tr("Value, e.g. true"));
    m_samlApply->setText(tr("Apply up&date"));
    m_samlRemove->setText(tr("Remove &key"));
    if (!m_settings.sections.isEmpty())
        setSettings(m_settings); // redaction labels are translated text
}
