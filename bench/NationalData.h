#pragma once

#include "core/Result.h"

#include <QString>

namespace careatlas::bench {

// A national-scale synthetic dataset, deterministic from a seed. At scale 1.0:
//   districts.shp    ~20,000 school-district-like polygons (256 vertices each, borders shared
//                    vertex for vertex with the neighbours, 5 % with a hole), CP932 .dbf + .cpg
//   cities.shp       ~1,900 municipalities, each the union of a block of districts
//   prefectures.shp  47 prefectures, each the union of a block of municipalities
//   resources.csv    200,000 resources in the standard format (デジタル庁 自治体標準オープン
//                    データセット 介護サービス事業所一覧 headers), UTF-8
//   national.gpkg    a store with the three levels imported and the resources imported and
//                    assigned, through the program's own import code
// At scale s the counts are s times as large (the country is smaller; polygons and the density
// of resources stay the same), so figures at 10 % and 100 % compare like for like.
struct NationalDataSpec {
    quint32 seed = 20261125;
    double scale = 1.0;
};

struct NationalData {
    QString directory;
    QString districtsShp, citiesShp, prefecturesShp, resourcesCsv, store;
    int districtCount = 0, cityCount = 0, prefectureCount = 0, resourceCount = 0;
};

// The dataset under `cacheRoot` (generated on first use, keyed by seed and scale; a
// `complete` marker is written last so an interrupted run is regenerated). `log` gets progress.
Result<NationalData> ensureNationalData(const QString &cacheRoot, const NationalDataSpec &spec, bool verbose);

} // namespace careatlas::bench
