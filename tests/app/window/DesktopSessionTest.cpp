// What a desktop user expects between sessions: the window's size and docks come back, and the
// stores opened last are in File ▸ Open Recent.
#include "app/window/MainWindow.h"

#include "TestData.h"
#include "WindowTestSupport.h"
#include "app/canvas/MapCanvas.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::waitFor;

namespace {

QMenu *recentMenu(const MainWindow &window)
{
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title() == MainWindow::tr("Open &Recent"))
            return menu;
    return nullptr;
}

} // namespace

TEST_CASE("The window keeps its size, docks and recent stores from one session to the next", "[app][window][session]")
{
    QStandardPaths::setTestModeEnabled(true);   // the settings of this test only
    QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")).clear();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("session.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);

    {
        MainWindow first;
        first.resize(1111, 777);
        first.show();
        first.openStore(store);
        REQUIRE(waitFor([&] { return first.canvas()->hasScene(); }));
        auto *details = first.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        REQUIRE(details);
        details->hide();
        REQUIRE(first.close());
    }

    MainWindow next;
    next.show();
    CHECK(next.size() == QSize(1111, 777));
    auto *details = next.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    REQUIRE(details);
    CHECK(details->isHidden());
    auto *filter = next.findChild<QDockWidget *>(QStringLiteral("filterDock"));
    REQUIRE(filter);
    CHECK_FALSE(filter->isHidden());

    QMenu *recent = recentMenu(next);
    REQUIRE(recent);
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().front()->toolTip() == QFileInfo(store).absoluteFilePath());
    recent->actions().front()->trigger();   // opens it again
    CHECK(waitFor([&] { return next.storePath() == QFileInfo(store).absoluteFilePath() && next.canvas()->hasScene(); }));
}
