// The statistics view: areas × categories following the filter, sorting, zero cells, a click that
// filters, population import through the window, rates and the CSV/PDF exports.

#include "app/jobs/JobRunner.h"
#include "app/models/StatisticsModel.h"
#include "app/models/Workspace.h"
#include "app/panels/StatisticsPanel.h"
#include "app/window/StatisticsController.h"
#include "core/query/AreaMatrix.h"

#include "StatisticsTestSupport.h"
#include "WindowFixtures.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace careatlas;
using careatlas::test::DialogAcceptor;
using careatlas::test::openDemoCopy;
using careatlas::test::columnNamed;
using careatlas::test::waitFor;

TEST_CASE("Statistics view: matrix, sorting, zero cells, click to filter, population and rates, exports", "[app][window][stats]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    window.switchLanguage(QStringLiteral("en"));
    StatisticsPanel *panel = window.statistics()->panel();
    REQUIRE(window.statistics()->dock()->isVisible());
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(QStringLiteral("daily_life_area")));
    StatisticsModel *model = panel->model();
    const ResourceSnapshotPointer snapshot = window.filterController()->snapshot();
    const int level = snapshot->levelIndex(QStringLiteral("daily_life_area"));
    REQUIRE(waitFor([&] { return model->matrix().levelIndex == level && model->rowCount() > 0; }));
    int areaRows = 0;
    for (int l = 0; l <= level; ++l)
        areaRows += int(snapshot->levels[l].areas.size());
    CHECK(model->rowCount() == areaRows + 1);
    CHECK(model->matrix().columns.size() == snapshot->categories.size());

    // The totals agree with the resources of each area, counted here from the snapshot.
    const int totalColumn = columnNamed(*model, QStringLiteral("Total"));
    REQUIRE(totalColumn >= 0);
    for (int r = 0; r < int(snapshot->levels[level].areas.size()); ++r) {
        const AreaMatrix::Row *row = model->matrixRow(r);
        const int a = snapshot->levels[level].indexOfCode.value(row->areaCode);
        int expected = 0;
        for (qsizetype i = 0; i < snapshot->resources.size(); ++i)
            expected += snapshot->areaOf[level][i] == a && snapshot->categoryOf[i] >= 0 ? 1 : 0;
        CHECK(model->index(r, totalColumn).data().toInt() == expected);
    }

    // Zero cells are marked.
    bool sawZero = false;
    for (int r = 0; r < model->rowCount() && !sawZero; ++r)
        for (int c = 0; c < model->columnCount() && !sawZero; ++c)
            if (model->index(r, c).data(StatisticsModel::ZeroRole).toBool()) {
                sawZero = true;
                CHECK(model->index(r, c).data(Qt::BackgroundRole).value<QBrush>().style() == Qt::BDiagPattern);
                CHECK(model->index(r, c).data().toString() == QStringLiteral("0"));
            }
    CHECK(sawZero);

    // Sorting by the total, descending: the level's areas first in that order, the total row last.
    QTableView *view = panel->view();
    view->sortByColumn(totalColumn, Qt::DescendingOrder);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    REQUIRE(proxy);
    const int areas = int(snapshot->levels[level].areas.size());
    for (int r = 1; r < areas; ++r)
        CHECK(proxy->index(r - 1, totalColumn).data().toInt() >= proxy->index(r, totalColumn).data().toInt());
    CHECK(model->matrixRow(proxy->mapToSource(proxy->index(proxy->rowCount() - 1, 0)).row())->isTotal());

    // A click on a count cell filters to that area and category; the table shows those resources.
    const int nursingColumn = columnNamed(*model, snapshot->categories[snapshot->categoryIndex(QStringLiteral("nursing_home"))].labelEn);
    REQUIRE(nursingColumn >= 0);
    const QModelIndex cell = proxy->index(0, nursingColumn);
    const int count = cell.data().toInt();
    const int sourceRow = proxy->mapToSource(cell).row();
    panel->activateCell(cell);
    const ResourceFilter &filter = window.filterController()->filter();
    REQUIRE(filter.area);
    CHECK(filter.area->levelCode == QStringLiteral("daily_life_area"));
    CHECK(filter.categories == QStringList{QStringLiteral("nursing_home")});
    CHECK(waitFor([&] { return window.filterController()->result().matched == count; }));
    // The matrix does not collapse: it ignores the filter's area and categories and highlights them.
    REQUIRE(waitFor([&] { return model->rowCount() == areaRows + 1; }));
    CHECK(waitFor([&] { return model->index(sourceRow, nursingColumn).data(Qt::FontRole).value<QFont>().bold(); }));
    CHECK_FALSE(model->index(sourceRow == 0 ? 1 : 0, nursingColumn).data(Qt::FontRole).value<QFont>().bold());

    // Population through the window, then rates of the filtered category per 1,000 aged 65+.
    const QString populationFile = dir.filePath(QStringLiteral("population.csv"));
    QHash<QString, qint64> aged65;
    {
        QFile f(populationFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF");
        f.write(QStringLiteral("地域コード,総人口,65歳以上,75歳以上\r\n").toUtf8());
        int k = 0;
        for (const auto &a : snapshot->levels[level].areas) {
            const qint64 older = 2000 + 37 * k++;
            aged65.insert(a.code, older);
            f.write(QStringLiteral("%1,%2,%3,%4\r\n").arg(a.code).arg(older * 4).arg(older).arg(older / 2).toUtf8());
        }
    }
    {
        DialogAcceptor acceptor;
        window.statistics()->importPopulation(populationFile, QStringLiteral("daily_life_area"), QDate(2026, 4, 1));
        REQUIRE(waitFor([&] { return model->matrix().hasPopulation && !window.jobs()->isRunning(); }));
        CHECK(acceptor.seen.contains(QStringLiteral("QMessageBox")));
    }
    const int rateColumn = columnNamed(*model, QStringLiteral("Per 1,000 aged 65+"));
    REQUIRE(rateColumn >= 0);
    CHECK(model->matrix().populationAsOf == QDate(2026, 4, 1));
    for (int r = 0; r < areas; ++r) {
        const AreaMatrix::Row *row = model->matrixRow(r);
        const int nursing = model->index(r, nursingColumn).data().toInt();
        CHECK(model->index(r, rateColumn).data().toString() == QString::number(nursing * 1000.0 / aged65.value(row->areaCode), 'f', 1));
    }

    // Exports of the table as shown.
    const QString csvPath = dir.filePath(QStringLiteral("stats.csv"));
    REQUIRE(panel->exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Per 1,000 aged 65+"));
    const QString pdfPath = dir.filePath(QStringLiteral("stats.pdf"));
    auto pages = panel->exportPdf(pdfPath);
    REQUIRE(pages);
    CHECK(*pages >= 1);
    CHECK(QFileInfo(pdfPath).size() > 1000);

    // The menu entry is there and enabled.
    CHECK(window.statistics()->importAction()->isEnabled());
}
