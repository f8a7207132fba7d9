#pragma once

#include "core/Result.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceSnapshot.h"

class QCommandLineParser;

namespace careatlas {
class Store;
}

namespace careatlas::cli {

// The filter options of `careatlas-cli export`: those of `query` (FilterOptions.h).
void addExportFilterOptions(QCommandLineParser &parser);

// The filter the parsed options describe, checked against the store. Errors: InvalidArgument
// (a bad option value, detail says which: a usage problem), the store's.
Result<ResourceFilter> readExportFilter(Store &store, const ResourceSnapshot &snapshot, const QCommandLineParser &parser);

} // namespace careatlas::cli
