#pragma once

#include "core/Result.h"

#include <QString>

namespace careatlas {

class PgConnection;
class Store;

// What `careatlas-cli publish` uploaded.
struct PublishReport {
    int schemaVersionBefore = 0;   // 0: the schema was created now
    qint64 areaLevels = 0;
    qint64 areas = 0;
    qint64 resources = 0;
    qint64 resourceAreas = 0;      // which area of each level a resource lies in
};

// Creates or migrates the server schema (migrateServerSchema), then uploads the GeoPackage
// store's catalogue, area levels, areas, resources (their GeoPackage ids kept) and resource
// area assignments in one transaction, as the schema's owner role: all or nothing. A database
// that already holds areas or resources is refused (ServerHasData) and left as it is, so a
// second run changes nothing. `admin`: a connection allowed to migrate (ServerSchema.h).
Result<PublishReport> publishStore(Store &store, PgConnection &admin);

} // namespace careatlas
