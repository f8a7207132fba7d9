#pragma once

#include "core/Resource.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace careatlas {
class Store;
}

namespace careatlas::cli {

// The resources an export writes and the filter in words.
struct ExportSelection {
    QList<Resource> resources;   // in the order of `query` (nearest first with --near, else by kana)
    QString description;         // e.g. 「訪問看護ステーション・認知症対応・泉野圏域」; empty: everything
    QString areaLevel;           // the filter's area, which a map layout shows; empty: none
    QString areaCode;
    QHash<qint64, double> distanceOf;   // metres from --near, by resource id; empty without it
    bool filtered = false;
};

// The filter options of `careatlas-cli export`: those of `query` (FilterOptions.h).
void addExportFilterOptions(QCommandLineParser &parser);

// Applies the parsed filter options to the store. Errors: InvalidArgument (a bad option value,
// detail says which: a usage problem), the store's.
Result<ExportSelection> selectExportResources(Store &store, const QCommandLineParser &parser, const QString &language);

} // namespace careatlas::cli
