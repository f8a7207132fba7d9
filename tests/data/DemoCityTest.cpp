#include "data/demogen/DemoCity.h"

#include "core/Catalogue.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

using namespace careatlas;

namespace {

std::unique_ptr<OGRGeometry> geometryOf(const AreaRecord &area)
{
    OGRGeometry *geometry = nullptr;
    OGRGeometryFactory::createFromWkb(area.wkb.constData(), nullptr, &geometry, area.wkb.size());
    return std::unique_ptr<OGRGeometry>(geometry);
}

double areaOf(const OGRGeometry &g) { return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&g))); }

const demo::DemoCity &city()
{
    static const demo::DemoCity generated = [] {
        auto result = demo::generateDemoCity();
        REQUIRE(result.ok());
        return *result;
    }();
    return generated;
}

} // namespace

TEST_CASE("the demo city has the real city's structure: 1 → 3 → 19 → 54", "[demo]")
{
    const auto &levels = city().areasByLevel;
    CHECK(levels.value(AreaLevels::City).size() == 1);
    CHECK(levels.value(AreaLevels::WelfareArea).size() == 3);
    CHECK(levels.value(AreaLevels::DailyLifeArea).size() == 19);
    CHECK(levels.value(AreaLevels::SchoolDistrict).size() == 54);
    CHECK(levels.value(AreaLevels::City).front().name.contains(QStringLiteral("サンプル")));
    CHECK(city().labelEn.contains(QStringLiteral("sample"), Qt::CaseInsensitive));
}

TEST_CASE("each demo level nests exactly in the one above and tiles it", "[demo]")
{
    const QList<QString> order{AreaLevels::City, AreaLevels::WelfareArea, AreaLevels::DailyLifeArea, AreaLevels::SchoolDistrict};
    for (int l = 1; l < order.size(); ++l) {
        const auto parents = city().areasByLevel.value(order[l - 1]);
        const auto children = city().areasByLevel.value(order[l]);
        for (const AreaRecord &parent : parents) {
            auto parentGeometry = geometryOf(parent);
            REQUIRE(parentGeometry);
            CHECK(parentGeometry->IsValid());
            double childArea = 0;
            int childCount = 0;
            for (const AreaRecord &child : children) {
                if (child.parentCode != parent.code)
                    continue;
                auto childGeometry = geometryOf(child);
                REQUIRE(childGeometry);
                CHECK(childGeometry->IsValid());
                std::unique_ptr<OGRGeometry> outside(childGeometry->Difference(parentGeometry.get()));
                CHECK((!outside || outside->IsEmpty() || OGR_G_Area(OGRGeometry::ToHandle(outside.get())) < 1e-12));
                childArea += areaOf(*childGeometry);
                ++childCount;
            }
            INFO(parent.levelCode.toStdString() << " " << parent.code.toStdString());
            CHECK(childCount >= 1);
            CHECK(childArea == Approx(areaOf(*parentGeometry)).epsilon(1e-9));
        }
        for (const AreaRecord &child : children) {
            const bool hasParent = std::any_of(parents.begin(), parents.end(), [&](const AreaRecord &p) { return p.code == child.parentCode; });
            CHECK(hasParent);
        }
    }
}

TEST_CASE("the demo city lies at Kanazawa's coordinates", "[demo]")
{
    auto geometry = geometryOf(city().areasByLevel.value(AreaLevels::City).front());
    OGREnvelope envelope;
    geometry->getEnvelope(&envelope);
    CHECK(envelope.MinX > 136.4);
    CHECK(envelope.MaxX < 136.9);
    CHECK(envelope.MinY > 36.4);
    CHECK(envelope.MaxY < 36.75);
    OGRPoint centre(136.6562, 36.5613);
    CHECK(geometry->Contains(&centre));
}

TEST_CASE("demo resources: about 1,500, every category, inside their district, plausible text", "[demo]")
{
    const auto &resources = city().resources;
    CHECK(resources.size() >= 1400);
    CHECK(resources.size() <= 1700);
    QSet<QString> categories, names;
    int withoutLocation = 0;
    const QRegularExpression katakana(QStringLiteral("^[\\x{30A0}-\\x{30FF}0-9A-Za-z（）「」・]+$"));
    const QRegularExpression phone(QStringLiteral("^076-0\\d\\d-\\d{4}$"));
    QHash<QString, std::shared_ptr<OGRGeometry>> districts;
    for (const AreaRecord &area : city().areasByLevel.value(AreaLevels::SchoolDistrict))
        districts.insert(area.code, std::shared_ptr<OGRGeometry>(geometryOf(area).release()));
    for (int i = 0; i < resources.size(); ++i) {
        const Resource &r = resources[i];
        categories.insert(r.categoryCode);
        names.insert(r.name);
        INFO(r.name.toStdString() << " / " << r.kana.toStdString());
        CHECK(findDefaultCategory(r.categoryCode) != nullptr);
        CHECK(katakana.match(r.kana).hasMatch());
        CHECK(phone.match(r.phone).hasMatch());
        CHECK(r.address.startsWith(QStringLiteral("サンプル市")));
        CHECK(r.source.contains(QStringLiteral("サンプル")));
        if (!r.hasLocation()) {
            ++withoutLocation;
            CHECK(city().schoolDistrictOf[i].isEmpty());
            continue;
        }
        const auto district = districts.value(city().schoolDistrictOf[i]);
        REQUIRE(district);
        OGRPoint point(*r.longitude, *r.latitude);
        CHECK(district->Contains(&point));
    }
    // Every category of the design card (the demo city predates the MHLW service categories).
    CHECK(categories.size() >= 28);
    CHECK(names.size() == resources.size());
    CHECK(withoutLocation > 0);
    CHECK(withoutLocation < 20);
}

TEST_CASE("the demo city is deterministic: the same seed, the same city", "[demo]")
{
    auto again = demo::generateDemoCity();
    REQUIRE(again.ok());
    CHECK(again->areasByLevel == city().areasByLevel);
    CHECK(again->resources == city().resources);
    auto other = demo::generateDemoCity(7);
    REQUIRE(other.ok());
    CHECK(other->areasByLevel.value(AreaLevels::SchoolDistrict) != city().areasByLevel.value(AreaLevels::SchoolDistrict));
}

TEST_CASE("the demo store holds the city with every resource assigned at every level", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(demo::writeDemoStore(city(), path).ok());
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    CHECK(*(*store)->resourceCount() == city().resources.size());
    CHECK((*store)->areas(AreaLevels::SchoolDistrict)->size() == 54);
    CHECK(*(*store)->metaValue(QStringLiteral("dataset_label_en")) == city().labelEn);
    int located = 0;
    for (const Resource &r : city().resources)
        located += r.hasLocation() ? 1 : 0;
    for (const QString &level : {AreaLevels::City, AreaLevels::WelfareArea, AreaLevels::DailyLifeArea, AreaLevels::SchoolDistrict})
        CHECK((*store)->resourceAreas(level)->size() == located);
    // Never overwrites an existing file.
    CHECK_FALSE(demo::writeDemoStore(city(), path).ok());
}
