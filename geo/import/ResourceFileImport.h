#pragma once

#include "core/Result.h"
#include "core/import/ImportReport.h"
#include "core/import/ResourceImporter.h"
#include "geo/areas/JobControl.h"
#include "geo/areas/ResourceAssignment.h"

#include <QString>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

struct ResourceFileImport {
    ImportReport report;
    QList<LevelAssignment> assignments;   // resources re-assigned to areas (empty for a dry run)
};

// Imports a resource file into a store — a CSV file (any supported encoding) or a point layer
// OGR reads (GeoJSON, Shapefile, …, `layer` empty: the first) — and re-assigns every resource
// to its area at every level, all in one transaction: on any error or cancel the store is as
// it was. What the GUI's Import dialog and `careatlas-cli import` both run. `options.progress`
// is replaced by `job`.
Result<ResourceFileImport> importResourceFile(Store &store, const QString &path, ImportOptions options,
                                              const QString &layer = QString(), const JobControl &job = {});

} // namespace careatlas::geo
