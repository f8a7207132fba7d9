#include "app/window/MainWindow.h"

#include "TestData.h"
#include "app/canvas/MapCanvas.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceTableModel.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/ResourceTablePanel.h"

#include "WindowFixtures.h"
#include "app/jobs/JobRunner.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QProcess>
#include <QProgressDialog>
#include <QTimer>
#include <QTreeWidget>

using namespace careatlas;
using careatlas::test::waitFor;
using careatlas::test::openDemoCopy;

namespace {

// A copy of the demo store opened in `window`, waited for until its map and filter are ready.
} // namespace

TEST_CASE("One filter drives the map, the table, the counts and the details", "[app][window][filter]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    FilterController *filter = window.filterController();
    const int all = int(filter->snapshot()->resources.size());
    CHECK(window.resourceTable()->model()->rowCount() == all);
    CHECK(window.canvas()->renderSettings().resourceMask == nullptr);

    ResourceFilter f;
    f.categories = {QStringLiteral("home_visit_nursing")};
    f.flags = {QStringLiteral("dementia")};
    f.near = NearChoice{36.5613, 136.6562, 3000, QStringLiteral("山田様宅")};
    filter->setFilter(f);
    const int matched = filter->result().matched;
    REQUIRE(matched > 0);
    REQUIRE(matched < all);
    CHECK(window.resourceTable()->model()->rowCount() == matched);
    // The map shows exactly the matches, and the search circle.
    const auto mask = window.canvas()->renderSettings().resourceMask;
    REQUIRE(mask);
    CHECK(int(std::count(mask->begin(), mask->end(), true)) == matched);
    CHECK(window.canvas()->renderSettings().radiusMetres == 3000);
    // Nearest first.
    const auto *model = window.resourceTable()->model();
    double previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double d = model->data(model->index(row, ResourceTableModel::Distance), ResourceTableModel::SortRole).toDouble();
        CHECK(d >= previous);
        CHECK(d <= 3000.0);
        previous = d;
    }

    // Choosing a row selects it on the map and shows its details.
    QTableView *view = window.resourceTable()->view();
    view->selectRow(0);
    const qint64 id = view->model()->data(view->model()->index(0, 0), ResourceTableModel::ResourceIdRole).toLongLong();
    CHECK(window.canvas()->renderSettings().selection == QSet<qint64>{id});
    const QString name = filter->snapshot()->resources[filter->snapshot()->indexOfId.value(id)].name;
    CHECK(window.details()->html().contains(name.toHtmlEscaped()));

    // Unchecking a category in the tree narrows the filter; clearing brings everything back.
    filter->clear();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("categoryTree"));
    REQUIRE(tree);
    tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Unchecked);
    CHECK(filter->filter().categories.size() == filter->snapshot()->categories.size() - 1);
    CHECK(filter->result().matched < all);
    filter->clear();
    CHECK(filter->result().matched == all);
}

TEST_CASE("Text search runs in the background and narrows the table", "[app][window][filter][search]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    window.filterController()->setText(QStringLiteral("ﾎｳﾓﾝｶﾝｺﾞ"));   // half-width katakana finds 訪問看護
    REQUIRE(waitFor([&] { return window.resourceTable()->model()->rowCount() < int(window.filterController()->snapshot()->resources.size()); }));
    const int rows = window.resourceTable()->model()->rowCount();
    CHECK(rows >= 65);
    for (int row = 0; row < rows; ++row) {
        const QString kana = window.resourceTable()->model()->data(window.resourceTable()->model()->index(row, ResourceTableModel::Kana), Qt::DisplayRole).toString();
        CHECK(kana.contains(QStringLiteral("ホウモンカンゴ")));
    }
}

TEST_CASE("Typing a client's address sets the centre of the distance filter", "[app][window][filter][address]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("addressField"));
    REQUIRE(field);
    field->setText(QStringLiteral("本町2丁目5-13"));
    Q_EMIT field->returnPressed();
    REQUIRE(window.filterController()->filter().near.has_value());
    // The centre is named by what the reference matched (本町二丁目), never by the address typed,
    // and the status bar says to which level it matched.
    CHECK(window.filterController()->filter().near->label == QStringLiteral("サンプル市本町二丁目"));
    const QString message = window.statusBar()->currentMessage();
    CHECK(message.contains(QStringLiteral("サンプル市本町二丁目")));
    CHECK((message.contains(QStringLiteral("丁目")) && (message.contains(QStringLiteral("chōme")) || message.contains(QStringLiteral("丁目まで")))));
    CHECK(window.filterController()->filter().near->latitude == Approx(36.5613).margin(0.2));
}

TEST_CASE("Export writes the filtered resources, Print previews the map", "[app][window][export]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    ResourceFilter f;
    f.categories = {QStringLiteral("dementia_cafe")};
    window.filterController()->setFilter(f);
    const int matched = window.filterController()->result().matched;
    REQUIRE(matched > 0);

    // Accept the export dialog (a PDF list by default) and the message at the end.
    QTimer acceptor;
    QStringList seen;
    QObject::connect(&acceptor, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()); dialog && !qobject_cast<QProgressDialog *>(dialog)) {
            seen << QString::fromLatin1(dialog->metaObject()->className());
            dialog->accept();
        }
    });
    acceptor.start(50);
    const QString pdf = dir.filePath(QStringLiteral("cafes.pdf"));
    window.exportResources(pdf);
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning() && QFile::exists(pdf); }));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    const auto snapshot = window.filterController()->snapshot();
    const Resource &first = snapshot->resources[window.filterController()->result().rows.front()];
    CHECK(out.contains(first.name));
    CHECK(out.contains(QStringLiteral("認知症カフェ")));

    window.printMap();
    CHECK(waitFor([&] { return seen.contains(QStringLiteral("QPrintPreviewDialog")); }));
}
