// careatlas-cli render / export with the statistics view's map: --choropleth, --classes,
// --palette, --choropleth-level and --coverage-km (the uncovered parts) on the demo store.

#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;

namespace {

int pixelsOf(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
    return n;
}

} // namespace

TEST_CASE("render --choropleth: the areas coloured by the chosen palette, the classes and areas reported", "[app][cli][render][choropleth]")
{
    QTemporaryDir dir;
    const QString store = careatlas::test::copyDemoStore(dir);
    auto render = [&](const QString &name, const QStringList &extra) {
        const QString out = dir.filePath(name);
        const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                            QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), out, QStringLiteral("--width"),
                                                        QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600"), QStringLiteral("--json")}
                                                + extra);
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
        QImage image(out);
        REQUIRE_FALSE(image.isNull());
        return std::pair{json, image};
    };
    const QStringList dayServices{QStringLiteral("--category"), QStringLiteral("day_service"), QStringLiteral("--choropleth"), QStringLiteral("count")};
    const auto [plainJson, plain] = render(QStringLiteral("plain.png"), {});
    const auto [orrdJson, orrd] = render(QStringLiteral("orrd.png"), dayServices + QStringList{QStringLiteral("--palette"), QStringLiteral("orrd")});
    const auto [viridisJson, viridis] = render(QStringLiteral("viridis.png"), dayServices + QStringList{QStringLiteral("--palette"), QStringLiteral("viridis"),
                                                                                                         QStringLiteral("--classes"), QStringLiteral("equal-interval")});
    CHECK(plainJson.value(QStringLiteral("choropleth_areas")).toInt() == 0);
    CHECK(orrdJson.value(QStringLiteral("choropleth_areas")).toInt() == 19);   // the daily-life areas, by default
    const int classes = orrdJson.value(QStringLiteral("choropleth_classes")).toInt();
    CHECK(classes >= 2);
    CHECK(classes <= 5);
    // The darkest class in each palette's own colour (OrRd #b30000 with five classes, viridis #440154).
    const QRgb darkestOrRd = classes == 5 ? qRgb(0xb3, 0x00, 0x00) : classes == 4 ? qRgb(0xd7, 0x30, 0x1f) : qRgb(0xe3, 0x4a, 0x33);
    CHECK(pixelsOf(orrd, darkestOrRd) > 500);
    CHECK(pixelsOf(plain, darkestOrRd) < 50);
    CHECK(pixelsOf(viridis, qRgb(0x44, 0x01, 0x54)) > 500);
    CHECK(pixelsOf(orrd, qRgb(0x44, 0x01, 0x54)) < 50);

    // The school districts, with the uncovered parts of 1 km around 24-hour home-visit nursing.
    const auto [schoolJson, school] = render(QStringLiteral("school.png"),
                                             {QStringLiteral("--category"), QStringLiteral("home_visit_nursing"), QStringLiteral("--flag"),
                                              QStringLiteral("open_24h"), QStringLiteral("--choropleth"), QStringLiteral("count"),
                                              QStringLiteral("--choropleth-level"), QStringLiteral("school_district"), QStringLiteral("--coverage-km"),
                                              QStringLiteral("1")});
    CHECK(schoolJson.value(QStringLiteral("choropleth_areas")).toInt() > 19);
    CHECK(school != orrd);

    // Usage errors: exit code 2 and a message naming the option.
    const QList<std::pair<QStringList, QString>> wrong{
        {{QStringLiteral("--choropleth"), QStringLiteral("density")}, QStringLiteral("--choropleth")},
        {{QStringLiteral("--choropleth"), QStringLiteral("count"), QStringLiteral("--palette"), QStringLiteral("rainbow")}, QStringLiteral("--palette")},
        {{QStringLiteral("--choropleth"), QStringLiteral("count"), QStringLiteral("--classes"), QStringLiteral("jenks")}, QStringLiteral("--classes")},
        {{QStringLiteral("--choropleth"), QStringLiteral("count"), QStringLiteral("--choropleth-level"), QStringLiteral("ward")}, QStringLiteral("ward")},
        {{QStringLiteral("--palette"), QStringLiteral("greys")}, QStringLiteral("--palette")},
        {{QStringLiteral("--coverage-km"), QStringLiteral("0")}, QStringLiteral("--coverage-km")}};
    for (const auto &[bad, named] : wrong) {
        const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                            QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.png"))} + bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString() << ": " << result.standardError.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.standardError.contains(named));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.png"))));
    }
}

TEST_CASE("export --map and --atlas with --choropleth and --coverage-km; refused for lists", "[app][cli][export][choropleth]")
{
    QTemporaryDir dir;
    const QString store = careatlas::test::copyDemoStore(dir);
    const QStringList statistics{QStringLiteral("--category"), QStringLiteral("home_visit_nursing"), QStringLiteral("--choropleth"), QStringLiteral("count"),
                                 QStringLiteral("--coverage-km"), QStringLiteral("1"), QStringLiteral("--palette"), QStringLiteral("orrd")};
    const QString map = dir.filePath(QStringLiteral("map.png"));
    const auto mapResult = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                           QStringList{QStringLiteral("export"), store, QStringLiteral("--out"), map, QStringLiteral("--dpi"), QStringLiteral("72")}
                                               + statistics);
    INFO(mapResult.standardError.toStdString());
    REQUIRE(mapResult.exitCode == 0);
    const QImage page(map);
    REQUIRE_FALSE(page.isNull());
    // The uncovered parts' grey (#9e9e9e at 170/255 over the map) and the palette's darkest red are on the page.
    CHECK(pixelsOf(page, qRgb(0xb3, 0x00, 0x00)) + pixelsOf(page, qRgb(0xd7, 0x30, 0x1f)) + pixelsOf(page, qRgb(0xe3, 0x4a, 0x33)) > 100);

    const QString atlas = dir.filePath(QStringLiteral("atlas.pdf"));
    const auto atlasResult = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                             QStringList{QStringLiteral("export"), store, QStringLiteral("--out"), atlas, QStringLiteral("--atlas"),
                                                         QStringLiteral("welfare_area"), QStringLiteral("--json")}
                                                 + statistics);
    INFO(atlasResult.standardError.toStdString());
    REQUIRE(atlasResult.exitCode == 0);
    CHECK(QFileInfo(atlas).size() > 10000);

    const auto list = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                      QStringList{QStringLiteral("export"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("list.csv"))} + statistics);
    CHECK(list.exitCode == 2);
    CHECK(list.standardError.contains(QStringLiteral("--choropleth")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("list.csv"))));
}
