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

Result<ExportSelection> selectExportResources(Store &store, const QCommandLineParser &parser, const QString &language)
{
    auto filtered = filterStore(store, filterOptions(), parser);
    if (!filtered)
        return filtered.error();
    const ResourceSnapshot &snapshot = *filtered->snapshot;
    ExportSelection selection;
    for (int row : filtered->result.rows) {
        selection.resources.push_back(snapshot.resources[row]);
        if (filtered->filter.near && row < int(filtered->result.distance.size()))
            selection.distanceOf.insert(snapshot.resources[row].id, filtered->result.distance[row]);
    }
    selection.filtered = !filtered->filter.isEmpty();
    selection.description = filtered->filter.describe(snapshot.categories, snapshot.flags, language);
    if (filtered->filter.area) {
        selection.areaLevel = filtered->filter.area->levelCode;
        selection.areaCode = filtered->filter.area->areaCode;
    }
    return selection;
}

} // namespace careatlas::cli
