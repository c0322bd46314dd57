#include "cli/CommandLine.h"

#include "demo/DemoDashboard.h"

#include "cli/ConnectionOptions.h"
#include "cli/GuiLaunch.h"
#include "cli/Subcommands.h"
#include "i18n/Translations.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>
#include <algorithm>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// argv[0] and the rest without Qt's own arguments (-platform NAME, ...), as QCommandLineParser::parse wants them.
QStringList parsableArguments(const QStringList &args)
{
    return QStringList{args.value(0)} + GuiLaunch::withoutQtArguments(args.mid(1));
}

// The GUI's options, then every subcommand's options whose names are not taken yet.
QList<QCommandLineOption> allOptions()
{
    QList<QCommandLineOption> result = CommandLine::guiOptions();
    QStringList taken;
    for (const QCommandLineOption &option : result)
        taken += option.names();
    for (const Subcommand &command : Subcommands::all()) {
        for (const QCommandLineOption &option : command.options()) {
            if (std::none_of(option.names().cbegin(), option.names().cend(),
                             [&](const QString &n) { return taken.contains(n); })) {
                taken += option.names();
                result << option;
            }
        }
    }
    return result;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(allOptions());
}

// Qt's own error text, and "did you mean --token-file?" when an unknown option is close to a known one.
QString parseError(const QCommandLineParser &parser)
{
    QString text = parser.errorText();
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.size() != 1)
        return text;
    QStringList known;
    for (const QCommandLineOption &option : allOptions())
        known += option.names();
    const QString suggestion = Subcommands::closest(unknown.first(), known);
    if (!suggestion.isEmpty())
        text += QLatin1Char(' ') + CommandLine::tr("Did you mean --%1?").arg(suggestion);
    return text;
}

// Applies --lang (or the system language) before any message is printed. False when --lang names no language.
bool applyLanguage(QCommandLineParser &parser, const QStringList &args)
{
    parser.parse(args);
    if (!parser.isSet(QStringLiteral("lang")))
        return Translations::instance().setLanguage({});
    return Translations::instance().setLanguage(parser.value(QStringLiteral("lang")));
}

// A usage error, reported the way the named subcommand wants (`check`: UNKNOWN on stdout), else on stderr with 2.
int usageFailure(const QCommandLineParser &parser, const QString &message)
{
    const Subcommand *command = Subcommands::find(parser.positionalArguments().value(0));
    if (command && command->usageError)
        return command->usageError(message);
    return CommandLine::fail(CommandLine::UsageError, message);
}

int dispatch(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString commands = Subcommands::names().join(QStringLiteral(", "));
    if (positional.isEmpty())
        return CommandLine::fail(CommandLine::UsageError,
                                 CommandLine::tr("Give a command: %1 (see --help).").arg(commands));
    const Subcommand *command = Subcommands::find(positional.first());
    if (!command) {
        const QString suggestion = Subcommands::closest(positional.first(), Subcommands::names());
        if (!suggestion.isEmpty())
            return CommandLine::fail(CommandLine::UsageError,
                                     CommandLine::tr("Unknown command \"%1\"; did you mean \"%2\"? (see --help)")
                                         .arg(positional.first(), suggestion));
        return CommandLine::fail(
            CommandLine::UsageError,
            CommandLine::tr("Unknown command \"%1\"; use one of: %2 (see --help).").arg(positional.first(), commands));
    }
    if (positional.size() > 1 && !command->takesWords)
        return usageFailure(parser, CommandLine::tr("Unexpected argument \"%1\" (see --help).").arg(positional.at(1)));
    return command->run(parser);
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("farsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FARSIGHT_VERSION));
}

} // namespace

CommandLine::Mode CommandLine::mode(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(parsableArguments(args)) || !parser.positionalArguments().isEmpty())
        return Mode::CommandLine; // run() names the unknown command or option
    QStringList gui;
    for (const QCommandLineOption &option : guiOptions())
        gui += option.names();
    for (const QString &name : parser.optionNames()) {
        if (!gui.contains(name))
            return Mode::CommandLine; // --help, --version, or an option only a subcommand takes
    }
    return GuiLaunch::canOpenWindow(args.mid(1), QProcessEnvironment::systemEnvironment()) ? Mode::Gui
                                                                                           : Mode::NoDisplay;
}

int CommandLine::fail(int code, const QString &message)
{
    QTextStream(stderr) << QStringLiteral("farsight: ") << message.simplified() << Qt::endl;
    return code;
}

QList<QCommandLineOption> CommandLine::guiOptions()
{
    QList<QCommandLineOption> options{
        {QStringLiteral("demo"),
         tr("Start a built-in demo dashboard and connect to it; --api v0, v1 or v2 picks the Nezha generation it "
            "plays (default v2). Its login: %1 / %2; its Grafana admin: %3 / %4.")
             .arg(DemoDashboard::loginUser(), DemoDashboard::loginPassword(), DemoDashboard::grafanaUser(),
                  DemoDashboard::grafanaPassword())}};
    options += ConnectionOptions::options();
    options << QCommandLineOption{QStringLiteral("minimized"), tr("GUI: start hidden in the tray.")};
    options << QCommandLineOption{
        QStringLiteral("lang"), tr("Language: %1.").arg(Translations::availableLanguages().join(QStringLiteral(", "))),
        tr("code")};
    return options;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Farsight: a console for Nezha monitoring fleets."));
    setUpParser(parser);
    //: placeholder for the subcommand (servers, details, ...) in the usage line
    const QString command = tr("command");
    parser.addPositionalArgument(
        command, tr("One of: %1. None starts the GUI.").arg(Subcommands::names().join(QStringLiteral(", "))),
        QLatin1Char('[') + command + QLatin1Char(']'));
    QString text = parser.helpText();
    // Qt's usage line names the binary as invoked (argv[0], often a full path); the help documents `farsight`.
    const QString invoked = QCoreApplication::arguments().value(0);
    const qsizetype at = invoked.isEmpty() ? -1 : text.left(text.indexOf(QLatin1Char('\n'))).indexOf(invoked);
    if (at >= 0)
        text.replace(at, invoked.size(), QStringLiteral("farsight"));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Subcommand &row : Subcommands::all()) {
        text += QStringLiteral("  farsight %1 %2\n      ").arg(QLatin1String(row.name), QLatin1String(row.synopsis)) +
                QCoreApplication::translate("CommandLine", row.summary) + QLatin1Char('\n');
    }
    text += QStringLiteral(
                "  CREDENTIALS: --token-file FILE | --user NAME --password-file FILE  [--api auto|v0|v1|v2]\n      ")
            //: explains the CREDENTIALS placeholder of the command lines above
            + tr("A v0 API token or a v2 personal access token (nzp_...) in a file, or a v1/v2 login; "
                 "FARSIGHT_TOKEN and FARSIGHT_PASSWORD work too.") +
            QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("GUI:") +
            QStringLiteral(" farsight [--demo | --url URL CREDENTIALS] [--minimized] [--lang en|zh_CN]\n");
    text += QLatin1Char('\n') +
            tr("Exit status: 0 success, 1 the dashboard failed or could not be reached, 2 bad arguments, "
               "3 the token was rejected; grafana: 4 not a Grafana server admin.") +
            QLatin1Char(' ') + tr("The GUI exits with 4 when there is no display to show it on.") + QLatin1Char('\n');
    return text;
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const QStringList args = parsableArguments(QCoreApplication::arguments());
    QCommandLineParser parser;
    setUpParser(parser);
    // The language first, so that every later message is translated; then parse again, because Qt's
    // own error text ("Unknown option") is translated when the parser produces it.
    if (!applyLanguage(parser, args))
        return fail(UsageError, tr("Unknown language \"%1\"; available: %2")
                                    .arg(parser.value(QStringLiteral("lang")),
                                         Translations::availableLanguages().join(QStringLiteral(", "))));
    if (!parser.parse(args))
        return usageFailure(parser, parseError(parser));
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("farsight %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }
    return dispatch(parser);
}

int CommandLine::refuseWithoutDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    setUpParser(parser);
    if (!applyLanguage(parser, parsableArguments(QCoreApplication::arguments())))
        Translations::instance().setLanguage({}); // the GUI would report the bad --lang; this line is about the display
    return fail(NoDisplay,
                tr("No display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in a "
                   "desktop session, or use the command line, e.g. farsight servers --url URL --token-file FILE "
                   "(see farsight --help)."));
}
