// Distance coverage in the statistics view (the column set for a radius, the uncovered parts on
// the map) and the statistics exports through the window's job runner (progress, Cancel).

#include "app/jobs/JobRunner.h"
#include "app/models/StatisticsModel.h"
#include "app/models/Workspace.h"
#include "app/panels/StatisticsPanel.h"
#include "app/window/StatisticsController.h"
#include "core/query/AreaMatrix.h"
#include "core/store/Store.h"

#include "StatisticsTestSupport.h"
#include "WindowFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGeoCoordinate>
#include <QRandomGenerator>

#include <ogr_geometry.h>

using namespace careatlas;
using careatlas::test::openDemoCopy;
using careatlas::test::columnNamed;
using careatlas::test::waitFor;

namespace {

// The share of an area within `metres` of one of `points`, estimated by sampling: random
// points in the area's envelope, kept when OGR says the area contains them, and the geodesic
// distance (Qt Positioning) to the nearest resource. Shares nothing with the GEOS buffers.
double sampledShare(const QByteArray &wkb, const QList<QGeoCoordinate> &points, double metres, int samples)
{
    OGRGeometry *raw = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, size_t(wkb.size()), wkbVariantIso) == OGRERR_NONE);
    std::unique_ptr<OGRGeometry> area(raw);
    OGREnvelope e;
    area->getEnvelope(&e);
    QRandomGenerator random(42);
    int inside = 0, near = 0;
    while (inside < samples) {
        const double lon = e.MinX + random.generateDouble() * (e.MaxX - e.MinX);
        const double lat = e.MinY + random.generateDouble() * (e.MaxY - e.MinY);
        OGRPoint p(lon, lat);
        if (!area->Contains(&p))
            continue;
        ++inside;
        const QGeoCoordinate here(lat, lon);
        for (const QGeoCoordinate &r : points)
            if (here.distanceTo(r) <= metres) {
                ++near;
                break;
            }
    }
    return double(near) / inside;
}

} // namespace

TEST_CASE("Statistics view: distance coverage of 24-hour home-visit nursing within 1 km, the gaps on the map", "[app][window][stats][coverage]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString storePath = openDemoCopy(window, dir);
    window.switchLanguage(QStringLiteral("en"));
    StatisticsPanel *panel = window.statistics()->panel();
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(QStringLiteral("daily_life_area")));
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    filter.flags = {QStringLiteral("open_24h")};
    window.filterController()->setFilter(filter);
    panel->coverageBox()->setValue(1.0);
    StatisticsModel *model = panel->model();
    REQUIRE(waitFor([&] { return model->matrix().coverageKm == 1.0 && model->matrix().ratedCategories == filter.categories; }));
    const int column = columnNamed(*model, QStringLiteral("Area within 1 km (%)"));
    REQUIRE(column >= 0);
    CHECK(panel->coverageBox()->text() == QStringLiteral("1.0 km"));

    // The resources that cover: 24-hour home-visit nursing, anywhere in the city.
    const ResourceSnapshotPointer snapshot = window.filterController()->snapshot();
    QList<QGeoCoordinate> stations;
    for (const Resource &r : snapshot->resources)
        if (r.categoryCode == QLatin1String("home_visit_nursing") && r.flags.contains(QStringLiteral("open_24h")) && r.hasLocation())
            stations << QGeoCoordinate(*r.latitude, *r.longitude);
    REQUIRE(stations.size() > 3);
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto areas = (*store)->areas(QStringLiteral("daily_life_area"));
    REQUIRE(areas.ok());
    QHash<QString, QByteArray> wkbOf;
    for (const AreaRecord &a : *areas)
        wkbOf.insert(a.code, a.wkb);
    int checked = 0;
    bool sawPartial = false;
    for (int r = 0; r < model->rowCount() && checked < 6; ++r) {
        const AreaMatrix::Row *row = model->matrixRow(r);
        if (row->levelCode != QLatin1String("daily_life_area"))
            continue;
        ++checked;
        const double shown = model->index(r, column).data().toDouble();
        const double sampled = 100.0 * sampledShare(wkbOf.value(row->areaCode), stations, 1000.0, 1500);
        INFO(row->areaName.toStdString() << ": shown " << shown << " %, sampled " << sampled << " %");
        CHECK(std::abs(shown - sampled) < 4.0);                // 1,500 samples: a standard error under 1.3 points
        sawPartial = sawPartial || (shown > 1 && shown < 99);
    }
    CHECK(checked == 6);
    CHECK(sawPartial);
    // The total row: the share of the level's whole surface.
    const AreaMatrix::Row &total = model->matrix().rows.last();
    REQUIRE(total.coverage);
    CHECK(total.coverage->area > 0);

    // The uncovered parts are a map layer, with a legend line; the check box hides them.
    REQUIRE(waitFor([&] { return window.workspace()->renderOptions().coverageGaps != nullptr; }));
    CHECK(window.workspace()->renderOptions().coverageGaps->label.contains(QStringLiteral("1 km")));
    CHECK_FALSE(window.workspace()->renderOptions().coverageGaps->path.isEmpty());
    // To look at it: CAREATLAS_EXPORT_KEEP=folder keeps a picture of the window.
    if (const QString keep = qEnvironmentVariable("CAREATLAS_EXPORT_KEEP"); !keep.isEmpty()) {
        window.resize(1500, 950);
        window.statistics()->dock()->raise();
        waitFor([] { return false; }, 1500);   // the map's frame
        window.grab().save(keep + QStringLiteral("/statistics-coverage.png"));
    }
    panel->coverageMapBox()->setChecked(false);
    CHECK(window.workspace()->renderOptions().coverageGaps == nullptr);
    panel->coverageMapBox()->setChecked(true);
    CHECK(window.workspace()->renderOptions().coverageGaps != nullptr);
    // Off: no columns, no layer.
    panel->coverageBox()->setValue(0);
    REQUIRE(waitFor([&] { return model->matrix().coverageKm == 0; }));
    CHECK(columnNamed(*model, QStringLiteral("Area within 1 km (%)")) < 0);
    CHECK(window.workspace()->renderOptions().coverageGaps == nullptr);

    SECTION("The exports run on the job runner; Cancel leaves nothing behind")
    {
        panel->coverageBox()->setValue(1.0);
        REQUIRE(waitFor([&] { return model->matrix().coverageKm == 1.0; }));
        QList<bool> finished;
        QObject::connect(panel, &StatisticsPanel::exportFinished, panel, [&finished](bool written) { finished << written; });
        const QString csvPath = dir.filePath(QStringLiteral("coverage.csv"));
        REQUIRE(panel->startExport(csvPath));
        CHECK(window.jobs()->isRunning());
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        CHECK(finished.at(0));
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        CHECK(text.contains(QStringLiteral("Area within 1 km (%)")));
        CHECK(text.contains(QStringLiteral("Within 1 km:")));

        const QString pdfPath = dir.filePath(QStringLiteral("coverage.pdf"));
        REQUIRE(panel->startExport(pdfPath));
        window.jobs()->cancel();
        REQUIRE(waitFor([&] { return finished.count() == 2; }));
        CHECK_FALSE(finished.at(1));
        CHECK_FALSE(QFile::exists(pdfPath));
        const QStringList left = QDir(dir.path()).entryList({QStringLiteral("coverage.pdf*"), QStringLiteral("*.tmp")}, QDir::Files);
        CHECK(left.isEmpty());

        REQUIRE(panel->startExport(pdfPath));
        REQUIRE(waitFor([&] { return finished.count() == 3; }));
        CHECK(finished.at(2));
        CHECK(QFileInfo(pdfPath).size() > 1000);
    }
}
