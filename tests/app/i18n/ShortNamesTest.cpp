// Long official category names fit: the filter tree and the map's legend show the 通称 (特養,
// グループホーム …), with the official name as the tree's tip and found by its search (issue 21).

#include "app/i18n/Translations.h"
#include "app/panels/FilterPanel.h"

#include "window/WindowFixtures.h"

#include <QLineEdit>
#include <QTreeWidget>

using namespace careatlas;
using careatlas::test::openDemoCopy;

TEST_CASE("The filter tree shows the 通称 and finds the official name", "[app][i18n][shortnames]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    installTranslations(QStringLiteral("ja"));   // as switchLanguage does, without saving it in the settings
    QCoreApplication::processEvents();
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("categoryTree"));
    REQUIRE(tree);
    QTreeWidgetItem *nursingHome = nullptr;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            if (tree->topLevelItem(g)->child(c)->data(0, Qt::UserRole).toString() == QStringLiteral("nursing_home"))
                nursingHome = tree->topLevelItem(g)->child(c);
    REQUIRE(nursingHome);
    CHECK(nursingHome->text(0).startsWith(QString::fromUtf8("特養（")));   // 特養（N）
    CHECK(nursingHome->toolTip(0) == QString::fromUtf8("介護老人福祉施設（特別養護老人ホーム）"));

    auto *panel = window.findChild<FilterPanel *>();
    REQUIRE(panel);
    panel->categorySearchField()->setText(QString::fromUtf8("特別養護"));   // in the official name only
    CHECK_FALSE(nursingHome->isHidden());
    panel->categorySearchField()->setText(QString::fromUtf8("グループホーム"));
    CHECK(nursingHome->isHidden());
    panel->categorySearchField()->clear();
    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
