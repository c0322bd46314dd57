#include "history/LocalHistory.h"

#include "FleetModel.h"

#include "fleet/FleetService.h"
#include "history/HistoryWorker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

QString historyDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

} // namespace

LocalHistory::LocalHistory(QObject *parent, Clock clock) : HistorySource(parent)
{
    qRegisterMetaType<MetricBuckets>("MetricBuckets");
    qRegisterMetaType<QList<HistorySample>>();
    qRegisterMetaType<QHash<quint64, qint64>>();
    qRegisterMetaType<QHash<quint64, TrafficTotals>>();
    if (!clock)
        clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    m_worker = new HistoryWorker(std::move(clock));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWorker::opened, this, [this](const QString &path, const QHash<quint64, qint64> &oldest,
                                                          int cycleStartDay) {
        if (path != m_path)
            return; // an older open() answered late
        m_cycleStartDay = cycleStartDay;
        for (auto it = oldest.cbegin(); it != oldest.cend(); ++it) { // posts may have come first
            const auto known = m_oldestSecs.constFind(it.key());
            if (known == m_oldestSecs.cend() || *known > *it)
                m_oldestSecs.insert(it.key(), *it);
        }
        setStatus(true, {});
        emit opened(path);
    });
    connect(m_worker, &HistoryWorker::failed, this, [this](const QString &message) { setStatus(false, message); });
    connect(m_worker, &HistoryWorker::loaded, this, &HistorySource::loaded);
    connect(m_worker, &HistoryWorker::queryFailed, this, &HistorySource::failed);
    connect(m_worker, &HistoryWorker::written, this, [this](int samples) {
        setStatus(true, {}); // a write that failed before (disk full, a lock) works again
        emit batchWritten(samples);
    });
    connect(m_worker, &HistoryWorker::cleared, this, [this] {
        m_oldestSecs.clear();
        emit cleared();
    });
    connect(m_worker, &HistoryWorker::trafficChanged, this, [this](const QHash<quint64, TrafficTotals> &traffic) {
        m_traffic = traffic;
        emit trafficChanged();
    });
    m_thread.setObjectName(QStringLiteral("history-writer"));
    m_thread.start(QThread::LowPriority);
}

LocalHistory::~LocalHistory()
{
    postToWorker([w = m_worker] { w->close(); });
    m_thread.quit();
    m_thread.wait();
}

template<typename F> void LocalHistory::postToWorker(F &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

QString LocalHistory::pathForProfile(const QString &profileId)
{
    QString safe = profileId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return historyDir() + QStringLiteral("/profile-") + safe.left(64) + QStringLiteral(".sqlite");
}

QString LocalHistory::pathForUrl(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (base.path() == QLatin1String("/"))
        base.setPath({});
    const QByteArray normalized = base.toEncoded();
    const QByteArray hash = QCryptographicHash::hash(normalized, QCryptographicHash::Sha256).toHex().left(16);
    return historyDir() + QStringLiteral("/url-") + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

void LocalHistory::attach(FleetService *fleet)
{
    connect(fleet, &FleetService::snapshotApplied, this, &LocalHistory::post);
    connect(fleet, &FleetService::dashboardChanged, this, [this] { m_lastActive.clear(); });
}

void LocalHistory::publishTrafficTo(FleetModel *model)
{
    const auto publish = [this, model] {
        QHash<quint64, FleetModel::CycleTraffic> traffic;
        if (m_ok) {
            for (auto it = m_traffic.constBegin(); it != m_traffic.constEnd(); ++it) {
                if (it->cycleStart != 0)
                    traffic.insert(it.key(), {it->inBytes, it->outBytes});
            }
        }
        model->setCycleTraffic(traffic);
    };
    connect(this, &LocalHistory::trafficChanged, model, publish);
    connect(this, &LocalHistory::cleared, model, publish);
    connect(this, &LocalHistory::statusChanged, model, publish);
    publish();
}

void LocalHistory::open(const QString &path)
{
    m_path = path;
    m_lastActive.clear();
    m_oldestSecs.clear();
    m_traffic.clear();
    emit trafficChanged();
    if (path != QLatin1String(":memory:") && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        setStatus(false, HistoryDatabase::tr("The history folder %1 could not be created.").arg(QFileInfo(path).absolutePath()));
        return;
    }
    postToWorker([w = m_worker, path, days = m_retentionDays] { w->open(path, days); });
}

void LocalHistory::close()
{
    m_path.clear();
    setStatus(false, {});
    postToWorker([w = m_worker] { w->close(); });
}

void LocalHistory::clear()
{
    postToWorker([w = m_worker] { w->clear(); });
}

void LocalHistory::setRetentionDays(int days)
{
    m_retentionDays = qBound(1, days, 3650);
    postToWorker([w = m_worker, days = m_retentionDays] { w->setRetentionDays(days); });
}

void LocalHistory::setCycleStartDay(int day)
{
    m_cycleStartDay = qBound(1, day, 31);
    postToWorker([w = m_worker, day = m_cycleStartDay] { w->setCycleStartDay(day); });
}

void LocalHistory::post(const FleetSnapshot &snapshot)
{
    if (m_path.isEmpty())
        return;
    QList<HistorySample> batch = HistorySample::fromSnapshot(snapshot, &m_lastActive);
    if (batch.isEmpty())
        return;
    for (const HistorySample &s : batch)
        if (!m_oldestSecs.contains(s.serverId))
            m_oldestSecs.insert(s.serverId, s.tSecs);
    postToWorker([w = m_worker, batch = std::move(batch)] { w->write(batch); });
}

quint64 LocalHistory::request(quint64 serverId, qint64 fromMs, qint64 toMs, int maxBuckets)
{
    const quint64 id = m_nextRequest++;
    postToWorker([w = m_worker, id, serverId, fromMs, toMs, maxBuckets] { w->query(id, serverId, fromMs, toMs, maxBuckets); });
    return id;
}

qint64 LocalHistory::oldestMs(quint64 serverId) const
{
    return m_oldestSecs.value(serverId) * 1000;
}

TrafficTotals LocalHistory::fleetTraffic() const
{
    TrafficTotals total;
    for (const TrafficTotals &t : m_traffic) {
        total.cycleStart = t.cycleStart;
        total.inBytes += t.inBytes;
        total.outBytes += t.outBytes;
    }
    return total;
}

void LocalHistory::setStatus(bool ok, const QString &status)
{
    m_ok = ok;
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}
