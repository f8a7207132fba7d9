#include "core/import/ResourceImporter.h"

#include "core/import/ColumnMap.h"
#include "core/import/ColumnProposal.h"
#include "core/import/ImportHistory.h"
#include "core/import/ResourceRelease.h"
#include "core/import/RowConverter.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/text/TextFold.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

#include <optional>

namespace careatlas {

namespace {

QString keyOf(const Resource &resource)
{
    if (!resource.officialNumber.isEmpty())
        return resource.categoryCode + QStringLiteral("|n|") + resource.officialNumber;
    QString address = foldForSearch(resource.address);
    address.remove(QLatin1Char(' '));
    return resource.categoryCode + QStringLiteral("|a|") + foldForSearch(resource.name).remove(QLatin1Char(' ')) + QLatin1Char('|') + address;
}

// Equal but for bookkeeping: a file downloaded again (a newer date, the same data) leaves
// its resources unchanged.
bool sameContent(Resource a, const Resource &b)
{
    a.updatedAt = b.updatedAt;
    a.id = b.id;
    a.source = b.source;
    a.sourceDate = b.sourceDate;
    return a == b;
}

constexpr qint64 ProgressStep = 1000;
// A resource placed farther than this from where the previous release had it has "moved".
constexpr double MovedMetres = 50.0;
// Rows are converted this many at a time (in parallel; progress and cancel between blocks).
constexpr qint64 ConvertBlock = 16 * ProgressStep;
// New resources are written this many at a time (one savepoint and one FTS5 flush each).
constexpr qint64 WriteBatch = 10 * ProgressStep;

// Connection settings for a large import, restored afterwards: a larger page cache so the
// transaction spills to the WAL less often, and statement journals in a temporary file. (In
// memory — temp_store = MEMORY — SQLite truncates a statement journal by walking its chunk list
// from the start after every statement; with the import's savepoints open that list grows with
// every page written, and the import became quadratic: 200,000 rows took minutes.)
class ImportPragmas
{
public:
    explicit ImportPragmas(sqlite3 *db) : m_db(db)
    {
        m_cacheSize = pragmaValue("PRAGMA cache_size", -2000);
        m_tempStore = pragmaValue("PRAGMA temp_store", 0);
        execSql(db, "PRAGMA cache_size = -131072");   // 128 MiB
        execSql(db, "PRAGMA temp_store = FILE");
    }
    ~ImportPragmas()
    {
        execSql(m_db, QByteArray("PRAGMA cache_size = ").append(QByteArray::number(m_cacheSize)).constData());
        execSql(m_db, QByteArray("PRAGMA temp_store = ").append(QByteArray::number(m_tempStore)).constData());
    }
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    qint64 pragmaValue(const char *sql, qint64 fallback) const
    {
        SqliteStatement statement(m_db, sql);
        return statement.next() ? statement.int64(0) : fallback;
    }

    sqlite3 *m_db;
    qint64 m_cacheSize = -2000;
    qint64 m_tempStore = 0;
};

} // namespace

ResourceImporter::ResourceImporter(Store &store, ImportOptions options) : m_store(store), m_options(std::move(options)) {}

Result<ImportReport> ResourceImporter::importCsvFile(const QString &path)
{
    auto table = readCsvFile(path, m_options.encoding);
    if (!table)
        return table.error();
    auto report = importTable(*table, path, QFileInfo(path).lastModified().date());
    if (!report) {
        Error error = report.error();
        if (error.file.isEmpty())
            error.inFile(path);
        return error;
    }
    return report;
}

Result<RowConverter> ResourceImporter::prepare(const RecordTable &table, const QString &sourceName, const QDate &sourceDate,
                                               bool useProposals, QList<ColumnProposal> *proposals) const
{
    auto columns = ColumnMap::fromHeaders(table.headers, m_options.columnMapping);
    if (!columns)
        return columns.error();
    const SourceFormat format = m_options.format == SourceFormat::Auto ? detectSourceFormat(*columns) : m_options.format;
    if (m_options.format != SourceFormat::Auto && !headersFit(*columns, format))
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("the headers are not those of format %1: %2")
                                                     .arg(sourceFormatName(format), table.headers.join(QLatin1Char(','))));
    applyFormatColumns(*columns, format);
    if (!columns->has(ImportField::Name)) {
        // No header names the name: propose a column from its values. A dry run and the preview
        // read the file with it (and say so); an import waits for the user to confirm it.
        const auto proposal = proposeNameColumn(*columns, table.rows);
        if (!proposal)
            return Error(ErrorCode::NoUsableColumns, QStringLiteral("no name column among: %1").arg(table.headers.join(QLatin1Char(','))));
        if (!useProposals)
            return Error(ErrorCode::NameColumnUnconfirmed, QStringLiteral("column %1 \"%2\": %3")
                                                               .arg(proposal->column + 1).arg(proposal->header, proposal->evidence()));
        columns->assign(ImportField::Name, proposal->column);
        if (proposals)
            proposals->append(*proposal);
    }

    auto categories = m_store.categories();
    if (!categories)
        return categories.error();
    if (!m_options.defaultCategory.isEmpty()
        && std::none_of(categories->cbegin(), categories->cend(), [&](const Category &c) { return c.code == m_options.defaultCategory; }))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown category %1").arg(m_options.defaultCategory));

    RowConverter::Settings settings;
    settings.format = format;
    settings.categories = *categories;
    settings.defaultCategory = m_options.defaultCategory;
    settings.source = sourceFormatName(format) + QStringLiteral(": ") + QFileInfo(sourceName).fileName();
    settings.sourceFile = QFileInfo(sourceName).fileName();
    settings.sourceDate = sourceDate;
    RowConverter converter(*columns, settings);
    if (!converter.hasCategorySource() && m_options.defaultCategory.isEmpty())
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("no category column (type, service or medical kind) and no default category"));
    return converter;
}

void ResourceImporter::noteReleaseChanges(ImportReport &report, const Resource &before, const Resource &after, qint64 line) const
{
    if (before.name.trimmed() != after.name.trimmed())
        report.renamed.append(ReleaseChange{before.id, line, after.name, after.categoryCode, before.name, 0.0});
    if (m_options.distance && before.hasLocation() && after.hasLocation()) {
        const double metres = m_options.distance(*before.latitude, *before.longitude, *after.latitude, *after.longitude);
        if (metres > MovedMetres)
            report.moved.append(ReleaseChange{before.id, line, after.name, after.categoryCode, QString(), metres});
    }
}

Status ResourceImporter::recordRelease(ImportReport &report, const RowConverter &converter, const QList<qint64> &confirmed,
                                       const QList<Resource> &stored, const QDate &sourceDate) const
{
    // A source keeps its key from release to release: the format and the file's name
    // (jigyosho_550.csv of each MHLW release), unless the user names it.
    report.sourceKey = m_options.sourceKey.isEmpty() ? converter.source() : m_options.sourceKey;
    report.completeSource = m_options.completeSource;
    sqlite3 *db = m_store.handle();
    const QDate today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    QList<qint64> gone;
    if (m_options.completeSource) {
        auto current = currentResourcesOf(db, report.sourceKey);
        if (!current)
            return current.error();
        for (qint64 id : confirmed)
            current->remove(id);
        for (const Resource &resource : stored) {
            if (current->contains(resource.id)) {
                gone.append(resource.id);
                report.gone.append(ReleaseChange{resource.id, 0, resource.name, resource.categoryCode, QString(), 0.0});
            }
        }
    }
    if (m_options.dryRun)
        return {};
    if (Error error = ensureReleaseTable(db); error.code != ErrorCode::None)
        return error;
    if (Error error = confirmResources(db, confirmed, report.sourceKey, sourceDate, today); error.code != ErrorCode::None)
        return error;
    if (Error error = retireResources(db, gone, today); error.code != ErrorCode::None)
        return error;
    return {};
}

Result<ImportPreview> ResourceImporter::preview(const RecordTable &table, int maxRows) const
{
    ImportPreview preview;
    auto prepared = prepare(table, m_options.sourceName, QDate(), true, &preview.proposals);
    if (!prepared)
        return prepared.error();
    const RowConverter &converter = *prepared;
    preview.format = sourceFormatName(converter.format());
    preview.encoding = table.encoding;
    preview.encodingDetected = table.encodingDetected;
    preview.headers = table.headers;
    for (int i = 0; i < table.headers.size(); ++i) {
        std::optional<ImportField> field;
        for (ImportField candidate : allImportFields()) {
            if (converter.columns().column(candidate) == i)
                field = candidate;
        }
        preview.fieldOfColumn.append(field);
    }
    preview.totalRows = table.rows.size();
    for (int i = 0; i < std::min<qsizetype>(maxRows, table.rows.size()); ++i) {
        const SourceRow &row = table.rows.at(i);
        auto converted = converter.convert(row);
        preview.rows.append(ImportPreview::Row{row.line, row.fields, std::move(converted.resource), std::move(converted.issues)});
    }
    return preview;
}

Result<ImportReport> ResourceImporter::importTable(const RecordTable &table, const QString &sourceName, const QDate &sourceDate)
{
    if (m_store.isReadOnly())
        return Error(ErrorCode::StoreReadOnly).inFile(m_store.path());
    ImportReport report;
    auto prepared = prepare(table, sourceName, sourceDate, m_options.dryRun, &report.proposals);
    if (!prepared)
        return prepared.error();
    const RowConverter &converter = *prepared;
    report.proposalsUsed = !report.proposals.isEmpty();
    report.metadataLines = table.metadataLines;
    report.file = sourceName;
    report.format = sourceFormatName(converter.format());
    report.encoding = table.encoding;
    report.encodingDetected = table.encodingDetected;
    report.dryRun = m_options.dryRun;
    report.unusedColumns = converter.columns().unusedHeaders();
    report.rowsRead = table.rows.size();

    // Pass 1: convert every row, a block at a time on every core (rows are independent; the
    // converter is const), then, in file order, a row with the key of an earlier row of this
    // file completes it (the first row's values win), so a file imports the same way every time.
    struct Pending {
        qint64 line;
        QString key;
        Resource resource;
    };
    struct Converted {
        qint64 index;
        RowConverter::Converted result;
        QString key;
    };
    QList<Pending> pending;
    QHash<QString, qsizetype> pendingByKey;
    const qint64 total = table.rows.size();
    QList<Converted> block;
    pending.reserve(total);
    for (qint64 start = 0; start < total; start += ConvertBlock) {
        if (m_options.progress && !m_options.progress(start, 2 * total))
            return Error(ErrorCode::Cancelled);
        const qint64 count = std::min(ConvertBlock, total - start);
        block.clear();
        block.reserve(count);
        for (qint64 index = start; index < start + count; ++index)
            block.append(Converted{index, {}, {}});
        QtConcurrent::blockingMap(block, [&](Converted &item) {
            item.result = converter.convert(table.rows.at(item.index));
            if (item.result.resource)
                item.key = keyOf(*item.result.resource);
        });
        for (Converted &item : block) {
            const SourceRow &row = table.rows.at(item.index);
            report.issues.append(item.result.issues);
            if (!item.result.resource) {
                ++report.rejected;
                continue;
            }
            report.countCategory(item.result.resource->categoryCode, item.result.evidenceColumn, item.result.evidenceValue);
            const auto earlier = pendingByKey.constFind(item.key);
            if (earlier != pendingByKey.constEnd()) {
                Pending &first = pending[*earlier];
                // The key of a resource with an official number is its service and that number.
                const bool byNumber = !item.result.resource->officialNumber.isEmpty();
                report.issues.append(ImportIssue{row.line, byNumber ? converter.columns().header(ImportField::OfficialNumber) : QString(),
                                                 byNumber ? ImportIssueKind::DuplicateOfficeNumber : ImportIssueKind::DuplicateInFile,
                                                 QString::number(first.line)});
                first.resource = RowConverter::completed(std::move(first.resource), *item.result.resource);
                ++report.duplicates;
                continue;
            }
            pendingByKey.insert(item.key, pending.size());
            pending.append(Pending{row.line, std::move(item.key), std::move(*item.result.resource)});
        }
    }
    block = {};

    // Pass 2: write, in one transaction. Stored resources with the same key are updated.
    auto stored = m_store.resources();
    if (!stored)
        return stored.error();
    QHash<QString, Resource> byKey;
    byKey.reserve(stored->size());
    // Stored resources of this file's source that no row of the file matches by key, by official
    // number: a row whose own key matches nothing takes the one of these with its number (its
    // service changed: a new categorisation, a corrected type), when there is exactly one.
    QMultiHash<QString, qsizetype> unmatchedByNumber;
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const Resource &resource = stored->at(i);
        const QString key = keyOf(resource);
        byKey.insert(key, resource);
        if (!resource.officialNumber.isEmpty() && !pendingByKey.contains(key))
            unmatchedByNumber.insert(resource.officialNumber, i);
    }
    QSet<qint64> recategorisedIds;
    // Sources (as rows name them) that had resources before this file: their new rows are listed.
    QSet<QString> knownSources;
    for (const Resource &resource : std::as_const(*stored))
        knownSources.insert(resource.source);
    const auto recategorisedFrom = [&](const Resource &incoming) -> const Resource * {
        if (incoming.officialNumber.isEmpty())
            return nullptr;
        const Resource *found = nullptr;
        for (auto it = unmatchedByNumber.constFind(incoming.officialNumber); it != unmatchedByNumber.constEnd() && it.key() == incoming.officialNumber; ++it) {
            const Resource &candidate = stored->at(*it);
            if (candidate.source != incoming.source || recategorisedIds.contains(candidate.id))
                continue;
            if (found)
                return nullptr;   // two candidates: no guess
            found = &candidate;
        }
        return found;
    };

    const ImportPragmas pragmas(m_store.handle());
    std::optional<Store::Transaction> transaction;
    std::optional<Store::BulkInsert> bulk;
    if (!m_options.dryRun) {
        transaction.emplace(m_store);
        // Without the transaction every write would commit on its own: never import like that.
        if (sqlite3_get_autocommit(m_store.handle()) != 0)
            return Error(ErrorCode::StoreBusy, QStringLiteral("could not begin a transaction (is the store busy?)")).inFile(m_store.path());
        bulk.emplace(m_store);
        if (bulk->startError().code != ErrorCode::None)
            return bulk->startError();
    }
    // New resources are written WriteBatch at a time in one Store::insertResources each (one
    // savepoint per step, not per row); updates as they come. Ids are given in file order as before.
    QList<Resource> batch;
    QList<qint64> batchLines;
    QList<qint64> confirmed;   // stored resources this file has (matched or added)
    auto flush = [&]() -> Status {
        if (batch.isEmpty() || m_options.dryRun)
            return {};
        qsizetype failed = -1;
        const auto ids = m_store.insertResources(batch, &failed);
        if (!ids)
            return Error(ids.error()).atLine(failed >= 0 ? batchLines.value(failed, -1) : -1);
        confirmed.append(*ids);
        for (qsizetype i = 0; i < batch.size(); ++i)
            if (knownSources.contains(batch.at(i).source))
                report.arrived.append(ReleaseChange{ids->at(i), batchLines.value(i), batch.at(i).name, batch.at(i).categoryCode, QString(), 0.0, {}, {}});
        batch.clear();
        batchLines.clear();
        return {};
    };
    for (qsizetype index = 0; index < pending.size(); ++index) {
        if (index % ProgressStep == 0) {
            if (index % WriteBatch == 0)
                if (Status flushed = flush(); !flushed)
                    return flushed.error();
            if (m_options.progress && !m_options.progress(total + index * total / pending.size(), 2 * total))
                return Error(ErrorCode::Cancelled);
        }
        Pending &item = pending[index];
        const auto existing = byKey.constFind(item.key);
        bool located = false;
        const Resource *previous = existing == byKey.constEnd() ? recategorisedFrom(item.resource) : nullptr;
        if (previous) {
            const Resource result = converter.merged(*previous, item.resource);
            located = result.hasLocation();
            recategorisedIds.insert(previous->id);
            confirmed.append(previous->id);
            report.recategorised.append(ReleaseChange{previous->id, item.line, result.name, result.categoryCode, previous->categoryCode, 0.0});
            noteReleaseChanges(report, *previous, result, item.line);
            if (!m_options.dryRun) {
                const Status updated = m_store.updateResource(result);
                if (!updated)
                    return Error(updated.error()).atLine(item.line);
            }
            ++report.updated;
        } else if (existing == byKey.constEnd()) {
            located = item.resource.hasLocation();
            if (!m_options.dryRun) {
                batch.append(std::move(item.resource));   // pending's copy is not read again
                batchLines.append(item.line);
            }
            ++report.added;
        } else {
            const Resource result = converter.merged(*existing, item.resource);
            located = result.hasLocation();
            confirmed.append(existing->id);
            noteReleaseChanges(report, *existing, result, item.line);
            if (sameContent(result, *existing)) {
                ++report.unchanged;
            } else {
                if (!m_options.dryRun) {
                    const Status updated = m_store.updateResource(result);
                    if (!updated)
                        return Error(updated.error()).atLine(item.line);
                }
                ++report.updated;
            }
        }
        if (!located)
            report.unplacedLines.append(item.line);
    }
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    if (Status released = recordRelease(report, converter, confirmed, *stored, sourceDate); !released)
        return released.error();
    if (m_options.progress && !m_options.progress(2 * total, 2 * total))
        return Error(ErrorCode::Cancelled);
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    if (!m_options.dryRun) {
        if (const Status indexed = bulk->finish(); !indexed)
            return indexed.error();
        const Status recorded = recordImport(m_store, report);
        if (!recorded)
            return recorded.error();
        const Status committed = transaction->commit();
        if (!committed)
            return committed.error();
    }
    return report;
}

} // namespace careatlas
