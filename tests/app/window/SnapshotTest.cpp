#include "CliRunner.h"
#include "i18n/LatinWords.h"

#include "core/Catalogue.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>
#include <ogr_geometry.h>

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::runBuiltProgram;

namespace {

// A store with a city rectangle at Kanazawa and 40 hospitals inside it.
QString makeStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("test.gpkg"));
    auto store = Store::create(path);
    REQUIRE(store.ok());
    OGRLinearRing ring;
    for (auto [x, y] : {std::pair{136.60, 36.52}, {136.70, 36.52}, {136.70, 36.60}, {136.60, 36.60}})
        ring.addPoint(x, y);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRMultiPolygon multi;
    multi.addGeometry(&polygon);
    QByteArray wkb(int(multi.WkbSize()), '\0');
    multi.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    REQUIRE((*store)->replaceAreas(AreaLevels::City, {{0, AreaLevels::City, QStringLiteral("C1"), QStringLiteral("テスト市"), {}, wkb}}).ok());
    for (int i = 0; i < 40; ++i) {
        Resource r;
        r.categoryCode = QStringLiteral("hospital");
        r.name = QStringLiteral("病院%1").arg(i);
        r.longitude = 136.61 + 0.08 * (i % 8) / 8.0;
        r.latitude = 36.53 + 0.06 * (i / 8) / 5.0;
        REQUIRE((*store)->insertResource(r).ok());
    }
    return path;
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance = 12)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("careatlas --snapshot opens a store and saves the window with the map drawn", "[app][window][snapshot]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    const QString png = dir.filePath(QStringLiteral("snap.png"));
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas"), {store, QStringLiteral("--snapshot"), png});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    // The hospitals' red crosses are on the map.
    CHECK(pixelsNear(image, QColor(findDefaultCategory(QStringLiteral("hospital"))->color)) > 40 * 10);
}

TEST_CASE("careatlas --snapshot of a file that is not a store fails with a clear message", "[app][window][snapshot][errors]")
{
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("bogus.gpkg"));
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas"), {bogus, QStringLiteral("--snapshot"), dir.filePath(QStringLiteral("x.png"))});
    CHECK(result.exitCode != 0);
    CHECK(result.standardError.contains(QStringLiteral("bogus.gpkg")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

TEST_CASE("careatlas --help speaks the language asked for, before the window opens", "[app][window][i18n]")
{
    const auto ja = runBuiltProgram(QStringLiteral("app/careatlas"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    CHECK(ja.exitCode == 0);
    CHECK(ja.standardOutput.contains(QStringLiteral("地域資源マップ")));
    CHECK(ja.standardOutput.contains(QStringLiteral("データファイル")));
    // Only the option names, their value names and the program's path stay in Latin letters.
    QString text = ja.standardOutput;
    text.remove(QRegularExpression(QStringLiteral("\\S*careatlas\\b|-[a-z]\\b|<[A-Z]+>|\\b(STORE|FILE)\\b|\\bja\\b|\\ben\\b")));
    INFO(careatlas::test::latinWordsLeft(text, {}).toStdString());
    CHECK(careatlas::test::latinWordsLeft(text, {}).isEmpty());

    const auto en = runBuiltProgram(QStringLiteral("app/careatlas"), {QStringLiteral("--lang=en"), QStringLiteral("--help")});
    CHECK(en.exitCode == 0);
    CHECK(en.standardOutput.contains(QStringLiteral("Show this help")));
    CHECK_FALSE(en.standardOutput.contains(QStringLiteral("データファイル")));
}

TEST_CASE("careatlas-cli render writes a PNG of the store's map", "[app][cli][render]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir);
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                        {QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--width"),
                                         QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600"), QStringLiteral("--no-clusters"),
                                         QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
    CHECK(json.value(QStringLiteral("symbols")).toInt() == 40);
    const QImage image(png);
    CHECK(image.size() == QSize(800, 600));
    CHECK(pixelsNear(image, QColor(findDefaultCategory(QStringLiteral("hospital"))->color)) > 40 * 10);

    SECTION("a wrong extension is a usage error")
    {
        const auto bad = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("render"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.bmp"))});
        CHECK(bad.exitCode == 2);
    }
    SECTION("a missing store is an error and writes nothing")
    {
        const QString out = dir.filePath(QStringLiteral("none.png"));
        const auto bad = runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("render"), dir.filePath(QStringLiteral("missing.gpkg")), QStringLiteral("--out"), out});
        CHECK(bad.exitCode == 1);
        CHECK_FALSE(QFile::exists(out));
    }
}
