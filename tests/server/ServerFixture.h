#pragma once

#include "ServerTestSupport.h"

#include "core/Resource.h"
#include "core/server/ServerStore.h"

#include <memory>

#include <QTemporaryDir>

namespace careatlas::test {

// A published dataset of two welfare areas side by side — N (north, latitude 36.6–36.7) and
// S (south, 36.5–36.6), longitude 136.6–136.7 — with one resource in each, and two centres:
// "north" writes N, "south" writes S. Logins: alice and bob (north), carol (south), dave (read).
struct TwoCentres {
    TwoCentres();
    TestDatabase database;
    QTemporaryDir folder;
    qint64 northId = 0;
    qint64 southId = 0;
    QString alice, bob, carol, dave;
};

// The server store as one of the fixture's sign-ins.
std::unique_ptr<ServerStore> openAs(TwoCentres &data, const QString &login);

Resource placedResource(const QString &name, double latitude, double longitude);

} // namespace careatlas::test
