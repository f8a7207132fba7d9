#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>

struct sqlite3;

namespace careatlas {

class Store;

// Simplified outlines of the areas, kept beside them in the store (schema version 6,
// `ca_area_outlines`): made once when a level's areas are written (Store::replaceAreas, in the
// same transaction) and for every area of a store migrated from version 5, so that drawing a
// map does not simplify every outline again at each open. Keyed by the area's fid, so renaming
// an area or changing its code leaves them as they are; triggers on each area layer delete an
// area's outlines when its geometry changes or it is deleted by another program (QGIS), and the
// scene then simplifies that area itself until the level is written again.
struct AreaOutline {
    qint64 areaId = 0;                   // fid in the level's layer
    // WKB MultiLineString (EPSG:6668), one closed ring per line, simplified (Douglas-Peucker,
    // Boost.Geometry) to ToleranceMetres[k]; rings smaller than the tolerance are left out.
    std::array<QByteArray, 2> lines;
};

namespace outlines {

// The scene's two levels of detail (SceneArea::LodTolerance). Simplified in degrees at
// metres / 111,320 m: never more than the metres on the ground, in either axis, anywhere.
inline constexpr double ToleranceMetres[2] = {40.0, 400.0};
double toleranceDegrees(int k);

// The simplified rings of an area's WKB (Polygon or MultiPolygon).
std::array<QByteArray, 2> simplifiedLines(const QByteArray &wkb);

// Version 6: the table, the triggers on every area layer and the outlines of every area that
// has none yet (idempotent; for creation and migration).
Error applyVersion6(sqlite3 *db);
// The triggers on one area layer (a new level's layer gets them when it is made).
Error addOutlineTriggers(sqlite3 *db, const QString &table);
// The outlines of one level made again from its areas (inside the caller's transaction).
Error refreshLevelOutlines(sqlite3 *db, const QString &levelCode, const QString &table);

} // namespace outlines

// The stored outlines of a level, by area fid (empty for a store below version 6).
Result<QHash<qint64, AreaOutline>> readAreaOutlines(const Store &store, const QString &levelCode);

} // namespace careatlas
