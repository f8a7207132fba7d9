// Maps to hand out: numbered symbols with the numbered list beside or under the map (continued
// on further PDF pages), area names placed or listed, large print, colour-blind-safe colours.

#include "geo/export/MapLayout.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/MapViewport.h"
#include "geo/render/SymbolPainter.h"

#include "ExportFixtures.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::testing;

namespace {

// The first category (catalogue order) among the resources: its resources head the list.
QString firstCategory(const ExportData &data)
{
    for (const Category &c : data.categories)
        for (const Resource &r : data.resources)
            if (r.categoryCode == c.code)
                return c.code;
    return {};
}

} // namespace

TEST_CASE("Handout map: every resource numbered and listed beside the map, grouped by category", "[geo][export][handout]")
{
    REQUIRE(hasPdfTools());
    ExportData data = sampleExportData(20);
    data.language = QStringLiteral("en");
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    MapLayoutOptions options;
    options.page = PageSetup{PaperSize::A3, true};
    options.handout.numbered = true;
    options.handout.namedLevel = QStringLiteral("daily_life_area");
    const auto report = exportMapLayout(*scene, data, path, options);
    REQUIRE(report.ok());
    keepOutput(path);
    CHECK(report->numbered == data.resources.size());
    CHECK(report->listed == data.resources.size());
    CHECK(report->clusters == 0);
    CHECK(report->symbols == data.resources.size());
    CHECK(report->pages == 1);
    CHECK(report->unplacedAreas.isEmpty());              // three large areas: every name fits
    const QString text = pdfText(path);
    for (const Resource &r : data.resources)
        CHECK(text.contains(r.name));
    // Number 1 is a resource of the first category in catalogue order: its heading comes first.
    const Category *first = nullptr;
    for (const Category &c : data.categories)
        if (c.code == firstCategory(data))
            first = &c;
    REQUIRE(first);
    int count = 0;
    for (const Resource &r : data.resources)
        count += r.categoryCode == first->code ? 1 : 0;
    const QString heading = QStringLiteral("%1 (%2)").arg(first->labelEn).arg(count);
    CHECK(text.contains(heading));
    // Every number 1…n is printed (on the map and in the list).
    for (int n = 1; n <= data.resources.size(); ++n)
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(n))));
}

TEST_CASE("Handout map, portrait and large print: the list continues on further pages; an image says what is left", "[geo][export][handout]")
{
    REQUIRE(hasPdfTools());
    ExportData data = sampleExportData(150);
    data.language = QStringLiteral("en");
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    QTemporaryDir dir;
    MapLayoutOptions options;
    options.page = PageSetup{PaperSize::A4, false};
    options.handout.numbered = true;
    options.handout.largePrint = true;
    const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
    const auto report = exportMapLayout(*scene, data, pdf, options);
    REQUIRE(report.ok());
    keepOutput(pdf);
    CHECK(report->numbered == 150);
    CHECK(report->listed == 150);
    CHECK(report->pages > 1);
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    CHECK(pages.size() == report->pages);
    CHECK(pages.value(1).contains(QStringLiteral("(list, continued)")));
    for (const Resource &r : data.resources) {
        int found = 0;
        for (const QString &page : pages)
            found += page.count(r.phone);
        CHECK(found == 1);                                  // listed once (phones are unique)
    }

    const QString png = dir.filePath(QStringLiteral("large.png"));
    const auto image = exportMapLayout(*scene, data, png, options);
    REQUIRE(image.ok());
    CHECK(image->pages == 1);
    CHECK(image->listed < 150);
}

TEST_CASE("Named level: names without room are reported; colour-blind-safe symbol colours by group", "[geo][render][handout]")
{
    ExportData data = sampleExportData(10);
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    RenderSettings settings;
    settings.namedLevel = QStringLiteral("daily_life_area");
    settings.datasetLabel = false;
    // A frame too small for any of the three names.
    const MapViewport tiny = MapViewport::fitting(scene->extent(), QSize(120, 80));
    MapRenderer::Stats stats;
    MapRenderer::renderImage(*scene, tiny, settings, nullptr, &stats);
    CHECK(stats.unplacedAreas.size() == 3);
    const MapViewport large = MapViewport::fitting(scene->extent(), QSize(1200, 900));
    MapRenderer::renderImage(*scene, large, settings, nullptr, &stats);
    CHECK(stats.unplacedAreas.isEmpty());

    Category care;
    care.groupCode = QStringLiteral("care");
    care.color = QStringLiteral("#1565c0");
    CHECK(symbolColor(care, false) == QColor(0x15, 0x65, 0xc0));
    CHECK(symbolColor(care, true) == QColor(0x00, 0x72, 0xb2));
    Category medical = care;
    medical.groupCode = QStringLiteral("medical");
    CHECK(symbolColor(medical, true) == QColor(0xd5, 0x5e, 0x00));
}
