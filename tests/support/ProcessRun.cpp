#include "ProcessRun.h"

#include <QTest>

ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs))
        return run; // ~QProcess kills a program still running
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void startDemoDashboard(QProcess &demo, const QString &program, const QString &tokenFile, QString *url)
{
    demo.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-file"), tokenFile,
                         QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(demo.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(demo.canReadLine(), 10000);
    *url = QString::fromUtf8(demo.readLine()).trimmed();
    QVERIFY2(url->startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(*url));
}
