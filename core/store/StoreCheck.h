#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace careatlas::storecheck {

// Damage checks of a store, before anything reads or writes it.
//
// checkFileShape: cheap, on every open: the file is a whole number of pages and (when no
// write-ahead log holds newer pages) as long as its header says. A file cut short in its last
// page passes SQLite's own quick_check; it fails here.
Error checkFileShape(const QString &path);

// fullCheck: every problem of the file (PRAGMA integrity_check, including every index, and
// rtreecheck of each spatial index); `withSearchIndex` adds FTS5's own integrity check, which
// needs a writable connection. Empty when the store is sound.
QStringList fullCheck(sqlite3 *db, bool withSearchIndex);

// Opening a large store must not pay a full check every time (0.4 s and more for a national
// store): it is checked once per change of the file and remembered. The stamp is the size and
// modification time of the file and of its write-ahead log; it is kept in the user's cache,
// never beside the store (whose folder may be read-only).
bool isRememberedSound(const QString &path);
void rememberSound(const QString &path);
void forget(const QString &path);

} // namespace careatlas::storecheck
