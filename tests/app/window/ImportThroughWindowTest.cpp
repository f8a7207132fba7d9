#include "app/window/MainWindow.h"

#include "app/dialogs/ImportResourcesDialog.h"
#include "core/Catalogue.h"

#include "app/canvas/MapCanvas.h"
#include "core/store/Store.h"
#include "geo/areas/AreaFixtures.h"

#include "WindowFixtures.h"
#include "app/jobs/JobRunner.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTableWidget>
#include <QTimer>

using namespace careatlas;
using careatlas::test::waitFor;
using careatlas::test::DialogAcceptor;

namespace {

QString newStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("store.gpkg"));
    REQUIRE(Store::create(path).ok());
    return path;
}

} // namespace

TEST_CASE("Add Area Layer through the window imports the file as a level and reports it", "[app][window][areas]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString storePath = newStore(dir);
    const QString shp = dir.filePath(QStringLiteral("city.shp"));
    REQUIRE(test::writeFixture(shp, test::kanazawaCity()));

    MainWindow window;
    window.show();
    window.openStore(storePath);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene(); }));

    DialogAcceptor acceptor;
    window.addAreaLayer(shp);
    REQUIRE(waitFor([&] { return acceptor.seen.contains(QStringLiteral("careatlas::ReportDialog")) && !window.jobs()->isRunning(); }));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::AddAreaLayerDialog")));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ReportDialog")));

    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    CHECK((*store)->areas(AreaLevels::City)->size() == 1);
    // The map is reloaded with the new level's area.
    REQUIRE(waitFor([&] { return window.canvas()->scene() && !window.canvas()->scene()->levels.front().areas.isEmpty(); }));
}

TEST_CASE("Import Resources through the window writes all rows and reloads the map", "[app][window][import]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString storePath = newStore(dir);
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("名称,種別,住所,緯度,経度\n"
               "テスト訪問看護ステーション,訪問看護ステーション,金沢市本町1-1,36.57,136.65\n"
               "テスト内科クリニック,診療所,金沢市本町2-2,36.56,136.66\n");
    file.close();

    MainWindow window;
    window.show();
    window.openStore(storePath);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene(); }));

    DialogAcceptor acceptor;
    window.importResources(csv);
    REQUIRE(waitFor([&] { return acceptor.seen.contains(QStringLiteral("careatlas::ReportDialog")) && !window.jobs()->isRunning(); }));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ImportResourcesDialog")));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ReportDialog")));
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    CHECK(*(*store)->resourceCount() == 2);
    REQUIRE(waitFor([&] { return window.canvas()->scene() && window.canvas()->scene()->resources.size() == 2; }));
}

TEST_CASE("The import dialog previews the first rows and takes a column mapping", "[app][window][import]")
{
    QTemporaryDir dir;
    const QString storePath = newStore(dir);
    const QString csv = dir.filePath(QStringLiteral("odd.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Headers no alias knows: the user maps them.
    file.write("施設,区分,ところ,Y,X\n"
               "テスト訪問看護ステーション,訪問看護ステーション,金沢市本町1-1,36.57,136.65\n"
               "テスト内科クリニック,診療所,金沢市本町2-2,36.56,136.66\n");
    file.close();
    ImportResourcesDialog dialog(csv, storePath, defaultCategories());
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("columnMapping"));
    REQUIRE(mapping);
    REQUIRE(mapping->rowCount() == 5);
    const QStringList fields{QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("address"), QStringLiteral("latitude"), QStringLiteral("longitude")};
    for (int row = 0; row < 5; ++row) {
        auto *box = qobject_cast<QComboBox *>(mapping->cellWidget(row, 1));
        REQUIRE(box);
        box->setCurrentIndex(box->findData(fields[row]));
    }
    CHECK(dialog.previewRowCount() == 2);
    const ImportOptions options = dialog.options();
    CHECK(options.columnMapping.value(ImportField::Name) == QStringLiteral("施設"));
    CHECK(options.columnMapping.value(ImportField::Latitude) == QStringLiteral("Y"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    REQUIRE(preview);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("テスト訪問看護ステーション"));
    CHECK(preview->item(0, 4)->text().startsWith(QStringLiteral("36.57")));
}
