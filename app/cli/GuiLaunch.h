#pragma once

// What app/main.cpp needs to know before it builds a QApplication: which arguments are Qt's own
// (-platform NAME, -style S, ..., consumed by QGuiApplication, so the command-line parser must not call them
// unknown), and whether Qt will find a display to open the window on. Without one Qt aborts with a dump about
// platform plugins (exit 134); Farsight says so in one line instead. Pure functions; main thread, before any
// QCoreApplication exists.

#include <QProcessEnvironment>
#include <QStringList>

namespace GuiLaunch {

// args (argv without argv[0]) without the arguments QGuiApplication/QApplication consume.
QStringList withoutQtArguments(const QStringList &args);

// False only when Qt would surely find no display: the platform (-platform NAME, else QT_QPA_PLATFORM) is
// Qt's default with neither DISPLAY nor WAYLAND_DISPLAY set, or xcb without DISPLAY (or -display). Headless
// platforms (offscreen, minimal, vnc, eglfs, linuxfb, ...) and other explicit choices are trusted.
bool canOpenWindow(const QStringList &args, const QProcessEnvironment &env);

} // namespace GuiLaunch
