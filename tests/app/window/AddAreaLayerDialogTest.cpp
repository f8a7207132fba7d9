#include "app/dialogs/AddAreaLayerDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace careatlas;

namespace {

geo::SourceInfo sourceRecognisedAs(const QString &level)
{
    geo::SourceInfo source;
    source.path = QStringLiteral("schools.shp");
    source.driver = QStringLiteral("ESRI Shapefile");
    geo::LayerInfo layer;
    layer.name = QStringLiteral("schools");
    layer.featureCount = 3;
    layer.geometryType = QStringLiteral("Polygon");
    layer.level = level;
    layer.levelReason = QStringLiteral("test");
    source.layers.append(layer);
    return source;
}

} // namespace

TEST_CASE("Add Area Layer proposes the level the file was recognised as", "[app][window][areas]")
{
    SECTION("a file recognised as 小学校区 is proposed as school_district, even when the city level is empty")
    {
        AddAreaLayerDialog dialog(QStringLiteral("schools.shp"), sourceRecognisedAs(QStringLiteral("school_district")), standardAreaLevels(), {});
        CHECK(dialog.findChild<QComboBox *>(QStringLiteral("level"))->currentData().toString() == QStringLiteral("school_district"));
        CHECK(dialog.options().level == QStringLiteral("school_district"));
    }
    SECTION("日常生活圏域 → daily_life_area")
    {
        AddAreaLayerDialog dialog(QStringLiteral("x.shp"), sourceRecognisedAs(QStringLiteral("daily_life_area")), standardAreaLevels(),
                                  {QStringLiteral("city")});
        CHECK(dialog.options().level == QStringLiteral("daily_life_area"));
    }
    SECTION("an unrecognised file gets the first level without areas")
    {
        AddAreaLayerDialog dialog(QStringLiteral("x.shp"), sourceRecognisedAs(QString()), standardAreaLevels(), {QStringLiteral("city")});
        CHECK(dialog.options().level == QStringLiteral("welfare_area"));
    }
}

TEST_CASE("Add Area Layer passes the CRS and the consent to drop features", "[app][window][areas]")
{
    AddAreaLayerDialog dialog(QStringLiteral("x.shp"), sourceRecognisedAs(QString()), standardAreaLevels(), {});
    CHECK_FALSE(dialog.options().allowDropped);
    dialog.findChild<QCheckBox *>(QStringLiteral("allowDropped"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("crs"))->setText(QStringLiteral(" EPSG:6675 "));
    CHECK(dialog.options().allowDropped);
    CHECK(dialog.options().load.crs == QStringLiteral("EPSG:6675"));
}
