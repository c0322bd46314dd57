#include "ProfilesDialog.h"

#include "credentials/CredentialStore.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "profiles/UrlSafety.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <utility>

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
    // An answer counts only while the fields it tested are unchanged (an edit clears the verdict).
    connect(m_tester, &ConnectionTester::dashboardTested, this, [this](bool ok, const QString &message) {
        if (std::exchange(m_dashboardTestPending, false))
            showResult(m_dashboardResult, ok, message);
    });
    connect(m_tester, &ConnectionTester::grafanaTested, this, [this](bool ok, const QString &message) {
        if (std::exchange(m_grafanaTestPending, false))
            showResult(m_grafanaResult, ok, message);
    });
    if (!m_store->isEmpty())
        selectProfile(m_store->activeId().isEmpty() ? m_store->profiles().first().id : m_store->activeId());
    else
        startNewProfile();
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
    m_dashboardTestPending = m_grafanaTestPending = false;
    setDirty(false);
    m_baseline = formState();
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
        if (!m_dirty)
            m_baseline = formState(); // the stored secrets are part of the untouched form
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
    m_baseline = formState(); // nothing typed yet: Esc closes without asking
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
    m_baseline = formState();
    reloadList();
}

QStringList ProfilesDialog::formState() const
{
    QStringList state;
    for (const QLineEdit *edit : {m_name, m_url, m_nezhaUser, m_nezhaPassword, m_token, m_grafanaUrl, m_grafanaUser,
                                  m_grafanaPassword})
        state << edit->text();
    state << QString::number(m_generation->currentIndex()) << QString::number(m_threshold->value())
          << QString::number(m_interval->value()) << QString::number(m_inFile->isChecked());
    return state;
}

void ProfilesDialog::clearTestResult(QLabel *result, bool &pending)
{
    pending = false;
    result->clear();
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
    m_dashboardTestPending = true;
    m_tester->testDashboard(c);
}

void ProfilesDialog::testGrafana()
{
    GrafanaConnection c;
    c.url = QUrl::fromUserInput(m_grafanaUrl->text().trimmed());
    c.user = m_grafanaUser->text().trimmed();
    c.password = m_grafanaPassword->text();
    showResult(m_grafanaResult, true, tr("Testing…"));
    m_grafanaTestPending = true;
    m_tester->testGrafana(c);
}

void ProfilesDialog::done(int result)
{
    if (m_dirty && formState() != m_baseline) { // an untouched (new) form closes without a question
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

void ProfilesDialog::focusGrafana()
{
    m_grafanaUrl->setFocus(Qt::OtherFocusReason);
}
