// Simplified outlines kept in the store (schema version 6): made when a level's areas are
// written, made for a store migrated from version 5, and kept in step when areas are renamed,
// recoded, replaced, or edited and deleted by another program.
#include "core/store/OutlineStore.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <numbers>

using namespace careatlas;

namespace {

using XY = std::pair<double, double>;

// A wobbly ring (n points, closed) around a centre, in degrees.
std::vector<XY> ring(double cx, double cy, double radius, int n, double wobble)
{
    std::vector<XY> points;
    for (int k = 0; k < n; ++k) {
        const double a = 2 * std::numbers::pi * k / n;
        const double r = radius * (1 + wobble * std::sin(7 * a) + 0.3 * wobble * std::cos(23 * a));
        points.emplace_back(cx + r * std::cos(a), cy + r * std::sin(a));
    }
    points.push_back(points.front());
    return points;
}

// ISO WKB Polygon, little-endian, written here byte by byte (not with the store's writer).
QByteArray polygonWkb(const std::vector<std::vector<XY>> &rings)
{
    QByteArray out;
    auto u32 = [&out](quint32 v) {
        uchar b[4];
        qToLittleEndian(v, b);
        out.append(reinterpret_cast<const char *>(b), 4);
    };
    auto f64 = [&out](double v) {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        uchar b[8];
        qToLittleEndian(bits, b);
        out.append(reinterpret_cast<const char *>(b), 8);
    };
    out.append(char(1));
    u32(3);
    u32(quint32(rings.size()));
    for (const auto &r : rings) {
        u32(quint32(r.size()));
        for (const auto &[x, y] : r) {
            f64(x);
            f64(y);
        }
    }
    return out;
}

// The lines of a stored MultiLineString, read here byte by byte.
std::vector<std::vector<XY>> readLines(const QByteArray &wkb)
{
    std::vector<std::vector<XY>> lines;
    const auto *p = reinterpret_cast<const uchar *>(wkb.constData());
    REQUIRE(wkb.size() >= 9);
    REQUIRE(qFromLittleEndian<quint32>(p + 1) == 5u);
    qsizetype at = 9;
    for (quint32 k = 0, n = qFromLittleEndian<quint32>(p + 5); k < n; ++k) {
        const quint32 count = qFromLittleEndian<quint32>(p + at + 5);
        at += 9;
        std::vector<XY> line;
        for (quint32 i = 0; i < count; ++i, at += 16) {
            double x, y;
            quint64 bx = qFromLittleEndian<quint64>(p + at), by = qFromLittleEndian<quint64>(p + at + 8);
            std::memcpy(&x, &bx, 8);
            std::memcpy(&y, &by, 8);
            line.emplace_back(x, y);
        }
        lines.push_back(line);
    }
    return lines;
}

double segmentDistance(XY p, XY a, XY b)
{
    const double dx = b.first - a.first, dy = b.second - a.second;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.first - a.first) * dx + (p.second - a.second) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.first - (a.first + t * dx), p.second - (a.second + t * dy));
}

AreaRecord area(const QString &code, const QByteArray &wkb)
{
    AreaRecord a;
    a.code = code;
    a.name = code;
    a.wkb = wkb;
    return a;
}

struct Outlines {
    qint64 fid;
    QByteArray fine, coarse;
};

std::vector<Outlines> storedOutlines(sqlite3 *db, const char *level)
{
    SqliteStatement s(db, "SELECT area_id, lines_fine, lines_coarse FROM ca_area_outlines WHERE level_code = ? ORDER BY area_id");
    s.bind(1, QString::fromLatin1(level));
    std::vector<Outlines> result;
    while (s.next())
        result.push_back({s.int64(0), s.blob(1), s.blob(2)});
    return result;
}

qint64 fidOf(sqlite3 *db, const char *code)
{
    SqliteStatement s(db, "SELECT fid FROM areas_school_district WHERE code = ?");
    s.bind(1, QString::fromLatin1(code));
    return s.next() ? s.int64(0) : -1;
}

const std::vector<XY> Outer = ring(136.65, 36.56, 0.01, 400, 0.05);    // about 1 km across
const std::vector<XY> Pond = ring(136.652, 36.561, 0.0001, 24, 0.0);   // about 20 m across

} // namespace

TEST_CASE("Writing areas stores their simplified outlines, within the tolerance", "[core][store][outlines]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    REQUIRE((*store)->replaceAreas(QStringLiteral("school_district"), {area(QStringLiteral("A"), polygonWkb({Outer, Pond}))}).ok());
    sqlite3 *db = (*store)->handle();
    const auto rows = storedOutlines(db, "school_district");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fid == fidOf(db, "A"));

    const double tolerance[2] = {40.0 / 111320.0, 400.0 / 111320.0};
    const QByteArray blobs[2] = {rows[0].fine, rows[0].coarse};
    size_t previous = Outer.size();
    for (int k = 0; k < 2; ++k) {
        const auto lines = readLines(blobs[k]);
        REQUIRE(lines.size() == 1);   // the 20 m pond is below both tolerances
        const auto &line = lines[0];
        CHECK(line.size() >= 4);
        CHECK(line.size() < previous);   // coarser at each level
        previous = line.size();
        CHECK(line.front() == line.back());
        // Every kept vertex is one of the outline's, in order; every vertex of the outline is
        // within the tolerance of the simplified ring.
        size_t at = 0;
        for (const XY &v : line) {
            while (at < Outer.size() && Outer[at] != v)
                ++at;
            CHECK(at < Outer.size());
        }
        for (const XY &v : Outer) {
            double nearest = 1e9;
            for (size_t i = 0; i + 1 < line.size(); ++i)
                nearest = std::min(nearest, segmentDistance(v, line[i], line[i + 1]));
            CHECK(nearest <= tolerance[k] * 1.0001);
        }
    }

    // What readAreaOutlines gives the scene is what is stored.
    const auto read = readAreaOutlines(**store, QStringLiteral("school_district"));
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->value(rows[0].fid).lines[0] == rows[0].fine);
    CHECK(read->value(rows[0].fid).lines[1] == rows[0].coarse);
}

TEST_CASE("Stored outlines stay in step with renames, new codes, replacements and other programs' edits",
          "[core][store][outlines]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    sqlite3 *db = (*store)->handle();
    const QByteArray a = polygonWkb({Outer}), b = polygonWkb({ring(136.70, 36.60, 0.02, 300, 0.04)});
    REQUIRE((*store)->replaceAreas(QStringLiteral("school_district"), {area(QStringLiteral("A"), a), area(QStringLiteral("B"), b)}).ok());
    const auto before = storedOutlines(db, "school_district");
    REQUIRE(before.size() == 2);

    // Names and codes are not outlines: nothing changes.
    REQUIRE((*store)->renameArea(QStringLiteral("school_district"), QStringLiteral("A"), QStringLiteral("第一小学校区")).ok());
    REQUIRE((*store)->changeAreaCode(QStringLiteral("school_district"), QStringLiteral("B"), QStringLiteral("B2")).ok());
    auto after = storedOutlines(db, "school_district");
    REQUIRE(after.size() == 2);
    for (size_t i = 0; i < 2; ++i) {
        CHECK(after[i].fid == before[i].fid);
        CHECK(after[i].fine == before[i].fine);
        CHECK(after[i].coarse == before[i].coarse);
    }

    // Replacing the level: outlines for the new areas only.
    REQUIRE((*store)->replaceAreas(QStringLiteral("school_district"), {area(QStringLiteral("C"), b)}).ok());
    after = storedOutlines(db, "school_district");
    REQUIRE(after.size() == 1);
    CHECK(after[0].fid == fidOf(db, "C"));
    CHECK(after[0].fine == before[1].fine);   // the same outline simplifies the same way

    // Another program (QGIS) moves or deletes an area: its outlines go, the scene simplifies it.
    REQUIRE((*store)->replaceAreas(QStringLiteral("school_district"), {area(QStringLiteral("A"), a), area(QStringLiteral("B"), b)}).ok());
    REQUIRE(execSql(db, "UPDATE areas_school_district SET geom = geom WHERE code = 'A'").code == ErrorCode::None);
    after = storedOutlines(db, "school_district");
    REQUIRE(after.size() == 1);
    CHECK(after[0].fid == fidOf(db, "B"));
    REQUIRE(execSql(db, "DELETE FROM areas_school_district WHERE code = 'B'").code == ErrorCode::None);
    CHECK(storedOutlines(db, "school_district").empty());

    // A level added later gets the same triggers.
    REQUIRE((*store)->ensureAreaLevel({QStringLiteral("prefecture"), QStringLiteral("都道府県"), QStringLiteral("Prefecture"), -1}).ok());
    REQUIRE((*store)->replaceAreas(QStringLiteral("prefecture"), {area(QStringLiteral("17"), a)}).ok());
    CHECK(storedOutlines(db, "prefecture").size() == 1);
    REQUIRE(execSql(db, "DELETE FROM areas_prefecture").code == ErrorCode::None);
    CHECK(storedOutlines(db, "prefecture").empty());
}

TEST_CASE("A version-5 store gets the outlines of all its areas when opened for writing", "[core][store][outlines][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    QByteArray fine;
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        REQUIRE((*store)->replaceAreas(QStringLiteral("school_district"), {area(QStringLiteral("A"), polygonWkb({Outer})),
                                                                           area(QStringLiteral("B"), polygonWkb({ring(136.7, 36.6, 0.02, 300, 0.04)}))})
                    .ok());
        REQUIRE((*store)->replaceAreas(QStringLiteral("city"), {area(QStringLiteral("172014"), polygonWkb({ring(136.68, 36.58, 0.05, 500, 0.03)}))}).ok());
        fine = storedOutlines((*store)->handle(), "school_district")[0].fine;
        // Back to version 5: no outlines, no triggers.
        sqlite3 *db = (*store)->handle();
        SqliteStatement triggers(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ca_outlines_%'");
        QStringList names;
        while (triggers.next())
            names << triggers.text(0);
        CHECK(names.size() == 2 * 4);   // two per standard level
        for (const QString &name : names)
            REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER %1").arg(name).toUtf8().constData()).code == ErrorCode::None);
        REQUIRE(execSql(db, "DROP TABLE ca_area_outlines; UPDATE ca_meta SET value = '5' WHERE key = 'schema_version'").code
                == ErrorCode::None);
    }
    {
        // Read-only: not migrated; the scene simplifies by itself.
        auto readOnly = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(readOnly.ok());
        const auto read = readAreaOutlines(**readOnly, QStringLiteral("school_district"));
        REQUIRE(read.ok());
        CHECK(read->isEmpty());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    sqlite3 *db = (*store)->handle();
    const auto districts = storedOutlines(db, "school_district");
    REQUIRE(districts.size() == 2);
    CHECK(districts[0].fid == fidOf(db, "A"));
    CHECK(districts[0].fine == fine);
    CHECK(storedOutlines(db, "city").size() == 1);
    SqliteStatement version(db, "SELECT value FROM ca_meta WHERE key = 'schema_version'");
    REQUIRE(version.next());
    CHECK(version.text(0) == QString::number(Store::currentSchemaVersion()));
    REQUIRE(execSql(db, "DELETE FROM areas_city").code == ErrorCode::None);
    CHECK(storedOutlines(db, "city").empty());
}
