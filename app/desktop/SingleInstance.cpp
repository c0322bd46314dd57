#include "SingleInstance.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
constexpr int kConnectTimeoutMs = 1000;
const char kRaiseMessage[] = "raise\n";

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QStringLiteral("user");
    return name;
}
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(key.isEmpty() ? defaultKey() : key)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // $XDG_RUNTIME_DIR is per user and per login (0700): the socket belongs there. Without it, a name in the
    // temp folder, kept apart per user by the user name and the socket's user-only permissions.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime + QStringLiteral("/farsight.instance");
    return QStringLiteral("farsight-") + userName();
}

bool SingleInstance::notifyPrimary()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    socket.write(kRaiseMessage);
    if (!socket.waitForBytesWritten(kConnectTimeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

SingleInstance::Claim SingleInstance::claim(QString *error)
{
    if (m_server)
        return Claim::Primary;
    if (notifyPrimary())
        return Claim::AlreadyRunning;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // Nobody answered, so a socket file left by a crashed instance is in the way: remove it and retry.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            if (error)
                *error = server->errorString();
            delete server;
            return Claim::Failed;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Claim::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // Only complete, known lines count: anything else on the socket is ignored.
            while (socket->canReadLine()) {
                if (socket->readLine(64) == kRaiseMessage)
                    emit raiseRequested();
            }
        });
        if (socket->canReadLine())
            emit socket->readyRead();
    }
}
