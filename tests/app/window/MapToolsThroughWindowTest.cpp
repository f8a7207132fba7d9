#include "app/window/MainWindow.h"

#include "TestData.h"
#include "app/canvas/MapCanvas.h"
#include "app/panels/LayerPanel.h"
#include "geo/render/LayerCache.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QAction>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}

QSettings appSettings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }

// A window on a copy of the demo store, with the map settings of earlier runs forgotten.
struct DemoWindow {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    DemoWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings s = appSettings();
        s.remove(QStringLiteral("map"));
        const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
        REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        window->openStore(store);
        REQUIRE(waitFor([&] { return window->canvas()->hasScene(); }));
        REQUIRE(waitFor([&] { return !window->canvas()->isRendering() && !window->canvas()->lastFrame().isNull(); }));
    }
    MapCanvas *canvas() const { return window->canvas(); }
};

void click(QWidget *widget, const QPointF &at, Qt::MouseButton button = Qt::LeftButton)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, widget->mapToGlobal(at), button, button, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, widget->mapToGlobal(at), button, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &release);
}

QGeoCoordinate coordinateAt(MapCanvas *canvas, const QPointF &at)
{
    const QPointF lonLat = canvas->scene()->projection.inverse(canvas->viewport().toMap(at));
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

} // namespace

TEST_CASE("The layer panel shows, hides, orders and styles the area levels, and remembers it", "[app][window][layers]")
{
    DemoWindow demo;
    LayerPanel *panel = demo.window->layerPanel();
    auto *list = panel->findChild<QListWidget *>(QStringLiteral("levelList"));
    REQUIRE(list);
    const auto scene = demo.canvas()->scene();
    REQUIRE(list->count() == scene->levels.size());
    REQUIRE(list->count() >= 2);
    const QString finest = scene->levels.back().level.code;

    // Hiding a level hides it on the map and unticks it in View ▸ Area Levels.
    panel->setLevelVisible(finest, false);
    CHECK_FALSE(demo.canvas()->renderSettings().levelStyles.value(finest).visible);
    bool menuFound = false;
    for (QAction *action : demo.window->findChildren<QAction *>())
        if (action->data().toString() == finest && action->isCheckable()) {
            menuFound = true;
            CHECK_FALSE(action->isChecked());
        }
    CHECK(menuFound);

    // Dragging the finest level to the top draws it on top.
    REQUIRE(list->model()->moveRow(QModelIndex(), list->count() - 1, QModelIndex(), 0));
    CHECK(panel->levelOrder().front() == finest);
    CHECK(demo.canvas()->renderSettings().levelOrder.front() == finest);

    // A wider outline for the selected level.
    list->setCurrentRow(0);
    auto *width = panel->findChild<QDoubleSpinBox *>(QStringLiteral("outlineWidth"));
    REQUIRE(width);
    width->setValue(4.0);
    CHECK(demo.canvas()->renderSettings().levelStyles.value(finest).outlineWidth == Approx(4.0));

    // The resources layer off: nothing to pick or draw.
    panel->setResourcesVisible(false);
    CHECK_FALSE(demo.canvas()->renderSettings().showResources);

    // Another panel (the next session) reads all of it back.
    LayerPanel next;
    QList<AreaLevel> levels;
    for (const auto &level : scene->levels)
        levels.push_back(level.level);
    next.setLevels(levels, QStringLiteral("ja"));
    CHECK(next.levelOrder().front() == finest);
    CHECK_FALSE(next.isLevelVisible(finest));
    CHECK(next.levelStyles().value(finest).outlineWidth == Approx(4.0));
    CHECK_FALSE(next.resourcesVisible());
    next.resetStyles();
    CHECK(next.levelOrder().front() == scene->levels.front().level.code);
    appSettings().remove(QStringLiteral("map"));
}

TEST_CASE("Measuring a distance adds geodesic segments, Esc ends it", "[app][window][measure]")
{
    DemoWindow demo;
    MapCanvas *canvas = demo.canvas();
    canvas->setTool(MapCanvas::Tool::MeasureDistance);
    const QPointF a(300, 300), b(600, 300), c(600, 500);
    click(canvas, a);
    click(canvas, b);
    click(canvas, c);
    QMouseEvent end(QEvent::MouseButtonPress, c, canvas->mapToGlobal(c), Qt::RightButton, Qt::RightButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &end);
    REQUIRE(canvas->measurePoints().size() == 3);
    const double expected = coordinateAt(canvas, a).distanceTo(coordinateAt(canvas, b)) + coordinateAt(canvas, b).distanceTo(coordinateAt(canvas, c));
    CHECK(canvas->measuredMetres() == Approx(expected).epsilon(1e-6));
    CHECK(canvas->measuredMetres() > 1000);   // the demo city is ~20 km across
    // The canvas's overlay shows it; the frame underneath is untouched.
    const QImage shown = canvas->grab().toImage();
    const QColor ink = shown.pixelColor(QPoint(450, 300) * shown.devicePixelRatio());
    CHECK(ink.red() > ink.green() + 60);

    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &escape);
    CHECK(canvas->tool() == MapCanvas::Tool::Pan);
    CHECK(canvas->measurePoints().isEmpty());

    SECTION("a radius circle from a clicked centre")
    {
        canvas->setTool(MapCanvas::Tool::RadiusCircle);
        click(canvas, a);
        click(canvas, b);
        CHECK(canvas->radiusMetres() == Approx(coordinateAt(canvas, a).distanceTo(coordinateAt(canvas, b))).epsilon(1e-6));
        CHECK(MapCanvas::formatDistance(1250) == QStringLiteral("1.25 km"));
        CHECK(MapCanvas::formatDistance(830) == QStringLiteral("830 m"));
    }
}

TEST_CASE("Zoom to selection shows the selected resources whole", "[app][window][zoom]")
{
    DemoWindow demo;
    MapCanvas *canvas = demo.canvas();
    const auto scene = canvas->scene();
    const auto &first = scene->resources.front();
    const auto &last = scene->resources.back();
    REQUIRE(canvas->zoomToResources({first.id, last.id}));
    CHECK(canvas->viewport().visibleMapRect().contains(first.position));
    CHECK(canvas->viewport().visibleMapRect().contains(last.position));
    REQUIRE(canvas->zoomToResources({first.id}));
    CHECK(canvas->viewport().visibleMapRect().contains(first.position));
    CHECK(canvas->viewport().visibleMapRect().width() >= 600);
    CHECK(canvas->viewport().metresPerPixel() < 5);
    CHECK_FALSE(canvas->zoomToResources({-42}));
    CHECK(canvas->canGoBack());
}

TEST_CASE("A selection or filter change re-renders over the cached area layer", "[app][window][cache]")
{
    DemoWindow demo;
    MapCanvas *canvas = demo.canvas();
    const int missesBefore = canvas->layerCache()->misses();
    geo::RenderSettings settings = canvas->renderSettings();
    settings.selection = {canvas->scene()->resources.front().id};
    canvas->setRenderSettings(settings);
    REQUIRE(waitFor([&] { return !canvas->isRendering(); }));
    CHECK(canvas->layerCache()->hits() >= 1);
    CHECK(canvas->layerCache()->misses() == missesBefore);
}

TEST_CASE("A background map from a GeoTIFF shows under the areas and can be cleared", "[app][window][background]")
{
    DemoWindow demo;
    MapCanvas *canvas = demo.canvas();
    // A red GeoTIFF over the whole view, in geographic JGD2011.
    const QRectF view = canvas->viewport().visibleMapRect();
    const QPointF sw = canvas->scene()->projection.inverse(view.topLeft());
    const QPointF ne = canvas->scene()->projection.inverse(view.bottomRight());
    const QString path = demo.dir.filePath(QStringLiteral("red.tif"));
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 64, 64, 3, GDT_Byte, nullptr));
        REQUIRE(ds);
        double gt[6] = {sw.x() - 0.05, (ne.x() - sw.x() + 0.1) / 64, 0, ne.y() + 0.05, 0, -(ne.y() - sw.y() + 0.1) / 64};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(6668);
        ds->SetSpatialRef(&srs);
        ds->GetRasterBand(1)->Fill(220);
        ds->GetRasterBand(2)->Fill(20);
        ds->GetRasterBand(3)->Fill(20);
    }
    REQUIRE(demo.window->setBackgroundMap(path));
    CHECK(canvas->renderSettings().background);
    REQUIRE(waitFor([&] { return !canvas->isRendering(); }));
    // Beyond the city (a corner of the view) the raster shows as it is.
    const QImage frame = canvas->lastFrame();
    const QColor corner = frame.pixelColor(QPoint(3, frame.height() / 2));
    CHECK(corner.red() > 180);
    CHECK(corner.green() < 80);
    CHECK(appSettings().value(QStringLiteral("map/background")).toString() == path);

    REQUIRE(demo.window->setBackgroundMap(QString()));
    CHECK_FALSE(canvas->renderSettings().background);
    CHECK_FALSE(appSettings().contains(QStringLiteral("map/background")));
}
