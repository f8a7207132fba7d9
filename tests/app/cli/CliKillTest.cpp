// kill -9 at random moments of the writing commands but `import` (CliImportKillTest.cpp):
// all or nothing, the store sound (integrity_check, rtreecheck), the command run again succeeds,
// and what a killed run left aside (temporary files and folders) is gone after it.
#include "CliRunner.h"
#include "KillTestSupport.h"
#include "TestData.h"
#include "areas/AreaFixtures.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");
constexpr int GridSide = 30;   // 900 districts
constexpr int Rows = 8000;

QString gridBox(int i, int j)
{
    const double x0 = 136.60 + i * 0.1 / GridSide, y0 = 36.50 + j * 0.1 / GridSide;
    const double x1 = x0 + 0.1 / GridSide, y1 = y0 + 0.1 / GridSide;
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))").arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x1, 0, 'f', 6).arg(y1, 0, 'f', 6);
}

// A store file and its -wal and -shm.
void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A copy of the store `from` at `to`, with nothing of an earlier run beside it.
void copyStore(const QString &from, const QString &to)
{
    removeStoreFiles(to);
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

QString districtCode(int i, int j) { return QStringLiteral("D%1").arg(i * GridSide + j, 4, 10, QLatin1Char('0')); }

// A store with 20,000 resources and the centre areas, a grid of districts to import, and a
// population table for them; made once for every case.
struct Fixture {
    QTemporaryDir dir;
    QString base, districts, population;
    Fixture()
    {
        base = dir.filePath(QStringLiteral("base.gpkg"));
        REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), base}).exitCode == 0);
        const QString centres = dir.filePath(QStringLiteral("centres.shp"));
        REQUIRE(writeFixture(centres, kanazawaCentres()));
        REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), base, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")}).exitCode == 0);
        REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), base, writeKanazawaCsv(dir.filePath(QStringLiteral("r.csv")), Rows).path}).exitCode == 0);
        FixtureLayer grid;
        grid.fields = {QStringLiteral("CODE"), QStringLiteral("NAME")};
        QString csv = QString::fromUtf8("地域コード,地域名,総人口,65歳以上,75歳以上\r\n");
        for (int i = 0; i < GridSide; ++i)
            for (int j = 0; j < GridSide; ++j) {
                grid.features.append({{districtCode(i, j), QString::fromUtf8("第%1地区").arg(i * GridSide + j)}, gridBox(i, j)});
                csv += QStringLiteral("%1,,1000,300,150\r\n").arg(districtCode(i, j));
            }
        districts = dir.filePath(QStringLiteral("districts.shp"));
        REQUIRE(writeFixture(districts, grid));
        population = dir.filePath(QStringLiteral("population.csv"));
        QFile file(population);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
    }
    void copyBase(const QString &path) const { copyStore(base, path); }
    // The base with the districts imported as school_district (made on first use).
    QString withDistricts() const
    {
        const QString path = dir.filePath(QStringLiteral("districts.gpkg"));
        if (!QFile::exists(path)) {
            copyBase(path);
            REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), path, districts, QStringLiteral("--level"), QStringLiteral("school_district")})
                        .exitCode == 0);
        }
        return path;
    }
};

Fixture &fixture()
{
    static Fixture made;
    return made;
}

QStringList leftAside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".careatlas-*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("kill -9 during import-areas: the level is all there or not at all", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    killAtRandomMoments({{QStringLiteral("import-areas"), store, f.districts, QStringLiteral("--level"), QStringLiteral("school_district")},
                         [&] { f.copyBase(store); },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const qint64 areas = sqlNumber(store, "SELECT count(*) FROM areas_school_district");
                             CHECK((areas == 0 || areas == GridSide * GridSide));
                             if (completed)
                                 CHECK(areas == GridSide * GridSide);
                         }});
}

TEST_CASE("kill -9 during assign-areas: every assignment or none of the new ones", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    f.copyBase(store);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, f.districts, QStringLiteral("--level"), QStringLiteral("school_district")})
                .exitCode == 0);
    const QString assigned = dir.filePath(QStringLiteral("assigned.gpkg"));
    REQUIRE(QFile::copy(store, assigned));
    // Every resource with a location lies in one district; the start has none assigned.
    const qint64 located = sqlNumber(store, "SELECT count(*) FROM resources WHERE geom IS NOT NULL");
    const auto prepare = [&] {
        copyStore(assigned, store);
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(store.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "DELETE FROM ca_resource_areas WHERE level_code = 'school_district'", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    };
    killAtRandomMoments({{QStringLiteral("assign-areas"), store}, prepare, [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const qint64 count = sqlNumber(store, "SELECT count(*) FROM ca_resource_areas WHERE level_code = 'school_district'");
                             CHECK((count == 0 || count == located));
                             if (completed)
                                 CHECK(count == located);
                         }});
}

TEST_CASE("kill -9 during area-names: every name of the table or none", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    const QString withDistricts = f.withDistricts();
    // A new name for each of the 900 districts, in one command.
    const QString names = dir.filePath(QStringLiteral("names.csv"));
    {
        QString text = QStringLiteral("code,name\r\n");
        for (int i = 0; i < GridSide; ++i)
            for (int j = 0; j < GridSide; ++j)
                text += QString::fromUtf8("%1,新%2校区\r\n").arg(districtCode(i, j)).arg(i * GridSide + j);
        QFile file(names);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const char *renamed = "SELECT count(*) FROM areas_school_district WHERE name LIKE '新%'";
    killAtRandomMoments({{QStringLiteral("area-names"), store, QStringLiteral("--level"), QStringLiteral("school_district"), names},
                         [&] { copyStore(withDistricts, store); },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const qint64 count = sqlNumber(store, renamed);
                             CHECK((count == 0 || count == GridSide * GridSide));
                             if (completed)
                                 CHECK(count == GridSide * GridSide);
                         },
                         {}});
}

TEST_CASE("kill -9 during rename-area --code: the area, its resources and its children all move to the new code or none", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    const QString withDistricts = f.withDistricts();
    const auto count = [&](const char *sql) { return sqlNumber(store, sql); };
    killAtRandomMoments({{QStringLiteral("rename-area"), store, QStringLiteral("--level"), QStringLiteral("welfare_area"), QStringLiteral("C1"),
                          QStringLiteral("--code"), QStringLiteral("X1")},
                         [&] { copyStore(withDistricts, store); },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const qint64 oldArea = count("SELECT count(*) FROM areas_welfare_area WHERE code = 'C1'");
                             const qint64 newArea = count("SELECT count(*) FROM areas_welfare_area WHERE code = 'X1'");
                             const qint64 oldResources = count("SELECT count(*) FROM ca_resource_areas WHERE level_code = 'welfare_area' AND area_code = 'C1'");
                             const qint64 newResources = count("SELECT count(*) FROM ca_resource_areas WHERE level_code = 'welfare_area' AND area_code = 'X1'");
                             const qint64 oldChildren = count("SELECT count(*) FROM areas_school_district WHERE parent_code = 'C1'");
                             const qint64 newChildren = count("SELECT count(*) FROM areas_school_district WHERE parent_code = 'X1'");
                             CHECK(oldArea + newArea == 1);
                             // All on the side of the area's code: nothing split between the two.
                             if (newArea == 1) {
                                 CHECK(oldResources == 0);
                                 CHECK(oldChildren == 0);
                                 CHECK(newResources > 0);
                             } else {
                                 CHECK(newResources == 0);
                                 CHECK(newChildren == 0);
                                 CHECK(oldResources > 0);
                             }
                             if (completed)
                                 CHECK(newArea == 1);
                         },
                         // A finished rename is put back, so that the command runs again.
                         [&] {
                             if (count("SELECT count(*) FROM areas_welfare_area WHERE code = 'X1'") == 1)
                                 copyStore(withDistricts, store);
                         }});
}

TEST_CASE("kill -9 during import-addresses: every address point of the file or none", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    // 位置参照情報 (town level) as published: quoted, CRLF; 20,000 towns of one city.
    const QString reference = dir.filePath(QStringLiteral("towns.csv"));
    constexpr int Towns = 20000;
    {
        QString text = QString::fromUtf8("\"都道府県コード\",\"都道府県名\",\"市区町村コード\",\"市区町村名\",\"大字町丁目コード\",\"大字町丁目名\",\"緯度\",\"経度\",\"原典資料コード\",\"大字・字・丁目区分コード\"\r\n");
        for (int i = 0; i < Towns; ++i)
            text += QString::fromUtf8("\"17\",\"石川県\",\"17201\",\"金沢市\",\"17201%1\",\"町%2丁目\",\"%3\",\"%4\",\"1\",\"3\"\r\n")
                        .arg(i, 7, 10, QLatin1Char('0'))
                        .arg(i)
                        .arg(36.5 + (i % 200) * 0.0005, 0, 'f', 6)
                        .arg(136.6 + (i / 200) * 0.0005, 0, 'f', 6);
        QFile file(reference);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    killAtRandomMoments({{QStringLiteral("import-addresses"), store, reference},
                         [&] { copyStore(f.base, store); },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const bool table = sqlNumber(store, "SELECT count(*) FROM sqlite_master WHERE name = 'ca_address_ref'") == 1;
                             const qint64 rows = table ? sqlNumber(store, "SELECT count(*) FROM ca_address_ref") : 0;
                             CHECK((rows == 0 || rows == Towns));
                             if (completed)
                                 CHECK(rows == Towns);
                         }});
}

TEST_CASE("kill -9 during import-population: the level's figures all there or not at all", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    const QString withDistricts = f.withDistricts();
    killAtRandomMoments({{QStringLiteral("import-population"), store, f.population, QStringLiteral("--level"), QStringLiteral("school_district")},
                         [&] {
                             copyStore(withDistricts, store);
                         },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const bool table = sqlNumber(store, "SELECT count(*) FROM sqlite_master WHERE name = 'ca_population'") == 1;
                             const qint64 rows = table ? sqlNumber(store, "SELECT count(*) FROM ca_population WHERE level_code = 'school_district'") : 0;
                             CHECK((rows == 0 || rows == GridSide * GridSide));
                             if (completed)
                                 CHECK(rows == GridSide * GridSide);
                         }});
}

TEST_CASE("kill -9 during init: no store or a whole one, and the next init cleans up", "[app][cli][faults][kill]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("new.gpkg"));
    const auto removeStore = [&] { removeStoreFiles(store); };
    killAtRandomMoments({{QStringLiteral("init"), store}, removeStore,
                         [&](bool completed) {
                             if (QFile::exists(store)) {
                                 CHECK(storeProblems(store).isEmpty());
                                 CHECK(Store::open(store, Store::OpenMode::ReadOnly).ok());
                             }
                             if (completed) {
                                 CHECK(QFile::exists(store));
                                 CHECK(leftAside(dir.path()).isEmpty());
                             }
                         },
                         removeStore});
}

TEST_CASE("kill -9 during recover --out: no copy or a whole one", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("recovered.gpkg"));
    const auto removeOut = [&] { removeStoreFiles(out); };
    killAtRandomMoments({{QStringLiteral("recover"), f.base, QStringLiteral("--out"), out}, removeOut,
                         [&](bool completed) {
                             CHECK(storeProblems(f.base).isEmpty());
                             if (QFile::exists(out)) {
                                 CHECK(storeProblems(out).isEmpty());
                                 CHECK(sqlNumber(out, "SELECT count(*) FROM resources") == Rows);
                             }
                             if (completed) {
                                 CHECK(QFile::exists(out));
                                 CHECK(leftAside(dir.path()).isEmpty());
                             }
                         },
                         removeOut});
}

TEST_CASE("kill -9 during an export: no partial file, and the next export removes what the killed one left", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    const QString kind = GENERATE(QStringLiteral("gpkg"), QStringLiteral("csv"));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.") + kind);
    const QString reference = dir.filePath(QStringLiteral("reference.") + kind);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("export"), f.base, QStringLiteral("--out"), reference}).exitCode == 0);
    const auto whole = [&](const QString &path) {
        if (kind == QLatin1String("gpkg"))
            return storeProblems(path).isEmpty() && sqlNumber(path, "SELECT count(*) FROM resources") == Rows;
        QFile a(path), b(reference);
        return a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
    };
    killAtRandomMoments({{QStringLiteral("export"), f.base, QStringLiteral("--out"), out}, [&] { QFile::remove(out); },
                         [&](bool completed) {
                             if (QFile::exists(out))
                                 CHECK(whole(out));
                             if (completed) {
                                 CHECK(QFile::exists(out));
                                 CHECK(leftAside(dir.path()).isEmpty());
                             }
                         }});
}

TEST_CASE("kill -9 during shortlist add: every entry or none", "[app][cli][faults][kill]")
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    const QString withList = dir.filePath(QStringLiteral("list.gpkg"));
    f.copyBase(withList);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("shortlist"), withList, QStringLiteral("create"), QStringLiteral("kill test")}).exitCode == 0);
    // A thousand resources added in one command: one transaction.
    QStringList ids;
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(withList.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT fid FROM resources ORDER BY fid LIMIT 1000", -1, &s, nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
        ids << QString::number(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
    REQUIRE(ids.size() == 1000);
    const auto entries = [&] { return sqlNumber(store, "SELECT count(*) FROM shortlist_entries"); };
    killAtRandomMoments({QStringList{QStringLiteral("shortlist"), store, QStringLiteral("add"), QStringLiteral("kill test")} + ids,
                         [&] { copyStore(withList, store); },
                         [&](bool completed) {
                             CHECK(storeProblems(store).isEmpty());
                             const qint64 count = entries();
                             CHECK((count == 0 || count == ids.size()));
                             if (completed)
                                 CHECK(count == ids.size());
                         },
                         // Killed after its commit, the list is whole: adding the same again is
                         // refused (nothing added), so the rerun starts from the list before.
                         [&] {
                             if (entries() == ids.size())
                                 copyStore(withList, store);
                         }});
}
