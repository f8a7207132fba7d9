#pragma once

#include "core/Area.h"
#include "core/Resource.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace careatlas::demo {

// The demo region: a fictional city placed at Kanazawa's coordinates (36.56 N, 136.65 E) with
// the real city's structure — 1 city → 3 welfare-health-centre areas → 19 daily-life areas →
// 54 elementary-school districts, each level formed by dissolving the one below — and about
// 1,500 resources of every category. Everything follows from the seed: the same seed gives
// the same city, byte for byte.
struct DemoCity {
    QHash<QString, QList<AreaRecord>> areasByLevel;   // level code → areas (EPSG:6668 WKB)
    QList<Resource> resources;
    QList<QString> schoolDistrictOf;                  // per resource: school-district code, or empty
    struct AddressPoint {
        QString town;                                  // 「本町二丁目」, as 位置参照情報 writes it
        double latitude = 0;
        double longitude = 0;
    };
    QList<AddressPoint> addressPoints;                // the address reference of the sample city
    QString labelJa;
    QString labelEn;
};

inline constexpr quint32 DefaultSeed = 20260401;

Result<DemoCity> generateDemoCity(quint32 seed = DefaultSeed);

// Writes the city into a new store at `path` (refuses an existing file), with every resource
// assigned to its area at every level.
Status writeDemoStore(const DemoCity &city, const QString &path);

} // namespace careatlas::demo
