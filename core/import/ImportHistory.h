#pragma once

#include "core/Result.h"
#include "core/import/ImportReport.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace careatlas {

class Store;

// One import as the store remembers it (table ca_import_history).
struct ImportHistoryEntry {
    qint64 id = 0;
    QDateTime importedAt;   // UTC
    QString kind;           // "resources"
    QString source;         // the file imported
    QString format;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QString reportJson;     // the report as JSON (rejections and warnings, at most maxStoredIssues)
};

// Records an import; called inside the import's transaction, so it is kept only with the import.
Status recordImport(Store &store, const ImportReport &report);
// The imports recorded in a store, oldest first.
Result<QList<ImportHistoryEntry>> importHistory(const Store &store);

inline constexpr int maxStoredIssues = 1000;

} // namespace careatlas
