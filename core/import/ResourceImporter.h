#pragma once

#include "core/Resource.h"
#include "core/Result.h"
#include "core/csv/TextDecoding.h"
#include "core/import/ImportField.h"
#include "core/import/ImportReport.h"
#include "core/import/RecordTable.h"
#include "core/import/SourceFormat.h"
#include "core/query/ResourceQuery.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

namespace careatlas {

class RowConverter;
class Store;

// The first rows of a source as they will be read, for an import dialog: which field each
// column was matched to, and each row converted (or the reasons it would be rejected).
struct ImportPreview {
    QString format;
    QString encoding;
    bool encodingDetected = false;
    QStringList headers;
    QList<std::optional<ImportField>> fieldOfColumn;   // one per header
    struct Row {
        qint64 line = 0;
        QStringList fields;
        std::optional<Resource> resource;               // nullopt: the row would be rejected
        QList<ImportIssue> issues;
    };
    QList<Row> rows;
    qint64 totalRows = 0;
    QList<ColumnProposal> proposals;                   // columns proposed for fields no header names (in use here)
};

struct ImportOptions {
    SourceFormat format = SourceFormat::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    QHash<ImportField, QString> columnMapping;   // the user's mapping: field → header as written
    QString defaultCategory;                     // category for rows of unknown type; empty: reject them
    bool dryRun = false;                         // convert and count, write nothing; a proposed name column is used
    QString sourceName;                          // the file previewed (an MHLW file name carries its service code)
    // The file is the whole list of its source: resources of the same source that it no longer
    // has are retired (kept, with the date they left; hidden from the map and lists).
    bool completeSource = false;
    QString sourceKey;                           // the source across releases; empty: format + file name
    QDate today;                                 // the import's date (tests); null: today
    DistanceFunction distance;                   // for "moved" (geo passes the geodesic one); empty: not measured
    // Called now and then with (steps done, steps in all); returning false cancels the import.
    std::function<bool(qint64, qint64)> progress;
};

// Imports resources into a store, all or nothing: the rows are read twice, a block at a time —
// once to convert and count them and learn every key of the file, once to write them — in one
// Store::Transaction, so memory stays bounded however long the file is (what is kept: the keys,
// line numbers, and the report's small records). A failure (or a cancel) leaves the store as it
// was. Rows with the key of a stored resource update it: key = category + official number,
// or category + name + address where there is no official number; rows of one file with the
// same key are merged into the first one (DuplicateInFile). Rejected rows (no name,
// unknown type, ragged) are listed in the report and the rest is imported. Each import is
// recorded in the store's import history (ImportHistory.h) in the same transaction.
class ResourceImporter
{
public:
    ResourceImporter(Store &store, ImportOptions options);

    // Reads a CSV file (any supported encoding) a piece at a time and imports it.
    Result<ImportReport> importCsvFile(const QString &path);
    // Imports the rows of a source (read twice: it is rewound once).
    Result<ImportReport> importSource(RecordSource &source, const QString &sourceName, const QDate &sourceDate = QDate());
    // Imports a table already read (e.g. a vector source read by geo/). `sourceName` is the
    // file it came from, shown in the report and stored as each resource's source.
    Result<ImportReport> importTable(const RecordTable &table, const QString &sourceName, const QDate &sourceDate = QDate());

    // The first `maxRows` rows as the import would read them; writes nothing. Errors: those
    // importTable refuses a source with (no name column, headers that do not fit the format…).
    Result<ImportPreview> preview(const RecordTable &table, int maxRows = 20) const;

private:
    void noteReleaseChanges(ImportReport &report, const Resource &before, const Resource &after, qint64 line) const;
    Status recordRelease(ImportReport &report, const RowConverter &converter, const QList<qint64> &confirmed,
                         const QDate &sourceDate) const;
    // The converter for a source with these headers. A column proposed for a field no header
    // names (from the values of `sample()`'s rows) is used when `useProposals` (and listed in
    // `proposals`); otherwise NameColumnUnconfirmed.
    Result<RowConverter> prepare(const QStringList &headers, const std::function<Result<QList<SourceRow>>()> &sample,
                                 const QString &sourceName, const QDate &sourceDate, bool useProposals,
                                 QList<ColumnProposal> *proposals) const;

    Store &m_store;
    ImportOptions m_options;
};

// An error of writing the store (its disk full, its lock held, its file damaged, read-only or
// failing) rather than of the input being read: `error` naming the store, at no line of the
// input. Other errors come back as they are.
Error asStoreError(Error error, const QString &storePath);

} // namespace careatlas
