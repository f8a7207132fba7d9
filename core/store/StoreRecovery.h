#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace careatlas {

class Store;

// The full check of a store (careatlas-cli check): what is wrong with it, in SQLite's words,
// one problem a line; empty when the store is sound. Reads only.
Result<QStringList> checkStoreFully(const QString &path);

// Copies what a damaged store still holds into a new store at `out` (careatlas-cli recover):
// every area level and area that can be read, every resource row that can be read, the
// dataset labels. The damaged file is only read. Resources are then in no area until they are
// assigned again (the caller does, with geo/).
struct RecoveryReport {
    qint64 resources = 0;
    qint64 areas = 0;
    qint64 unreadableParts = 0;     // broken stretches of the file that were skipped
    QStringList skipped;            // what could not be copied, and why
};
// The copy is made under a temporary name beside `out` (FileExists when `out` exists) and
// renamed into place when whole, after `finish` (e.g. the assignment to areas) has run on it:
// a kill leaves no copy or a whole one, and the next recovery into that folder removes what a
// killed one left.
Result<RecoveryReport> recoverStore(const QString &path, const QString &out, const std::function<Status(Store &)> &finish = {});

} // namespace careatlas
