#pragma once

// The filter options `query`, `stats` and `export` share:
//   --category C (repeatable)  --flag F (repeatable)  --text Q  --area NAME_OR_CODE
//   --near LAT,LON --radius-km R   (or --address ADDRESS --radius-km R, through the address reference)

#include "core/Result.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/query/StoreFilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace careatlas {
class Store;
}

namespace careatlas::cli {

struct FilterOptions {
    QCommandLineOption category;
    QCommandLineOption flag;
    QCommandLineOption text;
    QCommandLineOption area;
    QCommandLineOption near;
    QCommandLineOption radius;
    QCommandLineOption address;
    QCommandLineOption notConfirmed;
    QCommandLineOption retired;

    FilterOptions();
    void addTo(QCommandLineParser &parser) const;
    // The filter the options describe, checked against the store's catalogue and areas.
    // A usage problem (unknown category, bad coordinates) is an InvalidArgument error.
    Result<ResourceFilter> read(const QCommandLineParser &parser, const ResourceSnapshot &snapshot, const Store *store = nullptr) const;
};

using geo::FilteredResources;

// The filter the options describe, read against the store's catalogue and areas (no resource
// is read: core/query/SqlFilter.h). The catalogue holds the areas when `withAreas` or the
// options name an area.
struct ReadFilter {
    ResourceSnapshotPointer catalogue;
    ResourceFilter filter;
};
Result<ReadFilter> readFilter(Store &store, const FilterOptions &options, const QCommandLineParser &parser, bool withAreas = false);

// Whether the store's indexes answer the filter (sqlCanFilter), unless the environment
// variable CAREATLAS_SNAPSHOT_FILTER is set (tests compare both paths with it).
bool useSqlFilter(const ResourceFilter &filter);

// The filter applied: through the store's indexes (only the matching rows read) when
// useSqlFilter, else over a snapshot of every resource (geo::filterStore). Rows and their
// order are the same either way.
Result<FilteredResources> applyFilter(Store &store, const ReadFilter &read);

} // namespace careatlas::cli
