#include "GuiMain.h"

#include "FleetModel.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "alerts/AlertCenter.h"
#include "cli/CommandLine.h"
#include "cli/ConnectionOptions.h"
#include "credentials/FileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoDashboard.h"
#include "desktop/SingleInstance.h"
#include "grafana/GrafanaClient.h"
#include "history/LocalHistory.h"
#include "grafana/GrafanaConnection.h"
#include "fleet/DashboardHistory.h"
#include "fleet/FleetService.h"
#include "i18n/Translations.h"
#include "nezha/DashboardDriver.h"
#include "notify/DesktopNotifier.h"
#include "preferences/HistoryPreferences.h"
#include "preferences/PreferencesAction.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"
#include "theme/Theme.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QMenu>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct GuiOptions
{
    bool demo = false;
    DemoDashboard::Generation demoGeneration = DemoDashboard::Generation::V2; // the current Nezha by default
    bool minimized = false;
    DashboardConnection connection; // a one-session dashboard when connection.url is set
    QString language;
    QString error; // translated; non-empty = refuse to start
};

// The translation context of the GUI entry point's messages (a free function has none of its own).
class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

// CommandLine::mode() already made sure that only the GUI's options are given (no subcommand, no --help).
GuiOptions parseOptions()
{
    QCommandLineParser parser;
    parser.addOptions(CommandLine::guiOptions());
    GuiOptions options;
    if (!parser.parse(QApplication::arguments())) {
        options.error = parser.errorText();
        return options;
    }
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.minimized = parser.isSet(QStringLiteral("minimized"));
    options.language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("url"))) {
        options.error = ConnectionOptions::read(parser, &options.connection);
    } else if (options.demo && parser.isSet(QStringLiteral("api"))) {
        // --demo --api v0|v1|v2: the generation the demo plays ("auto" means the newest).
        const QString api = parser.value(QStringLiteral("api")).toLower();
        if (api != QLatin1String("auto") && !DemoDashboard::parseGeneration(api, &options.demoGeneration))
            options.error = GuiMain::tr("--api: \"%1\" is not a Nezha generation (use v0, v1 or v2).").arg(api);
    } else if (ConnectionOptions::anySet(parser))
        options.error = GuiMain::tr("--token-file, --user, --password-file and --api only make sense together with --url.");
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
    QApplication::setDesktopFileName(QStringLiteral(FARSIGHT_APP_ID)); // the installed .desktop file, without ".desktop"

    Settings &settings = Settings::instance();
    ThemeController theme(settings); // System / Light / Dark, before the first window is made
    Translations::instance().setLanguage(settings.language()); // before parsing: --help is translated too
    const GuiOptions options = parseOptions();
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
    if (!options.demo && options.connection.url.isEmpty() && instance.claim() == SingleInstance::Claim::AlreadyRunning)
        return 0;

    QNetworkAccessManager nam;
    KeychainCredentialStore keychain;
    FileCredentialStore fileStore;
    ProfileStore profiles(&settings, &keychain, &fileStore);
    FleetModel model;
    HistoryStore history;
    FleetService fleet(&model, &history);
    fleet.useNezha(&nam); // detects v0, v1 or v2
    fleet.followNetworkReachability(); // retry at once when the network is back (no-op without a backend)
    std::unique_ptr<DemoDashboard> demo;

    GrafanaClient grafana(&nam);
    ConnectionTester tester(&nam);
    DashboardHistory dashboardHistory(&fleet);
    LocalHistory localHistory; // the SQLite history on its own thread; `history` stays the in-memory one
    localHistory.setRetentionDays(settings.historyRetentionDays());
    localHistory.attach(&fleet);
    localHistory.publishTrafficTo(&model); // this billing cycle's traffic in the table, detail and overview

    MainWindow window(GuiServices{&settings, &profiles, &model, &history, &fleet, &nam, &grafana, &tester,
                                  &dashboardHistory, &localHistory});
    // The demo dashboard, playing one Nezha generation; asking for another one restarts it.
    auto demoLabel = [&] {
        //: %1 = the generation the demo plays, e.g. "v2"
        return GuiMain::tr("Demo dashboard (Nezha %1)").arg(DemoDashboard::generationName(demo->generation()));
    };
    auto startDemo = [&](DemoDashboard::Generation generation) {
        if (demo && demo->generation() != generation) {
            fleet.stop();
            demo.reset();
        }
        if (!demo) {
            demo = std::make_unique<DemoDashboard>();
            demo->setGeneration(generation);
            if (!demo->listen(0)) {
                demo.reset();
                window.setFirstRunMessage(GuiMain::tr("The demo dashboard could not start: no local port is free."));
                return false;
            }
        }
        DashboardConnection connection;
        connection.url = demo->url();
        if (generation == DemoDashboard::Generation::V0) {
            connection.token = demo->token();
        } else { // v1/v2: sign in like a user would; the generation is detected, not forced
            connection.username = DemoDashboard::loginUser();
            connection.password = DemoDashboard::loginPassword();
        }
        connection.pollIntervalMs = 3000;
        // The status bar adds "Nezha v2 (2.3.7)" once the driver has identified it: the label stays short.
        window.openAdHoc(connection, GuiMain::tr("Demo dashboard"),
                         GrafanaConnection{demo->url(), DemoDashboard::grafanaUser(), DemoDashboard::grafanaPassword()});
        std::fprintf(stderr, "%s\n",
                     qPrintable(GuiMain::tr("%1 at %2 (login %3 / %4; Grafana admin %5 / %6)")
                                    .arg(demoLabel(), demo->url().toString(), DemoDashboard::loginUser(),
                                         DemoDashboard::loginPassword(), DemoDashboard::grafanaUser(),
                                         DemoDashboard::grafanaPassword())));
        return true;
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&](int generation) {
        startDemo(DemoDashboard::Generation(generation));
    });
    // One history file per profile; an ad-hoc --url dashboard gets one per URL (it finds its history again next
    // time); the demo's history lives in memory (its data is made up and its port changes every run).
    auto chooseHistoryFile = [&] {
        const QUrl url = fleet.connection().url;
        if (url.isEmpty())
            return;
        const QUrl bare = url.adjusted(QUrl::StripTrailingSlash);
        QString path;
        if (demo && bare == demo->url().adjusted(QUrl::StripTrailingSlash))
            path = QStringLiteral(":memory:");
        else if (!profiles.activeId().isEmpty() && profiles.active().url.adjusted(QUrl::StripTrailingSlash) == bare)
            path = LocalHistory::pathForProfile(profiles.activeId());
        else
            path = LocalHistory::pathForUrl(url);
        if (path != localHistory.path())
            localHistory.open(path);
    };
    QObject::connect(&fleet, &FleetService::dashboardChanged, &localHistory, chooseHistoryFile);
    QObject::connect(&profiles, &ProfileStore::activeProfileChanged, &localHistory, chooseHistoryFile);
    QObject::connect(&settings, &Settings::valueChanged, &localHistory, [&](Settings::Key key) {
        if (key == Settings::Key::HistoryRetentionDays)
            localHistory.setRetentionDays(settings.historyRetentionDays());
    });
    QObject::connect(&localHistory, &LocalHistory::statusChanged, &window, [](const QString &status) {
        if (!status.isEmpty()) // the window keeps its in-memory history; say why the long windows are empty
            std::fprintf(stderr, "%s\n", qPrintable(status));
    });

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
    // The dialog is made on demand by the action (connected first): give each new one the history section.
    QObject::connect(preferences, &QAction::triggered, &window, [&] {
        auto *dialog = window.findChild<PreferencesDialog *>();
        if (dialog && !dialog->findChild<HistoryPreferences *>())
            dialog->addSection(new HistoryPreferences(settings, localHistory));
    });
    window.fileMenu()->insertSeparator(beforeQuit);

    if (options.demo) {
        if (!startDemo(options.demoGeneration)) {
            std::fprintf(stderr, "%s\n", qPrintable(GuiMain::tr("The demo dashboard could not start: no local port is free.")));
            return 1;
        }
    } else if (!options.connection.url.isEmpty()) {
        // host:port, so a dashboard on a non-default port is named as such in the title and the status bar
        window.openAdHoc(options.connection, options.connection.url.adjusted(QUrl::RemoveUserInfo).authority());
    } else {
        window.connectActiveProfile();
    }

    // Minimized = only the tray icon when a tray exists, a minimized window otherwise (never out of reach).
    tray.showInitialWindow(options.minimized || settings.startMinimized());
    const int code = QApplication::exec();
    fleet.stop();
    return code;
}
