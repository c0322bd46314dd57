#pragma once

// A loopback HTTP peer that answers every request with its headers at once and then one byte of the body
// every `intervalMs` (Content-Length bodyBytes): the server that an idle timeout alone never gives up on.
// For HttpCall and FleetService tests; main thread.

#include <QTcpServer>
#include <QUrl>

class TricklingServer : public QTcpServer
{
public:
    explicit TricklingServer(int intervalMs = 250, int bodyBytes = 100, QObject *parent = nullptr);
    QUrl url(const QString &path = QStringLiteral("/x")) const; // http://127.0.0.1:<port><path>

private:
    int m_intervalMs;
    int m_bodyBytes;
};
