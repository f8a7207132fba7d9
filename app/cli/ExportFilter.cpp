#include "app/cli/ExportFilter.h"

#include "app/cli/FilterOptions.h"
#include "core/store/Store.h"

#include <QCommandLineParser>

namespace careatlas::cli {

namespace {

const FilterOptions &filterOptions()
{
    static const FilterOptions options;   // made after the translator is installed
    return options;
}

} // namespace

void addExportFilterOptions(QCommandLineParser &parser)
{
    filterOptions().addTo(parser);
}

Result<ResourceFilter> readExportFilter(Store &store, const ResourceSnapshot &snapshot, const QCommandLineParser &parser)
{
    return filterOptions().read(parser, snapshot, &store);
}

} // namespace careatlas::cli
