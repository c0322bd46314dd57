#pragma once

// Test and benchmark helpers for Nezha v0 payloads: read a recorded fixture, and generate N realistic
// servers (deterministic for a seed), advance their metrics like a poll would, and encode them with the
// production encoder into the exact v0 wire shape. Used by tests/models and tests/bench. Any thread.

#include "ServerSnapshot.h"

#include <QByteArray>
#include <QString>

class NezhaPayloads
{
public:
    static QByteArray fixture(const QString &name); // tests/fixtures/nezha/<name>; empty + QWARN when missing

    // count servers, ids 1..count, ~5% never reported, ~10% offline, some with temperatures/GPU.
    static QList<ServerSnapshot> makeServers(int count, qint64 nowSecs, quint32 seed = 1);

    // One poll later: reporting servers get new metrics and lastActive = nowSecs.
    static void advance(QList<ServerSnapshot> *servers, qint64 nowSecs, quint32 seed);

    // {"code":0,...,"result":[...]} of /server/details (withRealDisplayIndex = no id/tag parameter).
    static QByteArray detailsPayload(const QList<ServerSnapshot> &servers, bool withRealDisplayIndex = true);
    static QByteArray listPayload(const QList<ServerSnapshot> &servers);

    static FleetSnapshot fleet(const QList<ServerSnapshot> &servers, qint64 nowSecs);
};
