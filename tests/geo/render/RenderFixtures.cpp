#include "RenderFixtures.h"

#include "core/Catalogue.h"

#include <ogr_geometry.h>

namespace careatlas::test {

QByteArray rectangleWkb(double minLon, double minLat, double maxLon, double maxLat)
{
    OGRLinearRing ring;
    ring.addPoint(minLon, minLat);
    ring.addPoint(maxLon, minLat);
    ring.addPoint(maxLon, maxLat);
    ring.addPoint(minLon, maxLat);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRMultiPolygon multi;
    multi.addGeometry(&polygon);
    QByteArray wkb(int(multi.WkbSize()), '\0');
    multi.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

Resource resourceAt(qint64 id, const QString &category, double lon, double lat)
{
    Resource r;
    r.id = id;
    r.categoryCode = category;
    r.name = QStringLiteral("R%1").arg(id);
    r.longitude = lon;
    r.latitude = lat;
    return r;
}

geo::MapSceneInput twoDistrictCity()
{
    geo::MapSceneInput input;
    input.levels = {standardAreaLevels()[0], standardAreaLevels()[3]};
    input.categories = defaultCategories();
    input.groups = defaultGroups();
    input.areas.insert(AreaLevels::City, {{1, AreaLevels::City, QStringLiteral("C"), QStringLiteral("テスト市"), {}, rectangleWkb(136.60, 36.52, 136.70, 36.60)}});
    input.areas.insert(AreaLevels::SchoolDistrict,
                       {{1, AreaLevels::SchoolDistrict, QStringLiteral("S1"), QStringLiteral("西小学校区"), QStringLiteral("C"), rectangleWkb(136.60, 36.52, 136.65, 36.60)},
                        {2, AreaLevels::SchoolDistrict, QStringLiteral("S2"), QStringLiteral("東小学校区"), QStringLiteral("C"), rectangleWkb(136.65, 36.52, 136.70, 36.60)}});
    input.resources = {resourceAt(10, QStringLiteral("hospital"), 136.62, 36.55), resourceAt(11, QStringLiteral("dementia_cafe"), 136.68, 36.58)};
    return input;
}

} // namespace careatlas::test
