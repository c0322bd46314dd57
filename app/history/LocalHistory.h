#pragma once

// The local history store (issue 13): a HistorySource over one SQLite file per profile, written and read on
// its own worker thread (HistoryWorker + HistoryDatabase). The GUI thread only turns each applied snapshot into
// one batch of samples (cheap) and posts it; answers come back as queued signals. A file that cannot be used
// (corrupt, locked by another process, unwritable) is reported in words by status() / statusChanged and
// failed() for requests; the app keeps its in-memory history (HistoryStore) either way.
// Also keeps the monthly traffic of the current billing cycle per server (TrafficCycle), as the worker last
// reported it. Created by the GUI wiring (ui/GuiMain.cpp), which calls attach() and open(); GUI thread.

#include "history/HistoryDatabase.h"
#include "history/HistorySource.h"

#include <QHash>
#include <QThread>
#include <functional>

class FleetModel;
class FleetService;
class HistoryWorker;
struct FleetSnapshot;

class LocalHistory : public HistorySource
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // Unix seconds; empty = the real clock

    explicit LocalHistory(QObject *parent = nullptr, Clock clock = {});
    ~LocalHistory() override;

    // <AppDataLocation>/history/<key>.sqlite: the key of a profile is "profile-<id>", of an ad-hoc --url session
    // "url-<hash of the URL>" (the same dashboard finds its history again next time).
    static QString pathForProfile(const QString &profileId);
    static QString pathForUrl(const QUrl &url);

    void attach(FleetService *fleet); // one batch per snapshotApplied
    // Keeps `model`'s billing-cycle traffic (FleetModel::setCycleTraffic: the table's Month columns, the detail,
    // the overview strip) in step with the store: on new totals, a clear, a file that fails or is switched.
    void publishTrafficTo(FleetModel *model);
    void open(const QString &path);   // ":memory:" for a session whose history should not outlive it
    void close();
    void clear();                     // deletes every row of the open file (asked first by the UI)
    void setRetentionDays(int days);
    void setCycleStartDay(int day); // kept in the open file: one per profile
    void post(const FleetSnapshot &snapshot); // what attach() connects: samples of servers with a new report

    QString path() const { return m_path; }
    bool isOk() const { return m_ok; }
    QString status() const { return m_status; } // translated; the failure, or "" when fine
    int retentionDays() const { return m_retentionDays; }
    int cycleStartDay() const { return m_cycleStartDay; } // the open file's billing start day (per profile)

    quint64 request(quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets = 720) override;
    qint64 oldestMs(quint64 serverId) const override;
    TrafficTotals monthlyTraffic(quint64 serverId) const { return m_traffic.value(serverId); }
    TrafficTotals fleetTraffic() const; // the sum over the servers of the current cycle
    const QHash<quint64, TrafficTotals> &traffic() const { return m_traffic; } // per server, as last reported

signals:
    void opened(const QString &path); // the file is usable (its first times and billing day are known)
    void statusChanged(const QString &status);
    void trafficChanged();
    void batchWritten(int samples);
    void cleared();

private:
    void setStatus(bool ok, const QString &status);
    template<typename F> void postToWorker(F &&call);

    QThread m_thread;
    HistoryWorker *m_worker;
    QString m_path;
    QString m_status;
    bool m_ok = false;
    int m_retentionDays = HistoryDatabase::DefaultRetentionDays;
    int m_cycleStartDay = 1;
    quint64 m_nextRequest = 1;
    QHash<quint64, qint64> m_lastActive; // per server, for fromSnapshot
    QHash<quint64, qint64> m_oldestSecs;
    QHash<quint64, TrafficTotals> m_traffic;
};
