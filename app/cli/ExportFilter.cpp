#include "app/cli/ExportFilter.h"

#include "core/store/Store.h"

#include <QCommandLineParser>

namespace careatlas::cli {

// The shared filter (core/query, issue 6) is not on this branch yet: every resource is exported.
void addExportFilterOptions(QCommandLineParser &)
{
}

Result<ExportSelection> selectExportResources(const Store &store, const QCommandLineParser &, const QString &)
{
    auto resources = store.resources();
    if (!resources)
        return resources.error();
    ExportSelection selection;
    selection.resources = *resources;
    return selection;
}

} // namespace careatlas::cli
