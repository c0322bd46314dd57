#include "GuiMain.h"

#include "FleetModel.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "alerts/AlertCenter.h"
#include "credentials/FileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoDashboard.h"
#include "desktop/SingleInstance.h"
#include "grafana/GrafanaClient.h"
#include "grafana/GrafanaConnection.h"
#include "fleet/FleetService.h"
#include "i18n/Translations.h"
#include "nezha/DashboardDriver.h"
#include "notify/DesktopNotifier.h"
#include "preferences/PreferencesAction.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QMenu>
#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct GuiOptions
{
    bool demo = false;
    bool minimized = false;
    QUrl url;
    QString token;
    QString language;
    QString error; // translated; non-empty = refuse to start
};

// The translation context of the GUI entry point's messages (a free function has none of its own).
class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

GuiOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GuiMain::tr("Farsight: a desktop console for Nezha Monitoring fleets."));
    const QCommandLineOption demo(QStringLiteral("demo"), GuiMain::tr("Start the built-in demo dashboard and show it."));
    const QCommandLineOption url(QStringLiteral("url"), GuiMain::tr("Open the dashboard at URL without saving a profile."),
                                 QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       GuiMain::tr("Read the API token for --url from FILE (or set FARSIGHT_TOKEN)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), GuiMain::tr("User interface language: en or zh_CN."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption minimized(QStringLiteral("minimized"), GuiMain::tr("Start minimized (to the tray if there is one)."));
    parser.addOptions({demo, url, tokenFile, lang, minimized});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    GuiOptions options;
    options.demo = parser.isSet(demo);
    options.minimized = parser.isSet(minimized);
    options.language = parser.value(lang);
    if (parser.isSet(url)) {
        options.url = QUrl::fromUserInput(parser.value(url));
        if (!options.url.isValid() || options.url.host().isEmpty()) {
            options.error = GuiMain::tr("--url: \"%1\" is not a valid address.").arg(parser.value(url));
            return options;
        }
        if (parser.isSet(tokenFile)) {
            QFile file(parser.value(tokenFile));
            if (!file.open(QIODevice::ReadOnly)) {
                options.error = GuiMain::tr("--token-file: cannot read %1: %2").arg(file.fileName(), file.errorString());
                return options;
            }
            options.token = QString::fromUtf8(file.readAll()).trimmed();
        } else {
            options.token = qEnvironmentVariable("FARSIGHT_TOKEN").trimmed();
        }
        if (options.token.isEmpty())
            options.error = GuiMain::tr("--url needs an API token: pass --token-file FILE or set FARSIGHT_TOKEN.");
    } else if (parser.isSet(tokenFile)) {
        options.error = GuiMain::tr("--token-file only makes sense together with --url.");
    }
    return options;
}

} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Farsight"));
    QApplication::setApplicationName(QStringLiteral("farsight"));
    QApplication::setApplicationDisplayName(QStringLiteral("Farsight"));
    QApplication::setApplicationVersion(QStringLiteral(FARSIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/farsight.svg")));
    QApplication::setDesktopFileName(QStringLiteral("farsight"));

    Settings &settings = Settings::instance();
    Translations::instance().setLanguage(settings.language()); // before parsing: --help is translated too
    const GuiOptions options = parseOptions(app);
    if (!options.language.isEmpty() && !Translations::instance().setLanguage(options.language)) {
        std::fprintf(stderr, "%s\n", qPrintable(GuiMain::tr("--lang: unknown language \"%1\" (use en or zh_CN).").arg(options.language)));
        return 2;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    // One console per user: a second plain launch raises the first and exits 0. Ad-hoc sessions (--demo,
    // --url) are separate viewers and always start.
    SingleInstance instance;
    if (!options.demo && options.url.isEmpty() && instance.claim() == SingleInstance::Claim::AlreadyRunning)
        return 0;

    QNetworkAccessManager nam;
    KeychainCredentialStore keychain;
    FileCredentialStore fileStore;
    ProfileStore profiles(&settings, &keychain, &fileStore);
    FleetModel model;
    HistoryStore history;
    FleetService fleet(&model, &history);
    fleet.useNezhaV0(&nam);
    std::unique_ptr<DemoDashboard> demo;

    GrafanaClient grafana(&nam);
    ConnectionTester tester(&nam);

    MainWindow window(GuiServices{&settings, &profiles, &model, &history, &fleet, &nam, &grafana, &tester});
    auto startDemo = [&] {
        if (!demo) {
            demo = std::make_unique<DemoDashboard>();
            if (!demo->listen(0)) {
                demo.reset();
                window.setFirstRunMessage(GuiMain::tr("The demo dashboard could not start: no local port is free."));
                return false;
            }
        }
        DashboardConnection connection;
        connection.url = demo->url();
        connection.token = demo->token();
        connection.pollIntervalMs = 3000;
        window.openAdHoc(connection, GuiMain::tr("Demo dashboard"),
                         GrafanaConnection{demo->url(), DemoDashboard::grafanaUser(), DemoDashboard::grafanaPassword()});
        return true;
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, startDemo);
    // The demo's name is translated text (a profile's name is not): rename it on a language switch.
    QObject::connect(&Translations::instance(), &Translations::languageChanged, &window, [&] {
        if (demo)
            window.setAdHocLabel(GuiMain::tr("Demo dashboard"));
    });

    // Tray, offline notifications and Preferences (ui/tray, app/alerts, app/notify, ui/preferences).
    AlertCenter alerts(&settings);
    alerts.watch(&fleet);
    DesktopNotifier notifier;
    alerts.setNotifier(&notifier);
    TrayController tray(&window, alerts, &settings);
    tray.setNotifier(&notifier);
    QObject::connect(&tray, &TrayController::refreshRequested, &window, &MainWindow::refreshNow);
    QObject::connect(&tray, &TrayController::showServerRequested, &window, &MainWindow::showServer);
    QObject::connect(&window, &MainWindow::muteServerRequested, &alerts.mutes(), &MuteList::muteServer);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &tray, &TrayController::showWindow);
    auto *preferences = new PreferencesAction(settings, &window, &window);
    const QList<QAction *> fileActions = window.fileMenu()->actions();
    const auto quitAction = std::find_if(fileActions.cbegin(), fileActions.cend(),
                                         [](QAction *a) { return a->menuRole() == QAction::QuitRole; });
    QAction *beforeQuit = quitAction == fileActions.cend() ? nullptr : *quitAction;
    window.fileMenu()->insertAction(beforeQuit, preferences);
    window.fileMenu()->insertSeparator(beforeQuit);

    if (options.demo) {
        if (!startDemo()) {
            std::fprintf(stderr, "%s\n", qPrintable(GuiMain::tr("The demo dashboard could not start: no local port is free.")));
            return 1;
        }
    } else if (!options.url.isEmpty()) {
        DashboardConnection connection;
        connection.url = options.url;
        connection.token = options.token;
        window.openAdHoc(connection, options.url.host());
    } else {
        window.connectActiveProfile();
    }

    // Minimized = only the tray icon when a tray exists, a minimized window otherwise (never out of reach).
    tray.showInitialWindow(options.minimized || settings.startMinimized());
    const int code = QApplication::exec();
    fleet.stop();
    return code;
}
