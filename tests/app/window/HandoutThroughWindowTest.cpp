// File ▸ Export… ▸ Map layout with the "Map to hand out" section: numbered symbols and the
// numbered list, every daily-life area named, large print, colour-blind-safe colours.

#include "app/jobs/JobRunner.h"
#include "geo/export/ExportPipeline.h"

#include "WindowFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>

using namespace careatlas;
using careatlas::test::DialogAcceptor;
using careatlas::test::openDemoCopy;
using careatlas::test::waitFor;

TEST_CASE("Handout map through the window: the numbered list holds every resource of the filter", "[app][window][export][handout]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext (poppler-utils) is needed");
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    window.switchLanguage(QStringLiteral("en"));
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    filter.flags = {QStringLiteral("open_24h")};
    window.filterController()->setFilter(filter);
    REQUIRE(waitFor([&] { return window.filterController()->result().matched > 0; }));
    QStringList names;
    const ResourceSnapshotPointer snapshot = window.filterController()->snapshot();
    for (int row : window.filterController()->result().rows)
        if (snapshot->resources[row].hasLocation())
            names << snapshot->resources[row].name;

    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    DialogAcceptor acceptor([](QDialog *dialog) {
        if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("exportKind")))
            box->setCurrentIndex(box->findData(int(geo::ExportKind::MapLayout)));
        for (const char *name : {"handoutNumbered", "handoutNames", "handoutLargePrint", "handoutColours"})
            if (auto *check = dialog->findChild<QCheckBox *>(QString::fromLatin1(name)))
                check->setChecked(true);
        // The whole store, not the current view: every resource of the filter is in the frame.
        for (QComboBox *box : dialog->findChildren<QComboBox *>())
            if (box->count() == 2 && box->itemText(1) == QStringLiteral("Everything"))
                box->setCurrentIndex(1);
    });
    window.exportResources(path);
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning() && QFile::exists(path); }, 120000));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ExportDialog")));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(text.contains(name.simplified()));
    }
    CHECK(text.contains(QStringLiteral("Home-visit nursing station (%1)").arg(names.size())));
}
