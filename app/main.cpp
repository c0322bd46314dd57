// farsight: the console (GUI) and, with a subcommand or --help/--version, the command line.
// Which one is decided from argv before any QApplication exists: a typo or an unknown option never starts the
// GUI, and a GUI without a display says so in one line instead of Qt's abort (CommandLine::mode).

#include "cli/CommandLine.h"
#include "net/AllocatorPolicy.h"
#ifdef FARSIGHT_HAS_UI
#include "GuiMain.h"
#endif

int main(int argc, char **argv)
{
    AllocatorPolicy::applyForLongRunningProcess(); // before the first large reply buffer
#ifdef FARSIGHT_HAS_UI
    switch (CommandLine::mode(argc, argv)) {
    case CommandLine::Mode::Gui:
        return runGui(argc, argv);
    case CommandLine::Mode::NoDisplay:
        return CommandLine::refuseWithoutDisplay(argc, argv);
    case CommandLine::Mode::CommandLine:
        break;
    }
#endif
    return CommandLine::run(argc, argv);
}
