#pragma once

#include "core/Resource.h"
#include "core/Result.h"

#include <QList>
#include <QString>

class QCommandLineParser;

namespace careatlas {
class Store;
}

namespace careatlas::cli {

// The resources an export writes and the filter in words.
struct ExportSelection {
    QList<Resource> resources;
    QString description;       // e.g. 「訪問看護ステーション・認知症対応・泉野圏域」; empty: everything
    QString areaCode;          // the filter's area, shown by a map layout; empty: none
    bool filtered = false;
};

// The filter options of `careatlas-cli export` (those of `query`, when the store has them).
void addExportFilterOptions(QCommandLineParser &parser);

// Applies the parsed filter options to the store. Errors: InvalidArgument (a bad option value,
// detail says which), the store's.
Result<ExportSelection> selectExportResources(const Store &store, const QCommandLineParser &parser, const QString &language);

} // namespace careatlas::cli
