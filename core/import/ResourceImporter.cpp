#include "core/import/ResourceImporter.h"

#include "core/Platform.h"
#include "core/import/ColumnMap.h"
#include "core/import/ColumnProposal.h"
#include "core/import/ImportHistory.h"
#include "core/import/ResourceRelease.h"
#include "core/import/RowConverter.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/text/TextFold.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

#include <cstring>
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

// A key as the import keeps it for every row of a file: 16 bytes of its BLAKE2s hash instead of
// the text (a file of 200,000 rows holds 200,000 keys; two keys that differ having the same
// hash is a chance of 2^-128).
struct KeyDigest {
    quint64 high = 0;
    quint64 low = 0;
    bool operator==(const KeyDigest &other) const { return high == other.high && low == other.low; }
};

size_t qHash(const KeyDigest &key, size_t seed = 0) { return qHashMulti(seed, key.high, key.low); }

KeyDigest digestOf(const Resource &resource)
{
    const QString key = keyOf(resource);
    const QByteArray hash = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(key.constData()), key.size() * 2),
                                                     QCryptographicHash::Blake2s_128);
    KeyDigest digest;
    std::memcpy(&digest.high, hash.constData(), 8);
    std::memcpy(&digest.low, hash.constData() + 8, 8);
    return digest;
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

// A resource placed farther than this from where the previous release had it has "moved".
constexpr double MovedMetres = 50.0;
// Rows are converted this many at a time (in parallel; progress and cancel between blocks):
// the rows held at any time.
constexpr qint64 ConvertBlock = 4096;
// New resources are written this many at a time (one savepoint and one FTS5 flush each).
constexpr qint64 WriteBatch = 4096;
// Address space left below which rows are converted without worker threads.
constexpr qint64 MinimumForThreads = qint64(24) << 20;

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
        // 128 MiB, or a quarter of what an address-space limit leaves (ulimit -v): the cache is
        // the import's largest use of memory, and a smaller one only costs time.
        qint64 cacheKiB = 131072;
        if (const qint64 left = platform::addressSpaceLeft(); left >= 0)
            cacheKiB = std::clamp<qint64>(left / 4 / 1024, 2000, cacheKiB);
        execSql(db, QByteArray("PRAGMA cache_size = -").append(QByteArray::number(cacheKiB)).constData());
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


// A source's rows converted a block at a time on every core (rows are independent; the
// converter is const), handed to `each` in file order with their index. `proceed` is asked
// between blocks (progress, cancel). Only one block of rows is held.
struct ConvertedRow {
    qint64 index = 0;
    SourceRow row;
    RowConverter::Converted result;
    KeyDigest key;
};

Status forEachConverted(RecordSource &source, const RowConverter &converter, const std::function<bool()> &proceed,
                        const std::function<Status(ConvertedRow &)> &each)
{
    QList<ConvertedRow> block;
    qint64 index = 0;
    bool more = true;
    while (more) {
        if (!proceed())
            return Error(ErrorCode::Cancelled);
        block.clear();
        block.reserve(ConvertBlock);
        while (block.size() < ConvertBlock) {
            ConvertedRow item;
            if (!source.next(item.row)) {
                more = false;
                break;
            }
            item.index = index++;
            block.append(std::move(item));
        }
        if (source.error())
            return *source.error();
        const auto convert = [&](ConvertedRow &item) {
            item.result = converter.convert(item.row);
            if (item.result.resource)
                item.key = digestOf(*item.result.resource);
        };
        // Near an address-space limit a worker thread (8 MB of stack) may not start, and
        // QtConcurrent would wait for it forever: convert on this thread then.
        const qint64 left = platform::addressSpaceLeft();
        if (left >= 0 && left < MinimumForThreads)
            std::for_each(block.begin(), block.end(), convert);
        else
            QtConcurrent::blockingMap(block, convert);
        for (ConvertedRow &item : block)
            if (Status status = each(item); !status)
                return status;
    }
    return {};
}

// What the import needs of the resources stored before it, read StoredBatch at a time: each
// one's key, and by official number those no row of the file matches. The resources
// themselves are read again one at a time when a row matches them.
constexpr qsizetype StoredBatch = 4096;

struct StoredResource {
    qint64 id = 0;
    QString source;
};

struct StoredIndex {
    QHash<KeyDigest, qint64> idByKey;
    QMultiHash<QString, StoredResource> unmatchedByNumber;
    QSet<QString> sources;   // sources (as rows name them) that had resources before this file
};

} // namespace

ResourceImporter::ResourceImporter(Store &store, ImportOptions options) : m_store(store), m_options(std::move(options)) {}

Result<ImportReport> ResourceImporter::importCsvFile(const QString &path)
{
    auto source = CsvRecordSource::openFile(path, m_options.encoding);
    if (!source)
        return source.error();
    auto report = importSource(**source, path, QFileInfo(path).lastModified().date());
    if (!report) {
        Error error = report.error();
        if (error.file.isEmpty())
            error.inFile(path);
        return asStoreError(error, m_store.path());   // a full disk is the store's, not the CSV's
    }
    return report;
}

Result<RowConverter> ResourceImporter::prepare(const QStringList &headers, const std::function<Result<QList<SourceRow>>()> &sample,
                                               const QString &sourceName, const QDate &sourceDate, bool useProposals,
                                               QList<ColumnProposal> *proposals) const
{
    auto columns = ColumnMap::fromHeaders(headers, m_options.columnMapping);
    if (!columns)
        return columns.error();
    const SourceFormat format = m_options.format == SourceFormat::Auto ? detectSourceFormat(*columns) : m_options.format;
    if (m_options.format != SourceFormat::Auto && !headersFit(*columns, format))
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("the headers are not those of format %1: %2")
                                                     .arg(sourceFormatName(format), headers.join(QLatin1Char(','))));
    applyFormatColumns(*columns, format);
    if (!columns->has(ImportField::Name)) {
        // No header names the name: propose a column from its values. A dry run and the preview
        // read the file with it (and say so); an import waits for the user to confirm it.
        auto rows = sample();
        if (!rows)
            return rows.error();
        const auto proposal = proposeNameColumn(*columns, *rows);
        if (!proposal)
            return Error(ErrorCode::NoUsableColumns, QStringLiteral("no name column among: %1").arg(headers.join(QLatin1Char(','))));
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
                                       const QDate &sourceDate) const
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
        // What is left was stored before this file (the file's new resources are not confirmed
        // yet) and untouched by it: read now, in id order.
        QList<qint64> ids(current->cbegin(), current->cend());
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            auto resource = m_store.resource(id);
            if (!resource) {
                if (resource.error().code == ErrorCode::NotFound)
                    continue;
                return resource.error();
            }
            gone.append(id);
            report.gone.append(ReleaseChange{id, 0, resource->name, resource->categoryCode, QString(), 0.0});
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
    auto prepared = prepare(table.headers, [&]() -> Result<QList<SourceRow>> { return table.rows; }, m_options.sourceName, QDate(),
                            true, &preview.proposals);
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
    TableRecordSource source(table);
    return importSource(source, sourceName, sourceDate);
}

Result<ImportReport> ResourceImporter::importSource(RecordSource &source, const QString &sourceName, const QDate &sourceDate)
{
    if (m_store.isReadOnly())
        return Error(ErrorCode::StoreReadOnly).inFile(m_store.path());
    ImportReport report;
    // A name column is proposed from the first ProposalRows rows (all of them in any list of a
    // town); the source is read from its start again afterwards.
    constexpr qsizetype ProposalRows = 10000;
    const auto sample = [&]() -> Result<QList<SourceRow>> {
        QList<SourceRow> rows;
        SourceRow row;
        while (rows.size() < ProposalRows && source.next(row))
            rows.append(row);
        if (source.error())
            return *source.error();
        if (Status rewound = source.rewind(); !rewound)
            return rewound.error();
        return rows;
    };
    auto prepared = prepare(source.headers, sample, sourceName, sourceDate, m_options.dryRun, &report.proposals);
    if (!prepared)
        return prepared.error();
    const RowConverter &converter = *prepared;
    report.proposalsUsed = !report.proposals.isEmpty();
    report.file = sourceName;
    report.format = sourceFormatName(converter.format());
    report.encoding = source.encoding;
    report.encodingDetected = source.encodingDetected;
    report.dryRun = m_options.dryRun;
    report.unusedColumns = converter.columns().unusedHeaders();

    // Progress: the first reading is the first half, the second the other.
    const qint64 units = std::max<qint64>(1, source.total());
    const auto proceed = [&](qint64 pass) {
        return [&, pass]() { return !m_options.progress || m_options.progress(pass * units + std::min(source.done(), units), 2 * units); };
    };

    // Pass 1: convert every row, count and check it, and learn the file's keys. A row with the
    // key of an earlier row of this file completes it (the first row's values win), so a file
    // imports the same way every time; what the later rows add is kept per first row.
    struct FirstOfKey {
        qint64 index;
        qint64 line;
    };
    QHash<KeyDigest, FirstOfKey> firstOfKey;
    QHash<qint64, Resource> addedByLater;   // index of a first row → what its duplicates complete it with
    Status read = forEachConverted(source, converter, proceed(0), [&](ConvertedRow &item) -> Status {
        ++report.rowsRead;
        report.issues.append(item.result.issues);
        if (!item.result.resource) {
            ++report.rejected;
            return {};
        }
        report.countCategory(item.result.resource->categoryCode, item.result.evidenceColumn, item.result.evidenceValue);
        const auto earlier = firstOfKey.constFind(item.key);
        if (earlier == firstOfKey.constEnd()) {
            firstOfKey.insert(item.key, FirstOfKey{item.index, item.row.line});
            return {};
        }
        // The key of a resource with an official number is its service and that number.
        const bool byNumber = !item.result.resource->officialNumber.isEmpty();
        report.issues.append(ImportIssue{item.row.line, byNumber ? converter.columns().header(ImportField::OfficialNumber) : QString(),
                                         byNumber ? ImportIssueKind::DuplicateOfficeNumber : ImportIssueKind::DuplicateInFile,
                                         QString::number(earlier->line)});
        // completed() is associative: completing with the later rows' union in file order is
        // completing with each of them in turn.
        const auto added = addedByLater.find(earlier->index);
        if (added == addedByLater.end())
            addedByLater.insert(earlier->index, std::move(*item.result.resource));
        else
            *added = RowConverter::completed(std::move(*added), *item.result.resource);
        ++report.duplicates;
        return {};
    });
    if (!read)
        return read.error();
    report.metadataLines = source.metadataLines;

    // What the store had: keys, and by official number the resources no row of the file matches
    // by key — a row whose own key matches nothing takes the one of these with its number (its
    // service changed: a new categorisation, a corrected type), when there is exactly one.
    StoredIndex stored;
    for (qint64 after = 0;;) {
        auto batch = m_store.resourcesWhere(QByteArray("fid IN (SELECT fid FROM resources WHERE fid > CAST(? AS INTEGER) ORDER BY fid LIMIT ")
                                                + QByteArray::number(StoredBatch) + ')',
                                            {QString::number(after)}, StoredBatch);
        if (!batch)
            return batch.error();
        for (const Resource &resource : std::as_const(*batch)) {
            const KeyDigest key = digestOf(resource);
            stored.idByKey.insert(key, resource.id);
            if (!resource.officialNumber.isEmpty() && !firstOfKey.contains(key))
                stored.unmatchedByNumber.insert(resource.officialNumber, StoredResource{resource.id, resource.source});
            stored.sources.insert(resource.source);
            after = resource.id;
        }
        if (batch->size() < StoredBatch)
            break;
    }
    QSet<qint64> recategorisedIds;
    const auto recategorisedFrom = [&](const Resource &incoming) -> std::optional<qint64> {
        if (incoming.officialNumber.isEmpty())
            return std::nullopt;
        std::optional<qint64> found;
        for (auto it = stored.unmatchedByNumber.constFind(incoming.officialNumber);
             it != stored.unmatchedByNumber.constEnd() && it.key() == incoming.officialNumber; ++it) {
            if (it->source != incoming.source || recategorisedIds.contains(it->id))
                continue;
            if (found)
                return std::nullopt;   // two candidates: no guess
            found = it->id;
        }
        return found;
    };

    // Pass 2: read the file again and write, in one transaction. Stored resources with the same
    // key are updated.
    if (Status rewound = source.rewind(); !rewound)
        return rewound.error();
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
    // savepoint per step, not per row); updates as they come. Ids are given in file order.
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
            if (stored.sources.contains(batch.at(i).source))
                report.arrived.append(ReleaseChange{ids->at(i), batchLines.value(i), batch.at(i).name, batch.at(i).categoryCode, QString(), 0.0, {}, {}});
        batch.clear();
        batchLines.clear();
        return {};
    };
    const auto update = [&](const Resource &result, qint64 line) -> Status {
        if (m_options.dryRun)
            return {};
        const Status updated = m_store.updateResource(result);
        if (!updated)
            return Error(updated.error()).atLine(line);
        return {};
    };
    const auto storedResource = [&](qint64 id, qint64 line) -> Result<Resource> {
        auto resource = m_store.resource(id);
        if (!resource)
            return Error(resource.error()).atLine(line);
        return resource;
    };
    const Status written = forEachConverted(source, converter, proceed(1), [&](ConvertedRow &item) -> Status {
        if (!item.result.resource || firstOfKey.value(item.key).index != item.index)
            return {};   // rejected, or merged into the first row of its key (pass 1)
        if (batch.size() >= WriteBatch)
            if (Status flushed = flush(); !flushed)
                return flushed;
        Resource incoming = std::move(*item.result.resource);
        if (const auto added = addedByLater.constFind(item.index); added != addedByLater.constEnd())
            incoming = RowConverter::completed(std::move(incoming), *added);
        const qint64 line = item.row.line;
        const auto existingId = stored.idByKey.constFind(item.key);
        const std::optional<qint64> previousId = existingId == stored.idByKey.constEnd() ? recategorisedFrom(incoming) : std::nullopt;
        bool located = false;
        if (previousId) {
            const auto previous = storedResource(*previousId, line);
            if (!previous)
                return previous.error();
            const Resource result = converter.merged(*previous, incoming);
            located = result.hasLocation();
            recategorisedIds.insert(previous->id);
            confirmed.append(previous->id);
            report.recategorised.append(ReleaseChange{previous->id, line, result.name, result.categoryCode, previous->categoryCode, 0.0});
            noteReleaseChanges(report, *previous, result, line);
            if (Status updated = update(result, line); !updated)
                return updated;
            ++report.updated;
        } else if (existingId == stored.idByKey.constEnd()) {
            located = incoming.hasLocation();
            if (!m_options.dryRun) {
                batch.append(std::move(incoming));
                batchLines.append(line);
            }
            ++report.added;
        } else {
            const auto existing = storedResource(*existingId, line);
            if (!existing)
                return existing.error();
            const Resource result = converter.merged(*existing, incoming);
            located = result.hasLocation();
            confirmed.append(existing->id);
            noteReleaseChanges(report, *existing, result, line);
            if (sameContent(result, *existing)) {
                ++report.unchanged;
            } else {
                if (Status updated = update(result, line); !updated)
                    return updated;
                ++report.updated;
            }
        }
        if (!located)
            report.unplacedLines.append(line);
        return {};
    });
    if (!written)
        return written.error();
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    if (Status released = recordRelease(report, converter, confirmed, sourceDate); !released)
        return released.error();
    if (m_options.progress && !m_options.progress(2 * units, 2 * units))
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

Error asStoreError(Error error, const QString &storePath)
{
    switch (error.code) {
    case ErrorCode::DiskFull:
    case ErrorCode::StoreCorrupt:
    case ErrorCode::StoreReadOnly:
    case ErrorCode::StoreIo:
    case ErrorCode::StoreBusy:
        error.file = storePath;
        error.line = -1;
        break;
    default:
        break;
    }
    return error;
}

} // namespace careatlas
