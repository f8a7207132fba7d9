#pragma once

#include "core/Area.h"
#include "core/Catalogue.h"
#include "core/Resource.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace careatlas {

class WriteScope;
class RtreeBuilder;

// A CareAtlas project file: a GeoPackage (SQLite) that QGIS and ogrinfo open as it is.
//   resources            point layer (EPSG:6668) with every attribute of a Resource
//   areas_<level>        one polygon layer per area level (code, name, parent_code)
//   ca_categories, ca_category_groups, ca_flags, ca_resource_flags, ca_area_levels,
//   ca_resource_areas (which area of each level a resource lies in), ca_meta
// One Store object is one connection, used from one thread at a time; a worker thread
// opens its own Store on the same file (WAL, busy timeout: writers wait, never fail at once).
class Store
{
public:
    // Salvage: read-only and unchecked, for copying out what a damaged store still holds.
    enum class OpenMode { ReadWrite, ReadOnly, Salvage };

    // How long a write waits for another connection's write to end before it fails with
    // ErrorCode::StoreBusy (docs/reliability.md). The one busy timeout of every connection.
    static constexpr int BusyTimeoutMs = 5000;

    // Creates a new, empty store with the default catalogue and the standard area levels.
    // Refuses to overwrite an existing file.
    static Result<std::unique_ptr<Store>> create(const QString &path);
    // Opens an existing store, migrating an older schema forward. Refuses a file that is not
    // a CareAtlas GeoPackage, is damaged, or is newer than this program; never overwrites it.
    static Result<std::unique_ptr<Store>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Whether the store at `path` can be written: its file and its folder (where SQLite keeps
    // its log). A store that cannot opens read-only; the window shows it read-only.
    static bool canWrite(const QString &path);

    QString path() const;
    bool isReadOnly() const;
    // Writes a consistent copy of the whole store to `target` (SQLite's VACUUM INTO into a
    // temporary file beside it, then renamed; an existing target is replaced), for example to
    // edit a store that is read-only here. Works on a read-only store.
    Status saveCopy(const QString &target) const;
    // Whether opening ran the full damage check (the file changed since it was last found
    // sound), rather than remembering it.
    bool wasCheckedAtOpen() const;
    static int currentSchemaVersion();

    // Process-wide SQLite settings, for main() to call before any connection opens (GDAL's
    // included; later it changes nothing): SQLite's memory statistics are turned off, which
    // otherwise take one global mutex on every allocation of every connection, so that a
    // bulk load's R*Tree worker and the writing thread waited on each other.
    static void configureSqlite();

    // The catalogue as this store holds it.
    Result<QList<CategoryGroup>> categoryGroups() const;
    Result<QList<Category>> categories() const;
    Result<QList<Flag>> flags() const;

    // Resources. insert/update stamp updatedAt; each call is its own transaction unless a
    // Transaction is open.
    Result<qint64> insertResource(const Resource &resource);
    // Inserts several in one write, all or none (one savepoint inside an open Transaction
    // instead of one per resource: FTS5 flushes its index at every savepoint, which made a
    // row-by-row import of 200,000 resources take minutes). Ids in the order given. On an
    // error, *failedIndex (when given) is the index of the resource that failed.
    Result<QList<qint64>> insertResources(const QList<Resource> &resources, qsizetype *failedIndex = nullptr);
    // Writes every field of the resource, whatever its version (an importer that read the row in
    // the same transaction). Edits by people go through saveResourceChanges.
    Status updateResource(const Resource &resource);

    // Saves an edit: `base` is the row as the editor read it (with its version), `edited` what
    // the user made of it. Only the fields that differ between the two are written, and only
    // while the row is still at base.version. If another change came first, the fields it did
    // not touch merge (merged = true); a field both changed to different values refuses the
    // save with ErrorCode::EditConflict and Error::conflict (mine, theirs, the fields); a
    // resource deleted meanwhile too (conflict->deleted). The result is the row as now stored.
    struct Saved {
        Resource resource;
        bool merged = false;
    };
    Result<Saved> saveResourceChanges(const Resource &base, const Resource &edited);
    // Deletes a resource; with `expectedVersion`, only if it is still at that version
    // (otherwise EditConflict carrying the current row).
    Status deleteResource(qint64 id, std::optional<qint64> expectedVersion = std::nullopt);
    Result<Resource> resource(qint64 id) const;
    Result<QList<Resource>> resources() const;
    // The resources whose row meets `condition` (SQL over the `resources` table's columns, with
    // `?` placeholders bound in order to `texts`), by id: what a query that the store's indexes
    // answer reads instead of every row (core/query/SqlFilter.h). `expectedRows`: room made
    // beforehand, when the caller knows about how many rows come.
    Result<QList<Resource>> resourcesWhere(const QByteArray &condition, const QStringList &texts = {}, qsizetype expectedRows = 0) const;
    // Every resource that can still be read from a damaged store (OpenMode::Salvage): rows in
    // a broken part of the file are skipped and counted in *unreadable.
    QList<Resource> readableResources(qint64 *unreadable) const;
    Result<qint64> resourceCount() const;
    // Id and coordinates of every resource, by id: what assigning resources to areas needs,
    // without reading every text column (resources() of 200,000 took most of a re-assignment).
    struct Location {
        qint64 id = 0;
        std::optional<double> longitude;
        std::optional<double> latitude;
    };
    Result<QList<Location>> resourceLocations() const;

    // Ids of the resources whose name, kana, address, operator or notes contain every
    // whitespace-separated term of `text`, folded (core/text/TextFold.h): FTS5 trigram for
    // terms of three characters or more, a scan of the folded text for shorter ones.
    // Work is bounded (docs/reliability.md): more than MaxSearchTerms distinct terms is
    // refused (SearchTooLong); a term longer than IndexedTermLength is found through the index
    // by its ends and checked whole on those rows.
    Result<QList<qint64>> searchResources(const QString &text) const;
    static constexpr int MaxSearchTerms = 16;
    static constexpr int IndexedTermLength = 24;

    // Area levels and areas.
    Result<QList<AreaLevel>> areaLevels() const;          // ordered by rank
    Status ensureAreaLevel(const AreaLevel &level);       // adds the level and its layer if new
    // Replaces every area of a level in one transaction.
    Status replaceAreas(const QString &levelCode, const QList<AreaRecord> &areas);
    Result<QList<AreaRecord>> areas(const QString &levelCode) const;
    // The same without outlines (wkb empty): codes, names and parents only.
    Result<QList<AreaRecord>> areaNames(const QString &levelCode) const;
    // The areas of a level whose envelope holds the point (the layer's R*Tree): the candidates
    // for one resource's area, without reading the whole level.
    Result<QList<AreaRecord>> areasAround(const QString &levelCode, double longitude, double latitude) const;
    // Naming areas, each call one transaction. renameArea: NotFound for an unknown code,
    // InvalidArgument for an empty name. renameAreas: many at once (code → name); returns the
    // codes the level does not have (nothing is renamed for them). changeAreaCode: also in the
    // resource assignments and the parent codes of the other levels; InvalidArgument when the
    // new code is empty or another area of the level has it.
    Status renameArea(const QString &levelCode, const QString &code, const QString &name);
    Result<QStringList> renameAreas(const QString &levelCode, const QList<QPair<QString, QString>> &codeToName);
    Status changeAreaCode(const QString &levelCode, const QString &code, const QString &newCode);

    // Which area of each level a resource lies in (computed by geo/, stored here so that
    // filters by area are joins). Replaces the assignments of one level (writing only the rows
    // that differ from what is stored).
    Status replaceResourceAreas(const QString &levelCode, const QList<QPair<qint64, QString>> &resourceToAreaCode);
    Result<QList<QPair<qint64, QString>>> resourceAreas(const QString &levelCode) const;
    // Replaces the assignments of one resource (level code → area code; a level not listed: in
    // no area of it). For an edit of one resource.
    Status setResourceAreas(qint64 resourceId, const QHash<QString, QString> &areaCodeByLevel);

    // Free-form project metadata (ca_meta): e.g. "dataset_label_ja" / "dataset_label_en", a
    // label the map shows (the demo store says it is sample data). Empty when not set.
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // RAII transaction: rolls back unless committed. Nested calls of the methods above join it;
    // a Transaction opened inside another is a savepoint of it.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Status commit();
    private:
        Store *m_store;
        bool m_active = false;
        bool m_nested = false;
    };

    // A bulk load of resources inside an open Transaction (as GDAL defers a GeoPackage's
    // spatial index): while it lives, new resources skip the R*Tree trigger of their row (which
    // made SQLite write a statement journal for every insert) and a worker thread builds their
    // R*Tree meanwhile (RtreeBuilder); finish() puts it in place, or indexes the new rows in one
    // statement when the store's tree was not empty, and restores the trigger. Ending without
    // finish() restores the trigger but leaves the rows unindexed: the enclosing transaction
    // then refuses to commit and rolls back.
    class BulkInsert
    {
    public:
        explicit BulkInsert(Store &store);
        ~BulkInsert();
        BulkInsert(const BulkInsert &) = delete;
        BulkInsert &operator=(const BulkInsert &) = delete;
        // The error of starting (no open transaction, a failed statement); the load still works
        // then, row by row through the trigger.
        const Error &startError() const { return m_error; }
        Status finish();
    private:
        Store *m_store;
        bool m_active = false;
        int m_depth = 0;
        qint64 m_firstFid = 0;
        qint64 m_ftsHashSize = 0;
        Error m_error;
        std::unique_ptr<RtreeBuilder> m_builder;
    };

    // The raw connection, for other core modules (queries, importers). Never from app/.
    sqlite3 *handle() const;

    struct Private;   // defined in Store.cpp only

private:
    friend class WriteScope;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace careatlas
