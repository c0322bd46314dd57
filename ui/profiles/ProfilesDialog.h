#pragma once

// "Connection profiles": the list of dashboards on the left, the selected one's fields on the right
// (name, URL, API token, offline threshold, poll interval, Grafana URL/user/password, secret storage),
// Test buttons for the dashboard and for Grafana, Save/Revert, Use this dashboard. While the form has
// unsaved edits the list is locked, so nothing typed is lost by clicking elsewhere; failed saves and tests
// keep every field. Secrets load asynchronously from the profile's CredentialStore. Addresses with a
// user:password@ are refused (the settings file is plain text) and http:// to another machine with a token or
// password shows a warning (UrlSafety). The form is built in ProfilesDialogForm.cpp. GUI thread.

#include <QDialog>

class ConnectionTester;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
struct Profile;

class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    // `tester` (not owned) is created by the application wiring; the dialog only calls it.
    ProfilesDialog(ProfileStore *store, ConnectionTester *tester, QWidget *parent = nullptr);

    void selectProfile(const QString &id);
    void startNewProfile(); // empty form for a new dashboard
    void focusGrafana();    // puts the cursor in the Grafana URL field ("Set up Grafana…" on the admin tab)
    bool isDirty() const { return m_dirty; }
    QString currentId() const { return m_currentId; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void updateCredentialRows(); // shows the credential fields the chosen generation uses
    void buildUi();
    void retranslateUi();
    void reloadList();
    void loadProfile(const QString &id);
    Profile formProfile() const;
    QString validate() const;
    void setDirty(bool dirty);
    void save();
    void revert();
    void removeCurrent();
    void useCurrent();
    void testDashboard();
    void testGrafana();
    void showResult(QLabel *label, bool ok, const QString &message);
    QStringList formState() const; // every field as typed: compared with m_baseline before asking to save
    void clearTestResult(QLabel *result, bool &pending);
    void updateCleartextWarning(); // http:// to another machine with a token or password: say so

    ProfileStore *m_store;
    ConnectionTester *m_tester;
    QString m_currentId; // empty while editing a new profile
    bool m_dirty = false;
    bool m_tokenEdited = false;
    bool m_passwordEdited = false;
    bool m_nezhaPasswordEdited = false;
    bool m_loading = false;
    bool m_dashboardTestPending = false; // a test is running for the fields as they are
    bool m_grafanaTestPending = false;
    QStringList m_baseline; // formState() when loaded, started or saved

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_generation = nullptr;
    QLineEdit *m_nezhaUser = nullptr;
    QLineEdit *m_nezhaPassword = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_interval = nullptr;
    QLineEdit *m_grafanaUrl = nullptr;
    QLineEdit *m_grafanaUser = nullptr;
    QLineEdit *m_grafanaPassword = nullptr;
    QCheckBox *m_inFile = nullptr;
    QPushButton *m_testDashboard = nullptr;
    QPushButton *m_testGrafana = nullptr;
    QLabel *m_dashboardResult = nullptr;
    QLabel *m_grafanaResult = nullptr;
    QLabel *m_saveResult = nullptr;
    QLabel *m_cleartextWarning = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_use = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_formLabels;
};
