#include "ExportFixtures.h"

#include "geo/export/PdfList.h"
#include "geo/export/PdfTextFix.h"
#include "geo/export/ResourceTable.h"
#include "core/text/DisplayFormat.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::testing;

TEST_CASE("Radicals that share a glyph with a kanji map back to the kanji", "[geo][export][pdf]")
{
    const auto &map = sharedGlyphCorrections();
    CHECK(map.value(0x2FA6) == U'金');
    CHECK(map.value(0x2ED1) == U'長');
    CHECK(map.value(0x2FBC) == U'高');
    CHECK(map.value(0x2F45) == U'方');
    CHECK(map.value(0x2F64) == U'用');
    CHECK(map.value(0x2F54) == U'水');
    CHECK(map.value(0x2027) == U'・');
}

TEST_CASE("A PDF list gives back every name exactly through pdftotext", "[geo][export][pdf]")
{
    REQUIRE(hasPdfTools());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    ExportData data = sampleExportData(12);
    data.resources[5].name = QStringLiteral("Clinic 2026 Tel 076 ABC8");
    PdfListOptions options;   // wide columns so that no name wraps
    options.page.landscape = true;
    options.columns = {ResourceColumn::Name, ResourceColumn::Address, ResourceColumn::Flags};
    const auto report = exportPdfList(data, path, options);
    REQUIRE(report.ok());
    keepOutput(path);
    CHECK(report->pages == 1);
    const QString text = pdfText(path);
    REQUIRE(!text.isEmpty());
    for (const QString &name : radicalProneNames())
        CHECK(text.contains(name));
    CHECK(text.contains(data.title));
    CHECK(text.contains(QStringLiteral("訪問看護ステーション・認知症対応・泉野圏域")));
    CHECK(text.contains(QStringLiteral("石川県金沢市長町1丁目1番 高橋ビル1F")));
    CHECK(text.contains(QStringLiteral("Clinic 2026 Tel 076 ABC8")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?1\\b"))));
    for (QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
}

TEST_CASE("A long PDF list repeats its header on every page and numbers pages n / N", "[geo][export][pdf]")
{
    REQUIRE(hasPdfTools());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const ExportData data = sampleExportData(150);
    SECTION("portrait, ungrouped")
    {
        const auto report = exportPdfList(data, path, {});
        REQUIRE(report.ok());
        keepOutput(path);
        REQUIRE(report->pages >= 3);
        const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        REQUIRE(pages.size() == report->pages);
        const QString header = resourceColumnHeader(ResourceColumn::Address);
        for (int p = 0; p < pages.size(); ++p) {
            CHECK(pages[p].contains(header));
            CHECK(pages[p].contains(QRegularExpression(QStringLiteral("(^|\\s)%1 ?/ ?%2(\\s|$)").arg(p + 1).arg(pages.size()))));
        }
        // Every row is printed once, whole, on one page.
        for (const Resource &r : data.resources) {
            int pagesWithName = 0;
            for (const QString &page : pages)
                pagesWithName += page.contains(r.phone) ? 1 : 0;
            CHECK(pagesWithName == 1);
        }
    }
    SECTION("landscape, grouped by area")
    {
        PdfListOptions options;
        options.page.landscape = true;
        options.grouping = ListGrouping::Area;
        const auto report = exportPdfList(data, path, options);
        REQUIRE(report.ok());
        QFile::copy(path, dir.filePath(QStringLiteral("grouped.pdf")));
        keepOutput(dir.filePath(QStringLiteral("grouped.pdf")));
        const QString text = pdfText(path);
        for (const QString &area : data.areaNameOf)
            CHECK(text.contains(formatLabelCount(area, 50, data.language)));   // 〇〇（50） in Japanese
    }
}

TEST_CASE("Pagination never splits a row and keeps a heading with its first row", "[geo][export][pdf]")
{
    const ExportData data = sampleExportData(60);
    QImage device(800, 1100, QImage::Format_RGB32);
    ResourceTable table(data, {}, 700, &device);
    const auto items = table.groupedItems({}, [&](const Resource &r) { return groupKey(data, r, ListGrouping::Category); },
                                          [&](const QString &k) { return groupTitle(data, k, ListGrouping::Category); },
                                          [&](const QString &l, const QString &r) { return groupBefore(data, l, r, ListGrouping::Category); });
    const double room = 400;
    const auto pages = table.paginate(items, [&](int) { return room; });
    int rows = 0;
    for (const auto &page : pages) {
        double used = 0;
        for (const TableItem &item : page) {
            used += item.height;
            rows += item.kind == TableItem::Kind::Row ? 1 : 0;
        }
        CHECK(used <= room);
        REQUIRE(!page.isEmpty());
        CHECK(page.back().kind == TableItem::Kind::Row);
    }
    CHECK(rows == 60);
}

TEST_CASE("A PDF list into a folder that does not exist fails clearly and leaves no file", "[geo][export][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/list.pdf"));
    const auto report = exportPdfList(sampleExportData(3), path, {});
    REQUIRE(!report.ok());
    CHECK(report.error().code == ErrorCode::FileWriteFailed);
    CHECK(!QFile::exists(path));
}
