#include "core/store/OutlineStore.h"

#include "core/store/GpkgGeometry.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/point_xy.hpp>

namespace careatlas {

namespace bg = boost::geometry;

namespace outlines {

namespace {

using Point = bg::model::d2::point_xy<double>;
using Line = bg::model::linestring<Point>;

constexpr double MetresPerDegree = 111320.0;

bool tableExists(sqlite3 *db, const char *name)
{
    SqliteStatement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    s.bind(1, QString::fromLatin1(name));
    return s.next();
}

// Outlines for the areas of a level that have none (all of them after a DELETE).
Error fillLevel(sqlite3 *db, const QString &levelCode, const QString &table)
{
    const QByteArray sql = QStringLiteral("SELECT a.fid, a.geom FROM %1 a WHERE a.geom IS NOT NULL AND NOT EXISTS "
                                          "(SELECT 1 FROM ca_area_outlines o WHERE o.level_code = ?1 AND o.area_id = a.fid)")
                               .arg(table)
                               .toUtf8();
    SqliteStatement select(db, sql.constData());
    if (!select.isValid())
        return select.prepareError();
    select.bind(1, levelCode);
    SqliteStatement insert(db, "INSERT OR REPLACE INTO ca_area_outlines (level_code, area_id, lines_fine, lines_coarse) VALUES (?, ?, ?, ?)");
    if (!insert.isValid())
        return insert.prepareError();
    while (select.next()) {
        const auto decoded = gpkg::decode(select.blob(1));
        if (!decoded || decoded->empty)
            continue;
        const auto lines = simplifiedLines(decoded->wkb);
        insert.bind(1, levelCode).bind(2, select.int64(0)).bind(3, lines[0]).bind(4, lines[1]);
        if (!insert.exec())
            return insert.lastError();
    }
    return select.lastError();
}

} // namespace

double toleranceDegrees(int k) { return ToleranceMetres[k] / MetresPerDegree; }

std::array<QByteArray, 2> simplifiedLines(const QByteArray &wkb)
{
    std::array<QByteArray, 2> result;
    const auto rings = gpkg::wkbRings(wkb);
    if (!rings)
        return result;
    for (int k = 0; k < 2; ++k) {
        std::vector<gpkg::Ring> kept;
        for (const gpkg::Ring &ring : *rings) {
            Line line;
            line.reserve(ring.size());
            for (const auto &[x, y] : ring)
                line.emplace_back(x, y);
            Line simple;
            bg::simplify(line, simple, toleranceDegrees(k));
            if (simple.size() < 4)
                continue;   // a ring smaller than the tolerance: nothing to see at that scale
            gpkg::Ring out;
            out.reserve(simple.size());
            for (const Point &p : simple)
                out.emplace_back(p.x(), p.y());
            kept.push_back(std::move(out));
        }
        result[size_t(k)] = gpkg::multiLineStringWkb(kept);
    }
    return result;
}

Error addOutlineTriggers(sqlite3 *db, const QString &table)
{
    // The level code is the table name after "areas_" (schema::areaTableName).
    const QString level = table.mid(QStringLiteral("areas_").size());
    const QString sql = QStringLiteral(
        "CREATE TRIGGER IF NOT EXISTS ca_outlines_%1_delete AFTER DELETE ON %1 BEGIN "
        "DELETE FROM ca_area_outlines WHERE level_code = '%2' AND area_id = OLD.fid; END;"
        "CREATE TRIGGER IF NOT EXISTS ca_outlines_%1_geom AFTER UPDATE OF geom, fid ON %1 BEGIN "
        "DELETE FROM ca_area_outlines WHERE level_code = '%2' AND area_id IN (OLD.fid, NEW.fid); END;")
                            .arg(table, level);
    return execSql(db, sql.toUtf8().constData());
}

Error applyVersion6(sqlite3 *db)
{
    if (Error error = execSql(db, "CREATE TABLE IF NOT EXISTS ca_area_outlines ("
                                  "level_code TEXT NOT NULL, area_id INTEGER NOT NULL, "
                                  "lines_fine BLOB NOT NULL, lines_coarse BLOB NOT NULL, "
                                  "PRIMARY KEY (level_code, area_id)) WITHOUT ROWID");
        error.code != ErrorCode::None)
        return error;
    if (!tableExists(db, "ca_area_levels"))
        return Error(ErrorCode::None);
    SqliteStatement levels(db, "SELECT code, table_name FROM ca_area_levels");
    QList<QPair<QString, QString>> all;
    while (levels.next())
        all.append({levels.text(0), levels.text(1)});
    for (const auto &[code, table] : all) {
        if (Error error = addOutlineTriggers(db, table); error.code != ErrorCode::None)
            return error;
        if (Error error = fillLevel(db, code, table); error.code != ErrorCode::None)
            return error;
    }
    return Error(ErrorCode::None);
}

Error refreshLevelOutlines(sqlite3 *db, const QString &levelCode, const QString &table)
{
    SqliteStatement remove(db, "DELETE FROM ca_area_outlines WHERE level_code = ?");
    remove.bind(1, levelCode);
    if (!remove.exec())
        return remove.lastError();
    return fillLevel(db, levelCode, table);
}

} // namespace outlines

Result<QHash<qint64, AreaOutline>> readAreaOutlines(const Store &store, const QString &levelCode)
{
    QHash<qint64, AreaOutline> result;
    SqliteStatement s(store.handle(), "SELECT area_id, lines_fine, lines_coarse FROM ca_area_outlines WHERE level_code = ?");
    if (!s.isValid())
        return result;   // a store below version 6 (opened read-only, not migrated)
    s.bind(1, levelCode);
    while (s.next()) {
        AreaOutline outline;
        outline.areaId = s.int64(0);
        outline.lines = {s.blob(1), s.blob(2)};
        result.insert(outline.areaId, outline);
    }
    if (const Error error = s.lastError(); error.code != ErrorCode::None)
        return error;
    return result;
}

} // namespace careatlas
