#pragma once

// Shared set-up for the offscreen GUI tests: isolated settings, an in-memory credential store, the real
// model/history/poller and the real demo dashboard on 127.0.0.1 (real HTTP), with a manual clock so every
// poll brings a new sample. Header-only so each tst_*.cpp stays one executable.

#include "FleetModel.h"
#include "GuiServices.h"
#include "HistoryStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "demo/DemoDashboard.h"
#include "fleet/FleetService.h"
#include "grafana/GrafanaClient.h"
#include "nezha/DashboardDriver.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct GuiTestStack
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("farsight.ini"))};
    MemoryCredentialStore keychain;
    ProfileStore profiles{&settings, &keychain, nullptr};
    QNetworkAccessManager nam;
    GrafanaClient grafana{&nam};
    ConnectionTester tester{&nam};
    FleetModel model;
    HistoryStore history;
    FleetService fleet{&model, &history};
    DemoDashboard demo;
    qint64 clockMs = QDateTime::currentMSecsSinceEpoch();

    explicit GuiTestStack(int servers = SimulatedFleet::DefaultCount)
        : demo(servers, 1)
    {
        fleet.useNezhaV0(&nam);
        demo.fleet()->setClock([this] { return clockMs; });
        demo.fleet()->setScheduledOutages(false);
        const bool listening = demo.listen(0);
        Q_ASSERT(listening);
        Q_UNUSED(listening);
    }

    GuiServices services() { return {&settings, &profiles, &model, &history, &fleet, &nam, &grafana, &tester}; }

    DashboardConnection demoConnection() const
    {
        DashboardConnection c;
        c.url = demo.url();
        c.token = demo.token();
        c.pollIntervalMs = 3600 * 1000; // tests poll explicitly with refreshNow()
        return c;
    }

    // Advances the dashboard clock and waits for one applied poll.
    bool pollOnce(qint64 advanceMs = 3000)
    {
        clockMs += advanceMs;
        QSignalSpy applied(&fleet, &FleetService::snapshotApplied);
        fleet.refreshNow();
        return applied.wait(10000);
    }
};
