// ProfilesDialog, part two: building the form (fields, test rows, scrolling), its translated texts and the rows
// that follow the chosen dashboard generation. The behaviour (load, save, test, close) is in ProfilesDialog.cpp.

#include "ProfilesDialog.h"

#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "profiles/UrlSafety.h"
#include "WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

void ProfilesDialog::buildUi()
{
    auto line = [this](const char *name, bool secret = false) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(170);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_name = line("profileName");
    m_url = line("dashboardUrl");
    m_generation = new QComboBox(this);
    m_generation->setObjectName(QStringLiteral("dashboardApi"));
    for (auto g : {DashboardConnection::Generation::Auto, DashboardConnection::Generation::V0,
                   DashboardConnection::Generation::V1, DashboardConnection::Generation::V2})
        m_generation->addItem(QString(), int(g));
    connect(m_generation, &QComboBox::currentIndexChanged, this, [this] {
        setDirty(true);
        updateCredentialRows();
    });
    m_nezhaUser = line("dashboardUser");
    m_nezhaPassword = line("dashboardPassword", true);
    connect(m_nezhaPassword, &QLineEdit::textEdited, this, [this] { m_nezhaPasswordEdited = true; });
    m_token = line("apiToken", true);
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_tokenEdited = true; });
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("offlineThreshold"));
    m_threshold->setRange(5, 86400);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setRange(1, 3600);
    for (QSpinBox *box : {m_threshold, m_interval})
        connect(box, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    m_grafanaUrl = line("grafanaUrl");
    m_grafanaUser = line("grafanaUser");
    m_grafanaPassword = line("grafanaPassword", true);
    connect(m_grafanaPassword, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    m_inFile = new QCheckBox(this);
    m_inFile->setObjectName(QStringLiteral("secretsInFile"));
    connect(m_inFile, &QCheckBox::toggled, this, [this] {
        setDirty(true);
        m_tokenEdited = m_passwordEdited = m_nezhaPasswordEdited = true; // the secrets move with the choice
    });
    m_testDashboard = new QPushButton(this);
    m_testDashboard->setObjectName(QStringLiteral("testDashboard"));
    m_testGrafana = new QPushButton(this);
    m_testGrafana->setObjectName(QStringLiteral("testGrafana"));
    auto resultLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_dashboardResult = resultLabel("dashboardTestResult");
    m_grafanaResult = resultLabel("grafanaTestResult");
    m_saveResult = resultLabel("saveResult");
    m_cleartextWarning = resultLabel("cleartextWarning");
    for (QLineEdit *edit : {m_url, m_token, m_grafanaUrl, m_grafanaPassword})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::updateCleartextWarning);
    // A test verdict ("Connected…") is about the address and credentials it was run with: an edit voids it.
    for (QLineEdit *edit : {m_url, m_token, m_nezhaUser, m_nezhaPassword})
        connect(edit, &QLineEdit::textEdited, this, [this] { clearTestResult(m_dashboardResult, m_dashboardTestPending); });
    connect(m_generation, &QComboBox::activated, this, [this] { clearTestResult(m_dashboardResult, m_dashboardTestPending); });
    for (QLineEdit *edit : {m_grafanaUrl, m_grafanaUser, m_grafanaPassword})
        connect(edit, &QLineEdit::textEdited, this, [this] { clearTestResult(m_grafanaResult, m_grafanaTestPending); });

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels.append(label);
        m_form->addRow(label, field);
    };
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_generation, m_nezhaUser, m_nezhaPassword, m_token,
                                                        m_threshold, m_interval})
        addRow(w);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testDashboard);
    testRow->addWidget(m_dashboardResult, 1);
    m_form->addRow(testRow);
    for (QWidget *w : {m_grafanaUrl, m_grafanaUser, m_grafanaPassword})
        addRow(w);
    auto *grafanaRow = new QHBoxLayout;
    grafanaRow->addWidget(m_testGrafana);
    grafanaRow->addWidget(m_grafanaResult, 1);
    m_form->addRow(grafanaRow);
    m_form->addRow(m_inFile);
    m_form->addRow(m_cleartextWarning);
    m_form->addRow(m_saveResult);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_use = new QPushButton(this);
    m_use->setObjectName(QStringLiteral("useProfile"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfilesDialog::revert);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::useCurrent);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(m_testDashboard, &QPushButton::clicked, this, &ProfilesDialog::testDashboard);
    connect(m_testGrafana, &QPushButton::clicked, this, &ProfilesDialog::testGrafana);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_dirty)
            loadProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    // The fields scroll on a small screen (QT_SCALE_FACTOR=2 on 1600x1000); Save and Close always show.
    auto *fields = new QWidget;
    auto *columns = new QHBoxLayout(fields);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left);
    columns->addLayout(m_form, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    resize(780, 560);
    WindowFit::fitToScreen(this);
    setDirty(false);
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Connection Profiles"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    const QStringList labels = {tr("&Name:"), tr("Dashboard &URL:"), tr("Das&hboard API:"), tr("Login na&me:"),
                                tr("&Login password:"), tr("API to&ken:"), tr("Mark &offline after:"),
                                tr("&Poll every:"), tr("&Grafana URL:"), tr("Grafana adm&in user:"),
                                tr("Grafana pass&word:")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url->setPlaceholderText(tr("https://status.example.org"));
    //: the dashboard's API generation; "Automatic" detects it from the address and the credentials
    m_generation->setItemText(0, tr("Automatic (detect v0, v1 or v2)"));
    m_generation->setItemText(1, tr("Nezha v0 (API token)"));
    m_generation->setItemText(2, tr("Nezha v1 (login)"));
    m_generation->setItemText(3, tr("Nezha v2 (login or personal access token)"));
    m_nezhaUser->setPlaceholderText(tr("v1/v2: the dashboard user you sign in with"));
    m_token->setPlaceholderText(tr("v0: Admin → API Token; v2: a personal access token (nzp_…)"));
    m_threshold->setSuffix(tr(" s", "seconds suffix"));
    m_threshold->setToolTip(tr("A server that has sent no report for this many seconds is shown as offline. "
                               "Notifications wait the missed polls set in Preferences."));
    m_interval->setSuffix(tr(" s", "seconds suffix"));
    m_grafanaUrl->setPlaceholderText(tr("optional, e.g. https://grafana.example.org"));
    m_grafanaUser->setPlaceholderText(tr("a Grafana server admin"));
    m_inFile->setText(tr("Store secrets in a file readable only by me (instead of the system keychain)"));
    m_testDashboard->setText(tr("&Test connection"));
    m_testGrafana->setText(tr("Test Gra&fana"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_use->setText(tr("Use this &dashboard"));
    updateCleartextWarning();
}

void ProfilesDialog::updateCleartextWarning()
{
    const auto exposed = [](QLineEdit *address, QLineEdit *secret) {
        return !secret->text().isEmpty()
            && UrlSafety::isCleartextToOtherHost(QUrl::fromUserInput(address->text().trimmed()));
    };
    const bool warn = exposed(m_url, m_token) || exposed(m_grafanaUrl, m_grafanaPassword);
    m_cleartextWarning->setText(warn ? UrlSafety::cleartextWarning() : QString());
    m_cleartextWarning->setVisible(warn);
    showResult(m_cleartextWarning, false, m_cleartextWarning->text()); // in the warning colour
}

void ProfilesDialog::updateCredentialRows()
{
    using G = DashboardConnection::Generation;
    const auto g = G(m_generation->currentData().toInt());
    // v0 knows only API tokens, v1 only logins; v2 and "Automatic" take either.
    m_form->setRowVisible(m_nezhaUser, g != G::V0);
    m_form->setRowVisible(m_nezhaPassword, g != G::V0);
    m_form->setRowVisible(m_token, g != G::V1);
}
