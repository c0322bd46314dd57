#pragma once

// Runs the real executables for the end-to-end tests of the command line (tst_command_line, tst_i18n_cli):
// runProcess() runs a program to completion and hands back its exit code and everything it wrote;
// startDemoDashboard() starts farsight-demo-dashboard on a free loopback port. Blocking, in the test's thread.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ProcessRun
{
    int exitCode = -1; // -1 also when the program crashed, could not start or outran the timeout
    QByteArray out;
    QByteArray err;
};

// Starts program with args in env and waits up to timeoutMs for it to finish. A program still running then is
// killed and reported with exitCode -1 and no output.
ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);

// Starts the demo dashboard binary in demo (port 0, seed 5, its token written to tokenFile) and sets *url to the
// base URL it prints. Verifies as it goes (QVERIFY): call from initTestCase() and return when
// QTest::currentTestFailed(). The caller kills demo when done.
void startDemoDashboard(QProcess &demo, const QString &program, const QString &tokenFile, QString *url);
