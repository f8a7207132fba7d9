#pragma once

// kill -9 at random moments of a careatlas-cli command (docs/reliability.md): one helper for
// every writing command.

#include <QString>
#include <QStringList>

#include <functional>

namespace careatlas::test {

struct KillCase {
    QStringList arguments;                   // careatlas-cli's arguments
    std::function<void()> prepare;           // puts back what the command starts from
    // What a kill may leave, checked after each kill (`completed`: the command had ended
    // before it was killed) and after the command's undisturbed runs (completed = true).
    std::function<void(bool completed)> check;
    // Before the command runs again after a kill (optional): for commands that refuse to
    // replace what they made (init, recover), the complete result is moved away; what a kill
    // left half-made stays, for the next run to deal with.
    std::function<void()> beforeRerun = {};
};

// Runs the command once undisturbed (timing it), then `kills` times killed with SIGKILL at
// moments spread at random (fixed seed) over that time, each followed by check(), and by the
// command run again undisturbed, which must succeed, and check(true).
void killAtRandomMoments(const KillCase &killCase, int kills = 4);

// An SQLite file whose integrity_check and the rtreecheck of every GeoPackage spatial index
// pass: the list of what fails (empty when sound).
QString storeProblems(const QString &path);

// One number from an SQL query on a file (read-only).
qint64 sqlNumber(const QString &path, const char *sql);

// A standard-format list of `rows` offices around Kanazawa (the fixtures' centre areas): every
// tenth without a location, the others alternately west of 136.65 (area C1) and east (C2).
struct KanazawaCsv {
    QString path;
    qint64 west = 0, east = 0, unplaced = 0;
};
KanazawaCsv writeKanazawaCsv(const QString &path, int rows);
// The same offices as GeoJSON points (fields ID, name, service, address, tel; a feature
// without a location has a null geometry).
KanazawaCsv writeKanazawaGeoJson(const QString &path, int rows);

} // namespace careatlas::test
