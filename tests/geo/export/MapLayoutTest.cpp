#include "ExportFixtures.h"

#include "geo/export/Atlas.h"
#include "geo/export/MapLayout.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::testing;

TEST_CASE("A map layout is written as vector PDF, SVG and as PNG", "[geo][export][map]")
{
    const ExportData data = sampleExportData(40);
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    QTemporaryDir dir;
    SECTION("PDF with title, filter, date and sources as text")
    {
        REQUIRE(hasPdfTools());
        const QString path = dir.filePath(QStringLiteral("map.pdf"));
        const auto report = exportMapLayout(*scene, data, path);
        REQUIRE(report.ok());
        keepOutput(path);
        CHECK(report->symbols + report->clusters > 0);
        const QString text = pdfText(path);
        CHECK(text.contains(data.title));
        CHECK(text.contains(data.filterDescription));
        CHECK(text.contains(QStringLiteral("介護サービス情報公表システム")));
        CHECK(text.contains(QStringLiteral("2026年11月25日")));
    }
    SECTION("SVG")
    {
        const QString path = dir.filePath(QStringLiteral("map.svg"));
        MapLayoutOptions options;
        options.page.paper = PaperSize::A3;
        REQUIRE(exportMapLayout(*scene, data, path, options).ok());
        keepOutput(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        CHECK(svg.contains(QStringLiteral("<svg")));
        CHECK(svg.contains(QStringLiteral("<path")));
        CHECK(svg.contains(data.title));
    }
    SECTION("PNG of a chosen area, at the asked resolution")
    {
        const QString path = dir.filePath(QStringLiteral("map.png"));
        MapLayoutOptions options;
        options.page.landscape = false;
        options.areaLevel = QStringLiteral("daily_life_area");
        options.areaCode = QStringLiteral("A02");
        options.pngDotsPerInch = 100;
        REQUIRE(exportMapLayout(*scene, data, path, options).ok());
        keepOutput(path);
        const QSize size = QImageReader(path).size();
        CHECK(size.width() == Approx(210 / 25.4 * 100).margin(2));
        CHECK(size.height() == Approx(297 / 25.4 * 100).margin(2));
    }
    SECTION("an unknown area or extension is refused and nothing is written")
    {
        MapLayoutOptions options;
        options.areaLevel = QStringLiteral("daily_life_area");
        options.areaCode = QStringLiteral("Z99");
        const auto missing = exportMapLayout(*scene, data, dir.filePath(QStringLiteral("z.pdf")), options);
        REQUIRE(!missing.ok());
        CHECK(missing.error().code == ErrorCode::NotFound);
        const auto wrong = exportMapLayout(*scene, data, dir.filePath(QStringLiteral("z.tif")));
        REQUIRE(!wrong.ok());
        CHECK(wrong.error().code == ErrorCode::InvalidArgument);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
}

TEST_CASE("An atlas has a contents page and a page per area with its list", "[geo][export][atlas]")
{
    REQUIRE(hasPdfTools());
    const ExportData data = sampleExportData(150);
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    const auto report = exportAtlas(*scene, data, path);
    REQUIRE(report.ok());
    keepOutput(path);
    CHECK(report->areas == 3);
    CHECK(report->contentsPages == 1);
    CHECK(report->pages > 1 + 3);   // 50 resources an area do not fit under its map
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() == report->pages);
    for (const QString &area : data.areaNameOf)
        CHECK(pages[0].contains(area));
    CHECK(pages[1].contains(QStringLiteral("泉野圏域")));
    CHECK(pages[1].contains(QStringLiteral("金沢市長町訪問看護ステーション")));
    for (int p = 0; p < pages.size(); ++p)
        CHECK(pages[p].contains(QRegularExpression(QStringLiteral("(^|\\s)%1 ?/ ?%2(\\s|$)").arg(p + 1).arg(pages.size()))));
    for (const Resource &r : data.resources) {
        int found = 0;
        for (int p = 1; p < pages.size(); ++p)
            found += pages[p].contains(r.phone) ? 1 : 0;
        CHECK(found == 1);
    }
}

TEST_CASE("A cancelled atlas leaves no file", "[geo][export][atlas]")
{
    const ExportData data = sampleExportData(30);
    const auto scene = sampleScene(data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    std::atomic_bool cancel = true;
    ExportControl control;
    control.cancel = &cancel;
    const auto report = exportAtlas(*scene, data, path, {}, control);
    REQUIRE(!report.ok());
    CHECK(report.error().code == ErrorCode::Cancelled);
    CHECK(!QFile::exists(path));
}
