// Atlas pages (圏域カルテ): under each area's map, the counts per category with the rate per 1,000
// residents aged 65+ from the level's population table, and the sources with their dates.

#include "geo/export/Atlas.h"

#include "ExportFixtures.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::testing;

TEST_CASE("Atlas pages: counts with rates per 1,000 aged 65+ and the sources with dates", "[geo][export][atlas][population]")
{
    REQUIRE(hasPdfTools());
    ExportData data = sampleExportData(30);
    data.language = QStringLiteral("en");
    PopulationTable table;
    table.levelCode = data.areaLevel;
    table.asOf = QDate(2026, 4, 1);
    table.source = QStringLiteral("nenrei.csv");
    const QHash<QString, qint64> aged65{{QStringLiteral("A01"), 2500}, {QStringLiteral("A02"), 3200}, {QStringLiteral("A03"), 1800}};
    for (auto it = aged65.cbegin(); it != aged65.cend(); ++it) {
        PopulationFigures f;
        f.total = it.value() * 4;
        f.aged65 = it.value();
        table.byArea.insert(it.key(), f);
    }
    data.areaPopulation = table;
    const auto scene = sampleScene(data);
    REQUIRE(scene);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    const auto report = exportAtlas(*scene, data, path);
    REQUIRE(report.ok());
    keepOutput(path);
    const QString text = pdfText(path).simplified();
    // Each area: its resources counted here, the total's rate per 1,000 aged 65+.
    for (auto it = aged65.cbegin(); it != aged65.cend(); ++it) {
        int count = 0;
        for (const Resource &r : data.resources)
            count += data.areaCodeOf.value(r.id) == it.key() ? 1 : 0;
        const QString rate = QString::number(count * 1000.0 / double(it.value()), 'f', 1);
        INFO(it.key().toStdString() << " " << count << " " << rate.toStdString());
        CHECK(text.contains(QStringLiteral("%1 residents aged 65+): Total %2 (%3)").arg(QLocale(QLocale::English).toString(it.value())).arg(count).arg(rate)));
    }
    CHECK(text.count(QStringLiteral("Sources:")) == 3);
    CHECK(text.contains(QStringLiteral("population: nenrei.csv (as of 1 April 2026)")));
    CHECK(text.contains(QStringLiteral("介護サービス情報公表システム (as of 31 March 2026)")));
}
