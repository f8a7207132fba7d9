#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>
#include <ogrsf_frmts.h>

#include <QGeoCoordinate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using careatlas::test::runBuiltProgram;

namespace {

QString demoStore() { return careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg"); }

QJsonObject runJson(const QStringList &arguments)
{
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), arguments);
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
}

} // namespace

TEST_CASE("query: nursing stations accepting dementia clients within 2 km, nearest first, geodesic distances", "[app][cli][query]")
{
    const QJsonObject out = runJson({QStringLiteral("query"), demoStore(), QStringLiteral("--category"), QStringLiteral("home_visit_nursing"),
                                     QStringLiteral("--flag"), QStringLiteral("dementia"), QStringLiteral("--near"), QStringLiteral("36.5613,136.6562"),
                                     QStringLiteral("--radius-km"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = out.value(QStringLiteral("resources")).toArray();
    REQUIRE(rows.size() > 0);
    double previous = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        CHECK(row.value(QStringLiteral("category")).toString() == QStringLiteral("home_visit_nursing"));
        CHECK(row.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("dementia")));
        const double d = row.value(QStringLiteral("distance_m")).toDouble();
        CHECK(d <= 2000.0);
        CHECK(d >= previous);
        previous = d;
        const double expected = QGeoCoordinate(36.5613, 136.6562).distanceTo(
            QGeoCoordinate(row.value(QStringLiteral("latitude")).toDouble(), row.value(QStringLiteral("longitude")).toDouble()));
        CHECK(d == Approx(expected).epsilon(0.005));
    }
}

TEST_CASE("stats: counts per school district agree with an independent point-in-polygon count (OGR)", "[app][cli][stats]")
{
    const QJsonObject out = runJson({QStringLiteral("stats"), demoStore(), QStringLiteral("--level"), QStringLiteral("school_district"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    QHash<QString, int> totals;
    int welfareSum = 0, schoolSum = 0;
    for (const QJsonValue &v : out.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("level")).toString() == QStringLiteral("school_district")) {
            totals.insert(row.value(QStringLiteral("code")).toString(), row.value(QStringLiteral("total")).toInt());
            schoolSum += row.value(QStringLiteral("total")).toInt();
        } else if (row.value(QStringLiteral("level")).toString() == QStringLiteral("welfare_area")) {
            welfareSum += row.value(QStringLiteral("total")).toInt();
        }
    }
    REQUIRE(totals.size() == 54);
    CHECK(welfareSum == schoolSum);   // rolled up exactly

    // Independent count: OGR/GEOS Contains over the same file.
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(demoStore().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    OGRLayer *districts = ds->GetLayerByName("areas_school_district");
    OGRLayer *resources = ds->GetLayerByName("resources");
    REQUIRE(districts);
    REQUIRE(resources);
    int compared = 0;
    for (auto &district : *districts) {
        const QString code = QString::fromUtf8(district->GetFieldAsString("code"));
        resources->SetSpatialFilter(district->GetGeometryRef());
        int inside = 0;
        for (auto &resource : *resources)
            if (resource->GetGeometryRef() && district->GetGeometryRef()->Contains(resource->GetGeometryRef()))
                ++inside;
        INFO(code.toStdString());
        CHECK(totals.value(code, -1) == inside);
        ++compared;
    }
    CHECK(compared == 54);
}

TEST_CASE("query and stats refuse bad options with a usage error", "[app][cli][query][errors]")
{
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("query"), demoStore(), QStringLiteral("--category"), QStringLiteral("nope")}).exitCode == 2);
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("query"), demoStore(), QStringLiteral("--near"), QStringLiteral("north")}).exitCode == 2);
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("stats"), demoStore(), QStringLiteral("--level"), QStringLiteral("galaxy")}).exitCode == 2);
    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("query"), QStringLiteral("/nonexistent.gpkg")}).exitCode == 1);
}

TEST_CASE("locate and query --address find a client's home through the address reference", "[app][cli][address]")
{
    const QJsonObject located = runJson({QStringLiteral("locate"), demoStore(), QStringLiteral("サンプル市本町二丁目５番地１３号"), QStringLiteral("--json")});
    const QJsonArray matches = located.value(QStringLiteral("matches")).toArray();
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].toObject().value(QStringLiteral("address")).toString() == QStringLiteral("サンプル市本町二丁目"));
    const double lat = matches[0].toObject().value(QStringLiteral("latitude")).toDouble();
    const double lon = matches[0].toObject().value(QStringLiteral("longitude")).toDouble();

    const QJsonObject near = runJson({QStringLiteral("query"), demoStore(), QStringLiteral("--address"), QStringLiteral("本町2丁目"),
                                      QStringLiteral("--radius-km"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject centre = near.value(QStringLiteral("filter")).toObject().value(QStringLiteral("near")).toObject();
    CHECK(centre.value(QStringLiteral("latitude")).toDouble() == Approx(lat));
    CHECK(centre.value(QStringLiteral("longitude")).toDouble() == Approx(lon));
    for (const QJsonValue &v : near.value(QStringLiteral("resources")).toArray())
        CHECK(v.toObject().value(QStringLiteral("distance_m")).toDouble() <= 1000.0);

    CHECK(runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("locate"), demoStore(), QStringLiteral("どこにもない町")}).exitCode == 1);
}
