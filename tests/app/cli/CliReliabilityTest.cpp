// careatlas-cli check / recover, stores in read-only folders, and GeoPackage conformance after
// every kind of write.
#include "CliRunner.h"
#include "KillTestSupport.h"
#include "TestData.h"
#include "areas/AreaFixtures.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QString u(const char *text) { return QString::fromUtf8(text); }

QString writeCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QString text = u("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,緯度,経度\r\n");
    for (int i = 0; i < 400; ++i)
        text += u("172014,%1,金沢市,訪問介護センター%1,ホウモン,17%2,訪問介護,石川県金沢市広坂1-%1,36.56,136.65\r\n").arg(i).arg(10000000 + i);
    file.write(text.toUtf8());
    return path;
}

// GDAL's own GeoPackage validator (python3-gdal). Empty when the file conforms.
QString validatorComplaints(const QString &store)
{
    const QString script = QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    if (!QFileInfo::exists(script)) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL("validate_gpkg.py (python3-gdal) is missing: scripts/setup.sh installs it");
        WARN("validate_gpkg.py (python3-gdal) is missing: GeoPackage conformance not checked");
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("python3"), {script, store});
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode() == 0 && !output.contains(QStringLiteral("Req ")) ? QString() : output;
}

} // namespace

TEST_CASE("Every store passes GDAL's GeoPackage validator after each kind of write", "[app][cli][gpkg]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("valid.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    CHECK(validatorComplaints(store).isEmpty());

    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, writeCsv(dir.filePath(QStringLiteral("r.csv")))}).exitCode == 0);
    CHECK(validatorComplaints(store).isEmpty());

    const QString city = dir.filePath(QStringLiteral("city.shp"));
    REQUIRE(writeFixture(city, kanazawaCity()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, city, QStringLiteral("--level"), QStringLiteral("city")}).exitCode == 0);
    CHECK(validatorComplaints(store).isEmpty());
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("assign-areas"), store}).exitCode == 0);
    CHECK(validatorComplaints(store).isEmpty());

    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        const Resource read = (*opened)->resources()->first();
        Resource edited = read;
        edited.phone = QStringLiteral("076-220-2111");
        REQUIRE((*opened)->saveResourceChanges(read, edited).ok());
        REQUIRE((*opened)->deleteResource((*opened)->resources()->last().id).ok());
    }
    CHECK(validatorComplaints(store).isEmpty());

    const QString recovered = dir.filePath(QStringLiteral("recovered.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("recover"), store, QStringLiteral("--out"), recovered}).exitCode == 0);
    CHECK(validatorComplaints(recovered).isEmpty());
}

TEST_CASE("careatlas-cli check says what is wrong with a damaged store, and recover copies out the rest", "[app][cli][damage]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, writeCsv(dir.filePath(QStringLiteral("r.csv")))}).exitCode == 0);
    const auto sound = runBuiltProgram(Cli, {QStringLiteral("check"), store});
    CHECK(sound.exitCode == 0);
    CHECK(sound.standardOutput.contains(QStringLiteral("no damage found")));

    QFile file(store);
    REQUIRE(file.resize(file.size() - 1000));   // the last page cut short
    const auto damaged = runBuiltProgram(Cli, {QStringLiteral("check"), store, QStringLiteral("--json")});
    CHECK(damaged.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(damaged.standardOutput.toUtf8()).object();
    CHECK_FALSE(report.value(QStringLiteral("sound")).toBool(true));
    CHECK(damaged.standardOutput.contains(QStringLiteral("cut short")));

    // Any write is refused before it starts, with the way out in the message.
    const auto import = runBuiltProgram(Cli, {QStringLiteral("import"), store, dir.filePath(QStringLiteral("r.csv"))});
    CHECK(import.exitCode == 1);
    CHECK(import.standardError.contains(QStringLiteral("damaged")));
    CHECK(import.standardError.contains(QStringLiteral("careatlas-cli recover")));

    const QString out = dir.filePath(QStringLiteral("new.gpkg"));
    const auto recovered = runBuiltProgram(Cli, {QStringLiteral("recover"), store, QStringLiteral("--out"), out, QStringLiteral("--json")});
    INFO(recovered.standardError.toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(QJsonDocument::fromJson(recovered.standardOutput.toUtf8()).object().value(QStringLiteral("resources")).toInt() > 0);
    CHECK(runBuiltProgram(Cli, {QStringLiteral("check"), out}).exitCode == 0);
}

TEST_CASE("A store in a folder that cannot be written is read, and writes say it is read-only", "[app][cli][readonly]")
{
    // Root ignores permissions: the CLI runs as an unprivileged user (nobody) through setpriv.
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/setpriv"))) {
        WARN("setpriv is missing: read-only folders not tested");
        return;
    }
    QTemporaryDir base(QDir::tempPath() + QStringLiteral("/careatlas-ro-XXXXXX"));
    QFile::setPermissions(base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const QString folder = base.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(folder));
    const QString store = folder + QStringLiteral("/s.gpkg");
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString csv = writeCsv(folder + QStringLiteral("/r.csv"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, csv}).exitCode == 0);
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOwner);
    QFile::setPermissions(csv, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Readable by everyone, writable by no one but root.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);

    const auto asNobody = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), base.path());   // its cache cannot be written either
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("/usr/bin/setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                      QStringLiteral("--clear-groups"), binaryDir() + QLatin1Char('/') + Cli}
                                                              + arguments);
        REQUIRE(process.waitForFinished(120000));
        return ProcessResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                             QString::fromUtf8(process.readAllStandardError())};
    };
    const auto query = asNobody({QStringLiteral("query"), store});
    INFO(query.standardError.toStdString());
    CHECK(query.exitCode == 0);
    CHECK(query.standardOutput.contains(u("訪問介護センター1")));

    const auto import = asNobody({QStringLiteral("import"), store, csv});
    CHECK(import.exitCode == 1);
    CHECK(import.standardError.contains(QStringLiteral("read-only (its folder cannot be written)")));
    CHECK_FALSE(QFileInfo::exists(store + QStringLiteral("-wal")));
}

namespace {

// careatlas-cli run with an address-space limit of `kilobytes` (ulimit -v: RLIMIT_AS).
ProcessResult runUnderAddressSpaceLimit(int kilobytes, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -v %1; exec \"$0\" \"$@\"").arg(kilobytes),
                                                         binaryDir() + QLatin1Char('/') + Cli} + arguments);
    REQUIRE(process.waitForFinished(600000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);   // never an abort
    return ProcessResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())};
}


} // namespace

// Imports stream (docs/reliability.md): 200,000 rows with the text index and the assignment
// to areas fit in 300 MB of address space, about 200 MB of which the program's libraries take
// before it reads anything — from a CSV read a piece at a time, and from a GeoJSON or Shapefile
// read through OGR a feature at a time. Before streaming the CSV import ended with the
// out-of-memory message, and a GIS source was read whole into a table first.
TEST_CASE("200,000 rows import under a 300 MB address-space limit, with the text index and areas", "[app][cli][memory]")
{
    const QString kind = GENERATE(QStringLiteral("csv"), QStringLiteral("geojson"), QStringLiteral("shp"));
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("m.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")})
                .exitCode == 0);
    KanazawaCsv source = kind == QLatin1String("csv") ? writeKanazawaCsv(dir.filePath(QStringLiteral("big.csv")), 200000)
                                                      : writeKanazawaGeoJson(dir.filePath(QStringLiteral("big.geojson")), 200000);
    if (kind == QLatin1String("shp")) {
        // The same points as a Shapefile, written by GDAL's own ogr2ogr (gdal-bin).
        const QString shp = dir.filePath(QStringLiteral("big.shp"));
        const auto converted = runProgram(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-lco"),
                                                                      QStringLiteral("ENCODING=UTF-8"), shp, source.path});
        INFO(converted.standardError.toStdString());
        REQUIRE(converted.exitCode == 0);
        source.path = shp;
    }

    const auto import = runUnderAddressSpaceLimit(300000, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), store, source.path});
    INFO(kind.toStdString() << ": " << import.standardError.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(import.standardOutput.contains(QStringLiteral("rows read: 200000; added 200000")));
    CHECK(sqlNumber(store, "SELECT count(*) FROM resources") == 200000);
    CHECK(sqlNumber(store, "SELECT count(*) FROM ca_resource_search") == 200000);
    CHECK(sqlNumber(store, "SELECT count(*) FROM rtree_resources_geom") == 200000 - source.unplaced);
    CHECK(sqlNumber(store, "SELECT count(*) FROM ca_resource_areas WHERE area_code = 'C1'") == source.west);
    CHECK(sqlNumber(store, "SELECT count(*) FROM ca_resource_areas WHERE area_code = 'C2'") == source.east);

    // Imported again (every row matched, unchanged) under the same limit.
    const auto again = runUnderAddressSpaceLimit(300000, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), store, source.path});
    INFO(again.standardError.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.standardOutput.contains(QStringLiteral("added 0, updated 0, unchanged 200000")));
}

namespace {

// Every row of the tables an import writes, as text: the store's content, whatever pages its
// WAL has or has not yet been checkpointed into (a later connection's checkpoint moves bytes,
// not content).
QByteArray storeContent(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    QByteArray out;
    for (const char *sql : {"SELECT * FROM resources ORDER BY fid", "SELECT rowid, * FROM ca_resource_search ORDER BY rowid",
                            "SELECT * FROM rtree_resources_geom ORDER BY id", "SELECT * FROM ca_resource_areas ORDER BY 1, 2",
                            "SELECT * FROM ca_import_history", "SELECT * FROM ca_resource_release ORDER BY 1"}) {
        sqlite3_stmt *s = nullptr;
        out += sql;
        out += '\n';
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
            out += "(none)\n";   // a table this store does not have
            continue;
        }
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(s, c));
                out += QByteArray(bytes, sqlite3_column_bytes(s, c)).toHex();
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

TEST_CASE("An import that runs out of memory says so in the user's language and leaves the store as it was", "[app][cli][memory]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("m.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, writeCsv(dir.filePath(QStringLiteral("first.csv")))}).exitCode == 0);
    const KanazawaCsv csv = writeKanazawaCsv(dir.filePath(QStringLiteral("big.csv")), 50000);
    const QByteArray before = storeContent(store);
    REQUIRE(before.count('\n') > 400);
    // 220 MB: enough to start (about 200 MB), not enough for this import.
    const auto import = runUnderAddressSpaceLimit(220000, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import"), store, csv.path});
    INFO(import.standardError.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(import.standardError.contains(u("メモリが足りないため、処理を完了できませんでした。何も変更していません。")));
    CHECK(storeContent(store) == before);
    CHECK(sqlNumber(store, "SELECT count(*) FROM resources") == 400);
    CHECK(sqlNumber(store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
}
