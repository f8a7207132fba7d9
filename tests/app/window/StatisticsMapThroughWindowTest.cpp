// The statistics view's map in the window: the panel's choices make the same choropleth as the
// command line's request (geo::applyStatisticsMap, the route of `careatlas-cli render
// --choropleth`), and the distance coverage runs on the job runner, where Cancel turns it off.

#include "app/jobs/JobRunner.h"
#include "app/models/StatisticsModel.h"
#include "app/models/Workspace.h"
#include "app/panels/StatisticsPanel.h"
#include "app/window/StatisticsController.h"
#include "core/query/AreaMatrix.h"
#include "core/store/Store.h"
#include "geo/query/StatisticsMap.h"

#include "WindowFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>

#include <sqlite3.h>

using namespace careatlas;
using careatlas::test::openDemoCopy;
using careatlas::test::waitFor;

TEST_CASE("Statistics view: the panel's choropleth is the command line's for the same request", "[app][window][stats][choropleth]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString storePath = openDemoCopy(window, dir);
    window.switchLanguage(QStringLiteral("en"));
    StatisticsPanel *panel = window.statistics()->panel();
    auto choose = [](QComboBox *box, const QString &value) {
        const int i = box->findData(value);
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
    };
    choose(panel->levelBox(), QStringLiteral("daily_life_area"));
    choose(panel->mapBox(), QStringLiteral("count"));
    choose(panel->methodBox(), QStringLiteral("natural-breaks"));
    choose(panel->paletteBox(), QStringLiteral("orrd"));
    ResourceFilter filter;
    filter.categories = {QStringLiteral("day_service")};
    window.filterController()->setFilter(filter);
    REQUIRE(waitFor([&] {
        const auto &c = window.workspace()->renderOptions().choropleth;
        return c && c->title.contains(QStringLiteral("Count")) && panel->model()->matrix().ratedCategories == filter.categories
               && c->colors == geo::sequentialPalette(int(c->breaks.upper.size()), geo::ChoroplethPalette::OrRd);
    }));
    const geo::StatisticsMapRequest request = panel->mapRequest();
    CHECK(request.measure == geo::ChoroplethMeasure::Count);
    CHECK(request.method == ClassMethod::NaturalBreaks);
    CHECK(request.palette == geo::ChoroplethPalette::OrRd);
    CHECK(request.levelCode == QStringLiteral("daily_life_area"));

    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    geo::RenderSettings settings;
    REQUIRE(geo::applyStatisticsMap(settings, request, **store, window.filterController()->filter(), QStringLiteral("en")).ok());
    const auto &shown = *window.workspace()->renderOptions().choropleth;
    REQUIRE(settings.choropleth);
    CHECK(settings.choropleth->values == shown.values);
    CHECK(settings.choropleth->breaks.upper == shown.breaks.upper);
    CHECK(settings.choropleth->colors == shown.colors);
    CHECK(settings.choropleth->title == shown.title);
    CHECK(shown.values.size() == 19);
    // The values are the day services per area, counted here by SQL over the store's tables.
    QHash<QString, int> perArea;
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2((*store)->handle(),
                               "SELECT a.area_code, COUNT(*) FROM ca_resource_areas a JOIN resources r ON r.fid = a.resource_id "
                               "WHERE a.level_code = 'daily_life_area' AND r.category = 'day_service' GROUP BY a.area_code",
                               -1, &statement, nullptr) == SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW)
        perArea.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), sqlite3_column_int(statement, 1));
    sqlite3_finalize(statement);
    REQUIRE_FALSE(perArea.isEmpty());
    for (auto it = shown.values.cbegin(); it != shown.values.cend(); ++it)
        CHECK(it.value() == perArea.value(it.key()));
}

TEST_CASE("Statistics view: the distance coverage runs as a job; Cancel turns it off", "[app][window][stats][coverage]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    window.switchLanguage(QStringLiteral("en"));
    StatisticsPanel *panel = window.statistics()->panel();
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(QStringLiteral("daily_life_area")));
    window.filterController()->setFilter(ResourceFilter());
    StatisticsModel *model = panel->model();

    // Every resource within 5 km: 1,500 circles to unite — the job is still running when Cancel comes.
    panel->coverageBox()->setValue(5.0);
    REQUIRE(waitFor([&] { return window.jobs()->isRunning(); }));
    CHECK(model->matrix().coverageKm == 0);   // the columns come when the job has finished
    window.jobs()->cancel();
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning(); }));
    REQUIRE(waitFor([&] { return panel->coverageBox()->value() == 0; }));
    CHECK(model->matrix().coverageKm == 0);
    CHECK(window.workspace()->renderOptions().coverageGaps == nullptr);

    // Let it finish: the columns and the layer; the window stayed responsive meanwhile.
    panel->coverageBox()->setValue(2.0);
    REQUIRE(waitFor([&] { return window.jobs()->isRunning(); }));
    REQUIRE(waitFor([&] { return model->matrix().coverageKm == 2.0; }, 60000));
    CHECK(model->matrix().rows.last().coverage.has_value());
    CHECK(window.workspace()->renderOptions().coverageGaps != nullptr);
    // The same inputs again: the coverage is reused, no job.
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(QStringLiteral("school_district")));
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(QStringLiteral("daily_life_area")));
    REQUIRE(waitFor([&] { return model->matrix().coverageKm == 2.0 && !window.jobs()->isRunning(); }, 60000));
}
