#include "ProfilesDialog.h"

#include "credentials/CredentialStore.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "profiles/UrlSafety.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ProfileStore *store, ConnectionTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tester(tester)
{
    Q_ASSERT(tester);
    m_tester->cancel(); // a test started from an earlier dialog must not answer in this one
    setObjectName(QStringLiteral("profilesDialog"));
    buildUi();
    retranslateUi();
    reloadList();
    connect(m_tester, &ConnectionTester::dashboardTested, this,
            [this](bool ok, const QString &message) { showResult(m_dashboardResult, ok, message); });
    connect(m_tester, &ConnectionTester::grafanaTested, this,
            [this](bool ok, const QString &message) { showResult(m_grafanaResult, ok, message); });
    if (!m_store->isEmpty())
        selectProfile(m_store->activeId().isEmpty() ? m_store->profiles().first().id : m_store->activeId());
    else
        startNewProfile();
}

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
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(m_form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(780, 520);
    setDirty(false);
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Connection Profiles"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    const QStringList labels = {tr("&Name:"), tr("Dashboard &URL:"), tr("Das&hboard API:"), tr("Login na&me:"),
                                tr("&Login password:"), tr("API &token:"), tr("&Offline after:"),
                                tr("&Poll every:"), tr("&Grafana URL:"), tr("Grafana admin &user:"),
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
    m_interval->setSuffix(tr(" s", "seconds suffix"));
    m_grafanaUrl->setPlaceholderText(tr("optional, e.g. https://grafana.example.org"));
    m_grafanaUser->setPlaceholderText(tr("a Grafana server admin"));
    m_inFile->setText(tr("Store secrets in a file readable only by me (instead of the system keychain)"));
    m_testDashboard->setText(tr("&Test connection"));
    m_testGrafana->setText(tr("Test &Grafana"));
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

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfilesDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.displayName(), m_list); // QListWidget shows plain text
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_store->activeId())
            item->setText(tr("%1 (active)").arg(p.displayName()));
        if (p.id == m_currentId)
            m_list->setCurrentItem(item);
    }
}

void ProfilesDialog::selectProfile(const QString &id)
{
    if (m_dirty)
        return;
    loadProfile(id);
    reloadList();
}

void ProfilesDialog::loadProfile(const QString &id)
{
    const Profile p = m_store->profile(id);
    m_currentId = p.id;
    m_loading = true;
    m_name->setText(p.name);
    m_url->setText(p.url.toString());
    m_generation->setCurrentIndex(qMax(0, m_generation->findData(int(p.generation))));
    m_nezhaUser->setText(p.nezhaUser);
    m_nezhaPassword->clear();
    m_token->clear();
    m_threshold->setValue(p.offlineThresholdSecs);
    m_interval->setValue(p.pollIntervalMs / 1000);
    m_grafanaUrl->setText(p.grafanaUrl.toString());
    m_grafanaUser->setText(p.grafanaUser);
    m_grafanaPassword->clear();
    m_inFile->setChecked(p.secretsInFile);
    m_loading = false;
    m_tokenEdited = m_passwordEdited = m_nezhaPasswordEdited = false;
    updateCredentialRows();
    m_dashboardResult->clear();
    m_grafanaResult->clear();
    m_saveResult->clear();
    setDirty(false);
    if (p.id.isEmpty())
        return;
    m_store->loadSecrets(p.id, this, [this, id](const ProfileSecrets &secrets) {
        if (id != m_currentId)
            return;
        if (!m_tokenEdited) // never overwrite what the user started typing
            m_token->setText(secrets.token);
        if (!m_passwordEdited)
            m_grafanaPassword->setText(secrets.grafanaPassword);
        if (!m_nezhaPasswordEdited)
            m_nezhaPassword->setText(secrets.nezhaPassword);
        if (!secrets.problem.isEmpty())
            showResult(m_saveResult, false, secrets.problem);
    });
}

void ProfilesDialog::startNewProfile()
{
    if (m_dirty)
        return;
    loadProfile(QString());
    m_list->clearSelection();
    m_threshold->setValue(30);
    m_interval->setValue(5);
    setDirty(true);
    m_name->setFocus();
}

Profile ProfilesDialog::formProfile() const
{
    Profile p = m_store->profile(m_currentId);
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    p.generation = DashboardConnection::Generation(m_generation->currentData().toInt());
    p.nezhaUser = m_nezhaUser->text().trimmed();
    p.offlineThresholdSecs = m_threshold->value();
    p.pollIntervalMs = m_interval->value() * 1000;
    p.grafanaUrl = m_grafanaUrl->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_grafanaUrl->text().trimmed());
    p.grafanaUser = m_grafanaUser->text().trimmed();
    p.secretsInFile = m_inFile->isChecked();
    return p;
}

QString ProfilesDialog::validate() const
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return tr("Enter the dashboard address, e.g. https://status.example.org.");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The dashboard address must start with https:// or http://.");
    if (UrlSafety::hasUserInfo(url))
        return UrlSafety::userInfoProblem(UrlSafety::Field::Dashboard);
    if (UrlSafety::hasUserInfo(QUrl::fromUserInput(m_grafanaUrl->text().trimmed())))
        return UrlSafety::userInfoProblem(UrlSafety::Field::Grafana);
    if (!m_grafanaUrl->text().trimmed().isEmpty() && QUrl::fromUserInput(m_grafanaUrl->text().trimmed()).host().isEmpty())
        return tr("The Grafana address is not a valid URL.");
    return {};
}

void ProfilesDialog::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_list->setEnabled(!dirty);
    m_add->setEnabled(!dirty);
    m_remove->setEnabled(!dirty && !m_currentId.isEmpty());
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    m_use->setEnabled(!dirty && !m_currentId.isEmpty() && m_currentId != m_store->activeId());
}

void ProfilesDialog::showResult(QLabel *label, bool ok, const QString &message)
{
    label->setText(message);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, ok ? QColor(0x2e, 0x9e, 0x44) : QColor(0xd0, 0x45, 0x3a));
    label->setPalette(pal);
}

void ProfilesDialog::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showResult(m_saveResult, false, problem);
        return;
    }
    const Profile p = formProfile();
    const bool isNew = p.id.isEmpty();
    ProfileSecretEdits edits;
    if (m_tokenEdited || isNew)
        edits.token = m_token->text().trimmed();
    if (m_passwordEdited || isNew)
        edits.grafanaPassword = m_grafanaPassword->text();
    if (m_nezhaPasswordEdited || isNew)
        edits.nezhaPassword = m_nezhaPassword->text();
    m_save->setEnabled(false);
    const QSet<QString> before = [this] {
        QSet<QString> ids;
        for (const Profile &x : m_store->profiles())
            ids.insert(x.id);
        return ids;
    }();
    m_store->save(p, edits, this, [this](const CredentialResult &result) {
        if (result.ok())
            showResult(m_saveResult, true, tr("Saved."));
        else
            showResult(m_saveResult, result.status == CredentialResult::Status::SessionOnly, result.message);
    });
    // Fields are saved at once; find the id a new profile got.
    if (isNew)
        for (const Profile &x : m_store->profiles())
            if (!before.contains(x.id))
                m_currentId = x.id;
    if (m_store->activeId().isEmpty())
        m_store->setActive(m_currentId);
    m_tokenEdited = m_passwordEdited = m_nezhaPasswordEdited = false;
    setDirty(false);
    reloadList();
}

void ProfilesDialog::revert()
{
    const QString id = m_currentId;
    m_dirty = false;
    if (id.isEmpty() && !m_store->isEmpty())
        loadProfile(m_store->profiles().first().id);
    else
        loadProfile(id);
    reloadList();
}

void ProfilesDialog::removeCurrent()
{
    if (m_currentId.isEmpty() || m_dirty)
        return;
    const Profile p = m_store->profile(m_currentId);
    // Plain text: the name is shown as typed ("A & B"), neither rendered as markup nor escaped twice.
    QMessageBox confirm(QMessageBox::Question, tr("Remove Profile"),
                        tr("Remove the profile \"%1\" and its stored secrets?").arg(p.displayName()),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("removeProfileConfirm"));
    confirm.setTextFormat(Qt::PlainText);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    m_store->remove(p.id);
    if (m_store->isEmpty())
        startNewProfile();
    else
        loadProfile(m_store->activeId());
    reloadList();
}

void ProfilesDialog::useCurrent()
{
    if (m_dirty || m_currentId.isEmpty())
        return;
    m_store->setActive(m_currentId);
    setDirty(false);
    reloadList();
}

void ProfilesDialog::testDashboard()
{
    ProfileSecrets secrets;
    secrets.token = m_token->text().trimmed();
    secrets.nezhaPassword = m_nezhaPassword->text();
    const DashboardConnection c = formProfile().connection(secrets);
    showResult(m_dashboardResult, true, tr("Testing…"));
    m_tester->testDashboard(c);
}

void ProfilesDialog::testGrafana()
{
    GrafanaConnection c;
    c.url = QUrl::fromUserInput(m_grafanaUrl->text().trimmed());
    c.user = m_grafanaUser->text().trimmed();
    c.password = m_grafanaPassword->text();
    showResult(m_grafanaResult, true, tr("Testing…"));
    m_tester->testGrafana(c);
}

void ProfilesDialog::done(int result)
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                                  tr("Save the changes to this profile before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            if (m_dirty)
                return; // invalid input: stay open with everything still typed
        }
    }
    QDialog::done(result);
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

void ProfilesDialog::focusGrafana()
{
    m_grafanaUrl->setFocus(Qt::OtherFocusReason);
}
