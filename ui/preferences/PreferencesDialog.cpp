#include "PreferencesDialog.h"

#include "desktop/Autostart.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : PreferencesDialog(settings, std::make_unique<Autostart>(), parent)
{
}

PreferencesDialog::PreferencesDialog(Settings &settings, std::unique_ptr<Autostart> autostart, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(std::move(autostart))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    buildUi();
    retranslateUi();
    load();
    WindowFit::fitToScreen(this);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::buildUi()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_closeToTray = new QCheckBox(this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_startMinimized = new QCheckBox(this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedCheck"));
    m_autostartBox = new QCheckBox(this);
    m_autostartBox->setObjectName(QStringLiteral("autostartCheck"));
    m_notifications = new QCheckBox(this);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_gracePolls = new QSpinBox(this);
    m_gracePolls->setObjectName(QStringLiteral("gracePollsSpin"));
    m_gracePolls->setRange(1, 20);
    m_flapWindow = new QSpinBox(this);
    m_flapWindow->setObjectName(QStringLiteral("flapWindowSpin"));
    m_flapWindow->setRange(0, 3600);
    m_flapWindow->setSingleStep(60);
    m_trayNote = new QLabel(this);
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020; padding: 4px;"));
    m_error->hide();

    m_form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_language, m_theme, m_closeToTray, m_trayNote, m_startMinimized,
                                                           m_autostartBox, m_notifications, m_gracePolls, m_flapWindow}) {
        auto *label = new QLabel(this); // texts come from retranslateUi()
        m_form->addRow(label, field);
        // Only fields without a text of their own take their Alt letter from the label; a check box has its own.
        label->setBuddy(qobject_cast<QCheckBox *>(field) || field == m_trayNote ? nullptr : field);
    }
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // Every control saves at once: nothing is lost by closing the window.
    connect(m_language, &QComboBox::activated, this, &PreferencesDialog::onLanguageChosen);
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        m_settings.setTheme(m_theme->itemData(index).toString()); // ThemeController applies it at once
    });
    connect(m_closeToTray, &QCheckBox::toggled, &m_settings, &Settings::setCloseToTray);
    connect(m_startMinimized, &QCheckBox::toggled, &m_settings, &Settings::setStartMinimized);
    connect(m_notifications, &QCheckBox::toggled, &m_settings, &Settings::setNotificationsEnabled);
    connect(m_gracePolls, &QSpinBox::valueChanged, &m_settings, &Settings::setOfflineGracePolls);
    connect(m_flapWindow, &QSpinBox::valueChanged, &m_settings, &Settings::setFlapWindowSecs);
    connect(m_autostartBox, &QCheckBox::toggled, this, &PreferencesDialog::onAutostartToggled);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_language)->setText(tr("&Language:"));
    label(m_theme)->setText(tr("&Theme:"));
    label(m_closeToTray)->setText(tr("Window:"));
    label(m_trayNote)->setText(QString());
    label(m_startMinimized)->setText(QString());
    label(m_autostartBox)->setText(tr("Start-up:"));
    label(m_notifications)->setText(tr("Notifications:"));
    //: offline notifications wait this many missed polls (the profile's "Mark offline after" is in seconds)
    label(m_gracePolls)->setText(tr("Notify &after:"));
    label(m_flapWindow)->setText(tr("&Flap window:"));

    {
        const QSignalBlocker blocker(m_language);
        const QString current = m_language->currentData().toString();
        m_language->clear();
        m_language->addItem(tr("System default"), QString());
        for (const QString &code : Translations::availableLanguages())
            m_language->addItem(Translations::languageName(code), code); // endonyms: never translated
        const int index = m_language->findData(current);
        m_language->setCurrentIndex(index < 0 ? 0 : index);
    }
    {
        const QSignalBlocker blocker(m_theme);
        const int current = m_theme->currentIndex();
        m_theme->clear();
        m_theme->addItem(tr("System", "theme"), QStringLiteral("system"));
        m_theme->addItem(tr("Light", "theme"), QStringLiteral("light"));
        m_theme->addItem(tr("Dark", "theme"), QStringLiteral("dark"));
        m_theme->setCurrentIndex(current < 0 ? 0 : current);
        m_theme->setToolTip(tr("System follows the desktop's look; Light and Dark use Farsight's own palette."));
    }
    m_closeToTray->setText(tr("&Close button hides to the tray"));
    m_trayNote->setText(tr("No system tray was found: closing the window quits Farsight."));
    m_startMinimized->setText(tr("Start &minimized"));
    m_autostartBox->setText(tr("Start at log&in"));
    m_notifications->setText(tr("Show desktop &notifications when servers go offline or come back"));
    //: spin box suffix; the value is a number of polls
    m_gracePolls->setSuffix(tr(" missed polls"));
    m_gracePolls->setToolTip(tr("Announce a server as offline once it has been past its profile's \"Mark offline "
                                "after\" time for this many polls in a row."));
    m_flapWindow->setSuffix(tr(" s", "seconds suffix"));
    m_flapWindow->setSpecialValueText(tr("Off", "flap damping"));
    m_flapWindow->setToolTip(tr("At most one offline/online pair per server is announced within this window; "
                                "0 announces every change."));
}

void PreferencesDialog::load()
{
    const QSignalBlocker b0(m_theme), b1(m_language), b2(m_closeToTray), b3(m_startMinimized), b4(m_autostartBox),
        b5(m_notifications), b6(m_gracePolls), b7(m_flapWindow);
    const int index = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    const int theme = m_theme->findData(m_settings.theme());
    m_theme->setCurrentIndex(theme < 0 ? 0 : theme);
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_startMinimized->setChecked(m_settings.startMinimized());
    m_autostartBox->setChecked(m_autostart->isEnabled());
    m_notifications->setChecked(m_settings.notificationsEnabled());
    m_gracePolls->setValue(m_settings.offlineGracePolls());
    m_flapWindow->setValue(m_settings.flapWindowSecs());
}

void PreferencesDialog::setTrayAvailable(bool available)
{
    m_closeToTray->setEnabled(available);
    m_form->setRowVisible(m_trayNote, !available); // the whole row: no blank line under the check box
}

void PreferencesDialog::addSection(QWidget *section)
{
    section->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, section); // after the form, before the error line
}

void PreferencesDialog::onLanguageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    m_settings.setLanguage(code);
    Translations::instance().setLanguage(code); // LanguageChange reaches every widget, this one included
}

void PreferencesDialog::onAutostartToggled(bool on)
{
    QString error;
    if (m_autostart->setEnabled(on, &error)) {
        m_error->hide();
        return;
    }
    m_error->setText(error);
    m_error->show();
    const QSignalBlocker blocker(m_autostartBox);
    m_autostartBox->setChecked(m_autostart->isEnabled());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
