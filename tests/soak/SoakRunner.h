#pragma once

// The soak in one process: a DemoDashboard (v0, many servers, 127.0.0.1), the app's FleetService polling it with
// the real NezhaV0Driver, FleetModel and HistoryStore, and an AlertCenter (OfflinePolicy) whose notifications are
// only recorded (no D-Bus). A phase timer alternates healthy windows and the next fault of the cycle (slow,
// trickle, drop, html404, truncated, reject-token, huge); after reject-token the demo gets a new token and the
// service is given it, as a user fixing the token would. Everything observed goes into a SoakLedger.
// Created by farsight_soak's main(); main thread.

#include "FleetModel.h"
#include "HistoryStore.h"
#include "SoakLedger.h"
#include "alerts/AlertCenter.h"
#include "demo/DemoDashboard.h"
#include "fleet/FleetService.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

class SoakRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double minutes = 30;
        int cycleSecs = 30;        // length of each fault window and each healthy window
        int servers = 1000;
        int pollMs = 1000;
        int rssEverySecs = 10;
        int historySamples = 120;  // per-server ring size; small enough to be full after warm-up
        int warmupSecs = -1;       // -1 = one full rotation through the faults (at most half the run)
    };

    explicit SoakRunner(const Options &options, QObject *parent = nullptr);

    bool start(QString *error); // listens and starts polling; finished() follows after the run
    const SoakLedger &ledger() const { return m_ledger; }
    int phaseCount() const { return m_phases; }
    int warmupSecs() const { return m_warmupSecs; }
    static QList<DemoDashboard::Fault> faultCycle();

signals:
    void finished();

private:
    void nextPhase();
    void beginFault(DemoDashboard::Fault fault);
    void endFault();
    void sampleRss();
    void progress(const QString &what) const;

    Options m_options;
    DemoDashboard m_demo;
    QNetworkAccessManager m_nam;
    FleetModel m_model;
    HistoryStore m_history;
    FleetService m_service;
    AlertCenter m_alerts;
    SoakLedger m_ledger;
    QTimer m_phaseTimer;
    QTimer m_rssTimer;
    QElapsedTimer m_clock;
    int m_phase = 0;  // even: healthy, odd: a fault
    int m_phases = 0; // odd, so the run ends with a healthy window
    int m_warmupSecs = 0;
};
