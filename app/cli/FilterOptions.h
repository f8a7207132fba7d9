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

    FilterOptions();
    void addTo(QCommandLineParser &parser) const;
    // The filter the options describe, checked against the store's catalogue and areas.
    // A usage problem (unknown category, bad coordinates) is an InvalidArgument error.
    Result<ResourceFilter> read(const QCommandLineParser &parser, const ResourceSnapshot &snapshot, const Store *store = nullptr) const;
};

using geo::FilteredResources;

// Reads the store, reads the filter from the options and applies it (geo::filterStore).
Result<FilteredResources> filterStore(Store &store, const FilterOptions &options, const QCommandLineParser &parser);

} // namespace careatlas::cli
