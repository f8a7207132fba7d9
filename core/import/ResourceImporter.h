#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"
#include "core/import/ImportField.h"
#include "core/import/ImportReport.h"
#include "core/import/RecordTable.h"
#include "core/import/SourceFormat.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace careatlas {

class Store;

struct ImportOptions {
    SourceFormat format = SourceFormat::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    QHash<ImportField, QString> columnMapping;   // the user's mapping: field → header as written
    QString defaultCategory;                     // category for rows of unknown type; empty: reject them
    bool dryRun = false;                         // convert and count, write nothing
    // Called now and then with (steps done, steps in all); returning false cancels the import.
    std::function<bool(qint64, qint64)> progress;
};

// Imports resources into a store, all or nothing: every row is converted first, then all of
// them are written in one Store::Transaction. A failure (or a cancel) leaves the store as it
// was. Rows with the key of a stored resource update it: key = category + official number,
// or category + name + address where there is no official number; rows of one file with the
// same key are merged into the first one (DuplicateInFile). Rejected rows (no name,
// unknown type, ragged) are listed in the report and the rest is imported. Each import is
// recorded in the store's import history (ImportHistory.h) in the same transaction.
class ResourceImporter
{
public:
    ResourceImporter(Store &store, ImportOptions options);

    // Reads a CSV file (any supported encoding) and imports it.
    Result<ImportReport> importCsvFile(const QString &path);
    // Imports a table already read (e.g. a vector source read by geo/). `sourceName` is the
    // file it came from, shown in the report and stored as each resource's source.
    Result<ImportReport> importTable(const RecordTable &table, const QString &sourceName, const QDate &sourceDate = QDate());

private:
    Store &m_store;
    ImportOptions m_options;
};

} // namespace careatlas
