// farsight: the console (GUI) and, with a subcommand or --help/--version, the command line.

#include "cli/CommandLine.h"
#ifdef FARSIGHT_HAS_UI
#include "GuiMain.h"
#endif

int main(int argc, char **argv)
{
#ifdef FARSIGHT_HAS_UI
    if (!CommandLine::wantsCommandLine(argc, argv))
        return runGui(argc, argv);
#endif
    return CommandLine::run(argc, argv);
}
