#include "CliRunner.h"
#include "TestData.h"
#include "areas/AreaFixtures.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QJsonObject jsonOf(const ProcessResult &result)
{
    INFO(result.standardError.toStdString());
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

TEST_CASE("careatlas-cli areas summarises the Kosai school districts and flags their garbled names", "[app][cli][areas]")
{
    const QString path = sharedDataFile(QStringLiteral("kosai/school.geojson"));
    if (path.isEmpty())
        return;
    const auto result = runBuiltProgram(Cli, {QStringLiteral("areas"), path, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject summary = jsonOf(result);
    CHECK(summary.value(QStringLiteral("feature_count")).toInt() == 6);
    CHECK(summary.value(QStringLiteral("crs")).toString() == QStringLiteral("EPSG:4326"));
    CHECK(summary.value(QStringLiteral("name_field")).toString() == QStringLiteral("A27_007"));
    CHECK(summary.value(QStringLiteral("names")).toArray().size() == 6);
    CHECK(summary.value(QStringLiteral("names_look_garbled")).toBool());
    const QJsonArray box = summary.value(QStringLiteral("bbox_wgs84")).toArray();
    REQUIRE(box.size() == 4);
    CHECK(box[0].toDouble() == Approx(137.474107).margin(1e-5));
    CHECK(box[3].toDouble() == Approx(34.786866).margin(1e-5));
    CHECK(summary.value(QStringLiteral("dropped")).toArray().isEmpty());

    const auto text = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("areas"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.standardOutput.contains(QStringLiteral("garbled")));
}

TEST_CASE("careatlas-cli areas reads a CP932 shapefile without .cpg or .prj and says what it guessed", "[app][cli][areas]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schools.shp"));
    FixtureLayer layer = reprojected(kanazawaSchools(), 6675);
    layer.layerOptions = {QStringLiteral("ENCODING=CP932")};
    REQUIRE(writeFixture(path, layer));
    removeSidecar(path, QStringLiteral(".cpg"));
    removeSidecar(path, QStringLiteral(".prj"));
    const auto result = runBuiltProgram(Cli, {QStringLiteral("areas"), path, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject summary = jsonOf(result);
    CHECK(strings(summary.value(QStringLiteral("names")))
          == QStringList({QString::fromUtf8("長町小学校"), QString::fromUtf8("中央小学校"), QString::fromUtf8("森山町小学校")}));
    CHECK(summary.value(QStringLiteral("encoding")).toString() == QStringLiteral("CP932"));
    CHECK(summary.value(QStringLiteral("encoding_source")).toString() == QStringLiteral("detected"));
    CHECK(summary.value(QStringLiteral("crs")).toString() == QStringLiteral("EPSG:6675"));
    CHECK(summary.value(QStringLiteral("crs_source")).toString() == QStringLiteral("guessed"));
    CHECK_FALSE(summary.value(QStringLiteral("crs_reason")).toString().isEmpty());
    CHECK_FALSE(summary.value(QStringLiteral("names_look_garbled")).toBool());
    CHECK(summary.value(QStringLiteral("bbox_wgs84")).toArray()[0].toDouble() == Approx(136.60).margin(1e-6));
}

TEST_CASE("careatlas-cli import-areas builds the hierarchy and reports split children", "[app][cli][areas]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString city = dir.filePath(QStringLiteral("city.shp"));
    const QString centres = dir.filePath(QStringLiteral("centres.gpkg"));
    const QString schools = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(city, kanazawaCity()));
    FixtureLayer centreLayer = kanazawaCentres();
    centreLayer.driver = QStringLiteral("GPKG");
    REQUIRE(writeFixture(centres, centreLayer));
    REQUIRE(writeFixture(schools, kanazawaSchools()));

    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, city, QStringLiteral("--level"), QStringLiteral("city")}).exitCode == 0);
    const auto centreResult = runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"),
                                                    QStringLiteral("welfare_area"), QStringLiteral("--parent-field"),
                                                    QStringLiteral("CITY_CD"), QStringLiteral("--json")});
    REQUIRE(centreResult.exitCode == 0);
    CHECK(jsonOf(centreResult).value(QStringLiteral("parent_method")).toString() == QStringLiteral("attribute"));
    const auto schoolResult = runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, schools, QStringLiteral("--level"),
                                                    QStringLiteral("school_district"), QStringLiteral("--json")});
    REQUIRE(schoolResult.exitCode == 0);
    const QJsonObject report = jsonOf(schoolResult);
    CHECK(report.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(report.value(QStringLiteral("parent_level")).toString() == QStringLiteral("welfare_area"));
    CHECK(strings(report.value(QStringLiteral("split"))) == QStringList{QString::fromUtf8("中央小学校")});

    auto opened = Store::open(store, Store::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    const auto stored = (*opened)->areas(QStringLiteral("school_district"));
    REQUIRE(stored.ok());
    CHECK(stored->size() == 3);
}

TEST_CASE("careatlas-cli area commands fail clearly and leave the store as it was", "[app][cli][areas][errors]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")}).exitCode == 0);

    struct Case {
        QStringList arguments;
        QString code;
        QString mentions;
    };
    const QString missing = dir.filePath(QStringLiteral("missing.shp"));
    const QList<Case> cases = {
        {{QStringLiteral("areas"), missing}, QStringLiteral("file_not_found"), missing},
        {{QStringLiteral("areas"), centres, QStringLiteral("--name-field"), QStringLiteral("NOPE")}, QStringLiteral("field_not_found"), QStringLiteral("NOPE")},
        {{QStringLiteral("areas"), centres, QStringLiteral("--crs"), QStringLiteral("EPSG:banana")}, QStringLiteral("invalid_crs"), QStringLiteral("banana")},
        {{QStringLiteral("areas"), centres, QStringLiteral("--encoding"), QStringLiteral("klingon")}, QStringLiteral("encoding_unknown"), QStringLiteral("klingon")},
        {{QStringLiteral("areas"), centres, QStringLiteral("--layer"), QStringLiteral("nolayer")}, QStringLiteral("layer_not_found"), QStringLiteral("nolayer")},
        {{QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area"), QStringLiteral("--code-field"), QStringLiteral("NOPE")},
         QStringLiteral("field_not_found"), QStringLiteral("NOPE")},
        {{QStringLiteral("import-areas"), store, missing, QStringLiteral("--level"), QStringLiteral("welfare_area")}, QStringLiteral("file_not_found"), missing},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = runBuiltProgram(Cli, c.arguments + QStringList{QStringLiteral("--json")});
        CHECK(result.exitCode == 1);
        CHECK(result.standardError.contains(c.mentions));
        const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput.toUtf8());
        CHECK(document.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == c.code);
    }
    const auto usage = runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres});
    CHECK(usage.exitCode == 2);

    auto opened = Store::open(store, Store::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    const auto stored = (*opened)->areas(QStringLiteral("welfare_area"));
    REQUIRE(stored.ok());
    CHECK(stored->size() == 2);
}

TEST_CASE("careatlas-cli assign-areas recomputes every level", "[app][cli][areas]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")}).exitCode == 0);
    const auto result = runBuiltProgram(Cli, {QStringLiteral("assign-areas"), store, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray levels = jsonOf(result).value(QStringLiteral("levels")).toArray();
    REQUIRE(levels.size() == 4);
    for (const QJsonValue &level : levels)
        if (level.toObject().value(QStringLiteral("level")).toString() == QStringLiteral("welfare_area"))
            CHECK(level.toObject().value(QStringLiteral("areas")).toInt() == 2);
    CHECK(runBuiltProgram(Cli, {QStringLiteral("assign-areas"), dir.filePath(QStringLiteral("none.gpkg"))}).exitCode == 1);
}

TEST_CASE("careatlas-cli import-areas refuses a file with unreadable features unless --allow-dropped", "[app][cli][areas][errors]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString schools = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(schools, kanazawaSchools()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, schools, QStringLiteral("--level"), QStringLiteral("school_district")}).exitCode == 0);
    {
        QFile shp(schools);   // the last record cut in half
        REQUIRE(shp.open(QIODevice::ReadWrite));
        REQUIRE(shp.resize(shp.size() - 40));
    }
    const QStringList import = {QStringLiteral("import-areas"), store, schools, QStringLiteral("--level"), QStringLiteral("school_district")};
    const auto refused = runBuiltProgram(Cli, import + QStringList{QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(jsonOf(refused).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("features_dropped"));
    CHECK(refused.standardError.contains(QStringLiteral("#3")));
    {
        auto opened = Store::open(store, Store::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        CHECK((*opened)->areas(QStringLiteral("school_district"))->size() == 3);
    }
    const auto allowed = runBuiltProgram(Cli, import + QStringList{QStringLiteral("--allow-dropped"), QStringLiteral("--json")});
    REQUIRE(allowed.exitCode == 0);
    CHECK(jsonOf(allowed).value(QStringLiteral("imported")).toInt() == 2);
}

TEST_CASE("careatlas-cli rename-area and area-names rename areas and change codes", "[app][cli][areas][names]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    const QString schools = dir.filePath(QStringLiteral("schools.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    REQUIRE(writeFixture(schools, kanazawaSchools()));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, centres, QStringLiteral("--level"), QStringLiteral("welfare_area")}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, schools, QStringLiteral("--level"), QStringLiteral("school_district")}).exitCode == 0);
    auto namesOf = [&](const QString &level) {
        auto opened = Store::open(store, Store::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        QMap<QString, QString> names;
        const auto areas = (*opened)->areas(level);
        REQUIRE(areas.ok());
        for (const AreaRecord &area : *areas)
            names.insert(area.code, area.name + QLatin1Char('|') + area.parentCode);
        return names;
    };

    const QString school = QString::fromUtf8("長町小学校");
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("rename-area"), store, QStringLiteral("--level"), QStringLiteral("school_district"), school,
                                  QString::fromUtf8("長町小学校区")}).exitCode == 0);
    CHECK(namesOf(QStringLiteral("school_district")).value(school).startsWith(QString::fromUtf8("長町小学校区|")));

    // A new code follows into the children's parent codes.
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("rename-area"), store, QStringLiteral("--level"), QStringLiteral("welfare_area"), QStringLiteral("C1"),
                                  QStringLiteral("--code"), QStringLiteral("EAST")}).exitCode == 0);
    CHECK(namesOf(QStringLiteral("welfare_area")).contains(QStringLiteral("EAST")));
    CHECK(namesOf(QStringLiteral("school_district")).value(school).endsWith(QStringLiteral("|EAST")));

    const QString csv = dir.filePath(QStringLiteral("names.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QString::fromUtf8("code,name\nEAST,東部\nC2,西部\n").toUtf8());
    }
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("area-names"), store, QStringLiteral("--level"), QStringLiteral("welfare_area"), csv}).exitCode == 0);
    const auto centresNamed = namesOf(QStringLiteral("welfare_area"));
    CHECK(centresNamed.value(QStringLiteral("EAST")).startsWith(QString::fromUtf8("東部|")));
    CHECK(centresNamed.value(QStringLiteral("C2")).startsWith(QString::fromUtf8("西部|")));

    // Unknown codes change nothing; an unknown area is an error.
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("EAST,X\nNOPE,Y\n");
    }
    const auto wrong = runBuiltProgram(Cli, {QStringLiteral("area-names"), store, QStringLiteral("--level"), QStringLiteral("welfare_area"), csv});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.standardError.contains(QStringLiteral("NOPE")));
    CHECK(namesOf(QStringLiteral("welfare_area")) == centresNamed);
    CHECK(runBuiltProgram(Cli, {QStringLiteral("rename-area"), store, QStringLiteral("--level"), QStringLiteral("welfare_area"), QStringLiteral("NOPE"),
                                QStringLiteral("x")}).exitCode == 1);
}
