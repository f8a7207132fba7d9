#include "core/store/Store.h"

#include "core/ResourceChange.h"
#include "core/export/SafeFile.h"

#include "core/store/GpkgGeometry.h"
#include "core/store/OutlineStore.h"
#include "core/store/RtreeBuilder.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StoreCheck.h"
#include "core/store/StoreSchema.h"
#include "core/text/TextFold.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>
#include <string>
#include <system_error>
#include <unordered_map>

namespace careatlas {

struct Store::Private {
    sqlite3 *db = nullptr;
    QString path;
    bool readOnly = false;
    int schemaVersion = schema::CurrentVersion;
    int transactionDepth = 0;
    // While a BulkInsert lives: the worker that indexes its new rows, and whether anything
    // else wrote resources meanwhile (then its rows are indexed by SQL at the end instead).
    RtreeBuilder *bulkRtree = nullptr;
    bool bulkOtherWrites = false;
    // An unfinished BulkInsert left rows without their spatial index: no transaction at this
    // depth or above may commit; rolling back the one at this depth ends the ban.
    int unindexedDepth = 0;
    // Statements of the frequent writes, prepared once per connection (an import of 200,000
    // rows spent most of its time preparing the same five statements again for every row).
    std::unordered_map<std::string, sqlite3_stmt *> statements;
    // The store was found sound (checked now or remembered) at this data_version: when this
    // connection ends having written, and nobody else wrote meanwhile, the new state of the
    // file is remembered as sound too, so the next open does not check it again.
    qint64 soundDataVersion = -1;
    bool checkedAtOpen = false;

    // The cached statement for `sql` (a constant), reset and unbound when the returned object
    // ends. Never hold two of the same SQL at once.
    SqliteStatement cached(const char *sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
                sqlite3_finalize(statement);
                return SqliteStatement(db, sql);   // fails again, and holds the error
            }
            it = statements.emplace(sql, statement).first;
        }
        return SqliteStatement::borrowed(db, it->second);
    }
    Error execCached(const char *sql)
    {
        SqliteStatement statement = cached(sql);
        if (!statement.isValid())
            return statement.prepareError();
        if (!statement.exec())
            return statement.lastError();
        return Error(ErrorCode::None);
    }

    ~Private()
    {
        bool stillSound = false;
        if (soundDataVersion >= 0 && !readOnly && sqlite3_total_changes(db) > 0)
            stillSound = currentDataVersion() == soundDataVersion;
        for (const auto &[sql, statement] : statements)
            sqlite3_finalize(statement);
        sqlite3_close_v2(db);
        if (stillSound)
            storecheck::rememberSound(path);   // after the close: its checkpoint changes the file
    }
    qint64 currentDataVersion() const
    {
        SqliteStatement version(db, "PRAGMA data_version");
        return version.next() ? version.int64(0) : -2;
    }
};

namespace {

const char *const ResourceColumns =
    "geom, category, name, kana, operator, official_number, source, source_date, postal_code, address, phone, fax, "
    "website, hours, closed_days, capacity, vacancies, vacancies_date, service_area, notes, flags, updated_at";

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    // The rows of one import share their source date: format it once.
    thread_local QDate lastDate;
    thread_local QString lastText;
    if (date != lastDate) {
        lastText = date.toString(Qt::ISODate);
        lastDate = date;
    }
    return lastText;
}
QDate dateFrom(const QString &text) { return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate); }

QString dateTimeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString searchTextOf(const Resource &resource)
{
    return foldForSearch(QStringList{resource.name, resource.kana, resource.address, resource.operatorName, resource.notes}
                             .join(QLatin1Char('\n')));
}

// What a read selects: the row's columns and its version (1 for a store opened read-only
// before the schema step that added versions).
QByteArray selectResourceSql(int schemaVersion, const char *rest)
{
    return QByteArray("SELECT fid, ") + ResourceColumns + (schemaVersion >= 3 ? ", version" : ", 1") + " FROM resources " + rest;
}

// Binds a resource's columns, in ResourceColumns order, from index 1; `updatedAt` is
// dateTimeText(r.updatedAt), when the caller has it already.
void bindResource(SqliteStatement &statement, const Resource &r, const QString &updatedAt = QString())
{
    QByteArray geometry;
    if (r.hasLocation())
        geometry = gpkg::encode(gpkg::pointWkb(*r.longitude, *r.latitude), schema::StoreSrsId);
    statement.bind(1, geometry)
        .bindText(2, r.categoryCode)
        .bindText(3, r.name)
        .bind(4, r.kana)
        .bind(5, r.operatorName)
        .bind(6, r.officialNumber)
        .bind(7, r.source)
        .bind(8, dateText(r.sourceDate))
        .bind(9, r.postalCode)
        .bind(10, r.address)
        .bind(11, r.phone)
        .bind(12, r.fax)
        .bind(13, r.website)
        .bind(14, r.hours)
        .bind(15, r.closedDays)
        .bind(16, r.capacity)
        .bind(17, r.vacancies)
        .bind(18, dateText(r.vacanciesDate))
        .bind(19, r.serviceArea)
        .bind(20, r.notes)
        .bind(21, r.flags.isEmpty() ? QString() : r.flags.join(QLatin1Char(';')))
        .bindText(22, updatedAt.isNull() ? dateTimeText(r.updatedAt) : updatedAt);
}

// Reads a resource from columns "fid, <ResourceColumns>, version".
Resource readResource(const SqliteStatement &s)
{
    Resource r;
    r.id = s.int64(0);
    if (const auto decoded = gpkg::decode(s.blob(1)); decoded && !decoded->empty) {
        if (const auto point = gpkg::wkbPoint(decoded->wkb)) {
            r.longitude = point->first;
            r.latitude = point->second;
        }
    }
    r.categoryCode = s.text(2);
    r.name = s.text(3);
    r.kana = s.text(4);
    r.operatorName = s.text(5);
    r.officialNumber = s.text(6);
    r.source = s.text(7);
    r.sourceDate = dateFrom(s.text(8));
    r.postalCode = s.text(9);
    r.address = s.text(10);
    r.phone = s.text(11);
    r.fax = s.text(12);
    r.website = s.text(13);
    r.hours = s.text(14);
    r.closedDays = s.text(15);
    r.capacity = s.optionalInt(16);
    r.vacancies = s.optionalInt(17);
    r.vacanciesDate = dateFrom(s.text(18));
    r.serviceArea = s.text(19);
    r.notes = s.text(20);
    const QString flags = s.text(21);
    if (!flags.isEmpty())
        r.flags = flags.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    r.updatedAt = QDateTime::fromString(s.text(22), Qt::ISODateWithMs);
    r.version = s.int64(23);
    return r;
}

bool isOk(const Error &error) { return error.code == ErrorCode::None; }

} // namespace

// A write that joins the open Transaction (as a savepoint) or runs as its own.
class WriteScope
{
public:
    explicit WriteScope(Store::Private &d) : m_d(d), m_nested(d.transactionDepth > 0)
    {
        m_error = d.execCached(m_nested ? "SAVEPOINT ca_write" : "BEGIN IMMEDIATE");
    }
    ~WriteScope()
    {
        if (!m_done && isOk(m_error))
            execSql(m_d.db, m_nested ? "ROLLBACK TO ca_write; RELEASE ca_write" : "ROLLBACK");
    }
    const Error &beginError() const { return m_error; }
    Status commit()
    {
        m_done = true;
        Error error = m_d.execCached(m_nested ? "RELEASE ca_write" : "COMMIT");
        if (!isOk(error)) {
            execSql(m_d.db, m_nested ? "ROLLBACK TO ca_write; RELEASE ca_write" : "ROLLBACK");
            return error;
        }
        return {};
    }

private:
    Store::Private &m_d;
    bool m_nested;
    bool m_done = false;
    Error m_error;
};

Store::Store(std::unique_ptr<Private> d) : d(std::move(d)) {}
Store::~Store() = default;

int Store::currentSchemaVersion() { return schema::CurrentVersion; }

void Store::configureSqlite() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

QString Store::path() const { return d->path; }
bool Store::wasCheckedAtOpen() const { return d->checkedAtOpen; }
bool Store::isReadOnly() const { return d->readOnly; }
sqlite3 *Store::handle() const { return d->db; }

namespace {

// A file that a crash during an older, non-atomic init left behind: empty, or an SQLite
// database without a single table. Initialising over it loses nothing.
bool isAbandonedEmptyStore(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (info.size() == 0)
        return true;
    sqlite3 *db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?mode=ro";
    bool empty = false;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
        SqliteStatement tables(db, "SELECT count(*) FROM sqlite_master");
        empty = tables.next() && tables.int64(0) == 0;
    }
    sqlite3_close_v2(db);
    return empty;
}

const QString InitWorkPrefix = QStringLiteral(".careatlas-init-");

// Builds a complete store at `path` (a new file that nobody else knows yet) and closes it.
Error buildNewStore(const QString &path)
{
    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close_v2);
    if (code != SQLITE_OK)
        return sqliteError(db, code);
    schema::registerSqlFunctions(db);
    Error error = execSql(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; BEGIN IMMEDIATE");
    if (!isOk(error))
        return error;
    error = schema::createSchema(db);
    if (!isOk(error)) {
        execSql(db, "ROLLBACK");
        return error;
    }
    error = execSql(db, "COMMIT");
    if (isOk(error))
        error = execSql(db, "PRAGMA journal_mode = WAL");   // recorded in the header, log removed at close
    return error;
}

} // namespace

Result<std::unique_ptr<Store>> Store::create(const QString &path)
{
    // Written aside under a temporary name, then renamed: a crash leaves no half-made store
    // under `path`, and no other program ever sees one.
    const QFileInfo target(path);
    if (target.exists() && !isAbandonedEmptyStore(path))
        return Error(ErrorCode::FileExists).inFile(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error(ErrorCode::FileNotFound, folder).inFile(path);
    removeAbandonedWork(folder, InitWorkPrefix);
    QString work;
    {
        QTemporaryFile reserve(workNameTemplate(folder, InitWorkPrefix));
        if (!reserve.open())
            return fileWriteError(path, reserve);
        reserve.setAutoRemove(false);
        work = reserve.fileName();
    }
    {
        // A temporary file is private to its owner; a store gets the usual permissions.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        std::error_code ignored;
        std::filesystem::permissions(work.toStdString(), std::filesystem::perms(0666 & ~mask), ignored);
    }
    const auto discardWork = [&work] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(work + QString::fromLatin1(suffix));
    };
    if (Error error = buildNewStore(work); !isOk(error)) {
        discardWork();
        return error.inFile(path);
    }
    // An abandoned empty file's log and shared memory must not meet the new store.
    if (target.exists()) {
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    std::error_code renameError;
    std::filesystem::rename(work.toStdString(), target.absoluteFilePath().toStdString(), renameError);
    if (renameError) {
        discardWork();
        return fileWriteError(path, QString::fromLocal8Bit(renameError.message().c_str()));
    }
    return open(path);
}

bool Store::canWrite(const QString &path)
{
    const QFileInfo info(path);
    return ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0
           && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!info.isFile() || !info.isReadable())
        return Error(ErrorCode::FileUnreadable).inFile(path);
    // SQLite writes a log and a shared-memory file beside the store: a store in a folder that
    // cannot be written (or on read-only media) can only be read, and is opened immutable.
    const bool writable = canWrite(path);
    if (mode == OpenMode::ReadWrite && !writable)
        return Error(ErrorCode::StoreReadOnly).inFile(path);

    auto d = std::make_unique<Private>();
    d->path = path;
    d->readOnly = mode != OpenMode::ReadWrite;
    const int flags = (d->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded();
    if (!writable)
        uri += "?immutable=1";
    const int code = sqlite3_open_v2(uri.constData(), &d->db, flags, nullptr);
    if (code != SQLITE_OK)
        return sqliteError(d->db, code).inFile(path);
    sqlite3_busy_timeout(d->db, BusyTimeoutMs);
    schema::registerSqlFunctions(d->db);
    if (mode == OpenMode::Salvage)
        return std::unique_ptr<Store>(new Store(std::move(d)));   // no check: it is known to be damaged

    // Is it a GeoPackage at all? (A file that is not SQLite fails here with SQLITE_NOTADB.)
    SqliteStatement applicationId(d->db, "PRAGMA application_id");
    if (!applicationId.isValid()) {
        Error error = applicationId.prepareError();
        if (error.code != ErrorCode::StoreCorrupt)
            error.code = ErrorCode::StoreNotAGeoPackage;
        return error.inFile(path);
    }
    if (!applicationId.next()) {
        Error error = applicationId.lastError();
        return Error(error.code == ErrorCode::StoreCorrupt ? ErrorCode::StoreCorrupt : ErrorCode::StoreNotAGeoPackage,
                     error.detail).inFile(path);
    }
    if (applicationId.int64(0) != schema::GeoPackageApplicationId)
        return Error(ErrorCode::StoreNotAGeoPackage, QStringLiteral("application_id is not GPKG")).inFile(path);

    // Damaged stores are refused before anything reads or writes them: the file's shape on
    // every open, the full check once per change of the file (remembered, StoreCheck.h).
    if (Error shape = storecheck::checkFileShape(path); !isOk(shape)) {
        storecheck::forget(path);
        return shape;
    }
    if (!storecheck::isRememberedSound(path)) {
        const QStringList problems = storecheck::fullCheck(d->db, false);
        // SQLite's own list of problems is for `careatlas-cli check`, which the message names:
        // here only how many (the user's language; no raw library text).
        if (!problems.isEmpty())
            return Error(ErrorCode::StoreCorrupt, QStringLiteral("the full check found %1 problems").arg(problems.size())).inFile(path);
        storecheck::rememberSound(path);
        d->checkedAtOpen = true;
    }
    d->soundDataVersion = d->currentDataVersion();

    SqliteStatement version(d->db, "SELECT value FROM ca_meta WHERE key = 'schema_version'");
    if (!version.isValid() || !version.next())
        return Error(ErrorCode::StoreNotAGeoPackage, QStringLiteral("a GeoPackage, but not a CareAtlas store")).inFile(path);
    const int schemaVersion = version.text(0).toInt();
    if (schemaVersion > schema::CurrentVersion)
        return Error(ErrorCode::StoreTooNew, QStringLiteral("schema version %1").arg(schemaVersion)).inFile(path);
    if (schemaVersion < 1)
        return Error(ErrorCode::StoreCorrupt, QStringLiteral("schema version %1").arg(version.text(0))).inFile(path);

    // Done reading: a statement left mid-result holds a read transaction, and a store in
    // rollback-journal mode (the installed demo's copy, a file another tool wrote) cannot
    // switch to WAL inside one.
    applicationId.reset();
    version.reset();

    d->schemaVersion = d->readOnly ? schemaVersion : schema::CurrentVersion;
    if (!d->readOnly) {
        Error error = execSql(d->db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
        if (isOk(error) && schemaVersion < schema::CurrentVersion) {
            error = execSql(d->db, "BEGIN IMMEDIATE");
            if (isOk(error)) {
                error = schema::migrate(d->db, schemaVersion);
                error = isOk(error) ? execSql(d->db, "COMMIT") : (execSql(d->db, "ROLLBACK"), error);
            }
        }
        if (isOk(error) && schema::storedCatalogueVersion(d->db) < catalogueVersion()) {
            error = execSql(d->db, "BEGIN IMMEDIATE");
            if (isOk(error)) {
                error = schema::topUpCatalogue(d->db);
                error = isOk(error) ? execSql(d->db, "COMMIT") : (execSql(d->db, "ROLLBACK"), error);
            }
        }
        if (!isOk(error))
            return error.inFile(path);
    } else {
        execSql(d->db, "PRAGMA query_only = ON");
    }
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

Result<QList<CategoryGroup>> Store::categoryGroups() const
{
    SqliteStatement s(d->db, "SELECT code, label_ja, label_en FROM ca_category_groups ORDER BY sort_order");
    if (!s.isValid())
        return s.prepareError();
    QList<CategoryGroup> groups;
    while (s.next())
        groups.append({s.text(0), s.text(1), s.text(2)});
    return groups;
}

Result<QList<Category>> Store::categories() const
{
    SqliteStatement s(d->db, "SELECT code, group_code, label_ja, label_en, color, shape FROM ca_categories ORDER BY sort_order");
    if (!s.isValid())
        return s.prepareError();
    QList<Category> categories;
    while (s.next())
        categories.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), symbolShapeFromName(s.text(5))});
    return categories;
}

Result<QList<Flag>> Store::flags() const
{
    SqliteStatement s(d->db, "SELECT code, label_ja, label_en FROM ca_flags ORDER BY sort_order");
    if (!s.isValid())
        return s.prepareError();
    QList<Flag> flags;
    while (s.next())
        flags.append({s.text(0), s.text(1), s.text(2)});
    return flags;
}

namespace {

// The parts of a resource kept outside its row: its flags, and its search text.
// A new row (`fresh`: its fid was never used, AUTOINCREMENT) has no flags or search text to
// replace.
Error writeResourceFlags(Store::Private &d, qint64 id, const Resource &resource, bool fresh = false)
{
    if (!fresh) {
        SqliteStatement deleteFlags = d.cached("DELETE FROM ca_resource_flags WHERE resource_id = ?");
        deleteFlags.bind(1, id);
        if (!deleteFlags.exec())
            return deleteFlags.lastError();
    }
    SqliteStatement insertFlag = d.cached("INSERT OR IGNORE INTO ca_resource_flags (resource_id, flag_code) VALUES (?, ?)");
    for (const QString &flag : resource.flags) {
        insertFlag.bind(1, id).bind(2, flag);
        if (!insertFlag.exec())
            return insertFlag.lastError();
    }
    return Error(ErrorCode::None);
}

Error writeResourceSearch(Store::Private &d, qint64 id, const Resource &resource, bool fresh = false)
{
    if (!fresh) {
        SqliteStatement deleteSearch = d.cached("DELETE FROM ca_resource_search WHERE rowid = ?");
        deleteSearch.bind(1, id);
        if (!deleteSearch.exec())
            return deleteSearch.lastError();
    }
    SqliteStatement insertSearch = d.cached("INSERT INTO ca_resource_search (rowid, text) VALUES (?, ?)");
    insertSearch.bind(1, id).bind(2, searchTextOf(resource));
    if (!insertSearch.exec())
        return insertSearch.lastError();
    return Error(ErrorCode::None);
}

Error writeResourceSideTables(Store::Private &d, qint64 id, const Resource &resource)
{
    if (Error error = writeResourceFlags(d, id, resource); !isOk(error))
        return error;
    return writeResourceSearch(d, id, resource);
}

} // namespace

namespace {

// One insert of a resource's row and flags, inside a write scope the caller opened; its search
// text is written by writeResourceSearch.
Result<qint64> insertRow(Store::Private &d, const Resource &stamped, const QString &updatedAt = QString())
{
    static const QByteArray sql = QByteArray("INSERT INTO resources (") + ResourceColumns
                                  + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    SqliteStatement insert = d.cached(sql.constData());
    if (!insert.isValid())
        return insert.prepareError();
    bindResource(insert, stamped, updatedAt);
    if (!insert.exec())
        return insert.lastError();
    const qint64 id = sqlite3_last_insert_rowid(d.db);
    if (Error error = writeResourceFlags(d, id, stamped, true); !isOk(error))
        return error;
    return id;
}

Resource stamped(const Resource &resource)
{
    Resource result = resource;
    result.updatedAt = QDateTime::currentDateTimeUtc();
    return result;
}

} // namespace

Result<qint64> Store::insertResource(const Resource &resource)
{
    if (Error invalid = validateResource(resource); !isOk(invalid))
        return invalid;
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    const Resource row = stamped(resource);
    const auto id = insertRow(*d, row);
    if (!id)
        return id.error();
    if (Error error = writeResourceSearch(*d, *id, row, true); !isOk(error))
        return error;
    if (Status committed = scope.commit(); !committed)
        return committed.error();
    if (d->bulkRtree && row.hasLocation())
        d->bulkRtree->add({RtreeBuilder::Entry{*id, *row.longitude, *row.latitude}});
    return *id;
}

Result<QList<qint64>> Store::insertResources(const QList<Resource> &resources, qsizetype *failedIndex)
{
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (Error invalid = validateResource(resources[i]); !isOk(invalid)) {
            if (failedIndex)
                *failedIndex = i;
            return invalid;
        }
    }
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    // Rows first, then every search text: an FTS5 table flushes what it holds in memory to
    // its index whenever another statement opens a statement journal (the R*Tree trigger of
    // the insert into resources does), so interleaving them would flush once per resource.
    QList<qint64> ids;
    ids.reserve(resources.size());
    QList<Resource> rows;
    rows.reserve(resources.size());
    // One write, one time: every resource of it is stamped alike.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = dateTimeText(now);
    for (qsizetype i = 0; i < resources.size(); ++i) {
        rows.append(resources[i]);
        rows.last().updatedAt = now;
        const auto id = insertRow(*d, rows.last(), nowText);
        if (!id) {
            if (failedIndex)
                *failedIndex = i;
            return id.error();
        }
        ids.append(*id);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (Error error = writeResourceSearch(*d, ids[i], rows[i], true); !isOk(error)) {
            if (failedIndex)
                *failedIndex = i;
            return error;
        }
    }
    if (Status committed = scope.commit(); !committed)
        return committed.error();
    if (d->bulkRtree) {
        QList<RtreeBuilder::Entry> entries;
        entries.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].hasLocation())
                entries.append({ids[i], *rows[i].longitude, *rows[i].latitude});
        }
        d->bulkRtree->add(std::move(entries));
    }
    return ids;
}

Status Store::updateResource(const Resource &resource)
{
    if (Error invalid = validateResource(resource); !isOk(invalid))
        return invalid;
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    if (d->bulkRtree)
        d->bulkOtherWrites = true;
    Resource stamped = resource;
    stamped.updatedAt = QDateTime::currentDateTimeUtc();
    SqliteStatement update = d->cached(
        "UPDATE resources SET geom=?, category=?, name=?, kana=?, operator=?, official_number=?, source=?, source_date=?, "
        "postal_code=?, address=?, phone=?, fax=?, website=?, hours=?, closed_days=?, capacity=?, vacancies=?, "
        "vacancies_date=?, service_area=?, notes=?, flags=?, updated_at=?, version = version + 1 WHERE fid=?");
    if (!update.isValid())
        return update.prepareError();
    bindResource(update, stamped);
    update.bind(23, resource.id);
    if (!update.exec())
        return update.lastError();
    if (sqlite3_changes(d->db) == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(resource.id));
    if (Error error = writeResourceSideTables(*d, resource.id, stamped); !isOk(error))
        return error;
    return scope.commit();
}

namespace {

// The row as stored now, in the caller's transaction.
Result<Resource> currentRow(Store::Private &d, qint64 id)
{
    static const QByteArray sql = selectResourceSql(schema::CurrentVersion, "WHERE fid = ?");
    SqliteStatement s = d.cached(sql.constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, id);
    if (!s.next()) {
        const Error error = s.lastError();
        return isOk(error) ? Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id)) : error;
    }
    return readResource(s);
}

// Binds the value of one field (as bindResource does for the whole row).
void bindField(SqliteStatement &statement, int index, const Resource &r, ResourceField field)
{
    switch (field) {
    case ResourceField::Location:
        statement.bind(index, r.hasLocation() ? gpkg::encode(gpkg::pointWkb(*r.longitude, *r.latitude), schema::StoreSrsId) : QByteArray());
        return;
    case ResourceField::Category: statement.bindText(index, r.categoryCode); return;
    case ResourceField::Name: statement.bindText(index, r.name); return;
    case ResourceField::Kana: statement.bind(index, r.kana); return;
    case ResourceField::Operator: statement.bind(index, r.operatorName); return;
    case ResourceField::OfficialNumber: statement.bind(index, r.officialNumber); return;
    case ResourceField::Source: statement.bind(index, r.source); return;
    case ResourceField::SourceDate: statement.bind(index, dateText(r.sourceDate)); return;
    case ResourceField::PostalCode: statement.bind(index, r.postalCode); return;
    case ResourceField::Address: statement.bind(index, r.address); return;
    case ResourceField::Phone: statement.bind(index, r.phone); return;
    case ResourceField::Fax: statement.bind(index, r.fax); return;
    case ResourceField::Website: statement.bind(index, r.website); return;
    case ResourceField::Hours: statement.bind(index, r.hours); return;
    case ResourceField::ClosedDays: statement.bind(index, r.closedDays); return;
    case ResourceField::Capacity: statement.bind(index, r.capacity); return;
    case ResourceField::Vacancies: statement.bind(index, r.vacancies); return;
    case ResourceField::VacanciesDate: statement.bind(index, dateText(r.vacanciesDate)); return;
    case ResourceField::ServiceArea: statement.bind(index, r.serviceArea); return;
    case ResourceField::Notes: statement.bind(index, r.notes); return;
    case ResourceField::Flags: statement.bind(index, r.flags.isEmpty() ? QString() : r.flags.join(QLatin1Char(';'))); return;
    }
}

bool touchesSearchText(const QList<ResourceField> &fields)
{
    for (ResourceField field : fields) {
        if (field == ResourceField::Name || field == ResourceField::Kana || field == ResourceField::Address
            || field == ResourceField::Operator || field == ResourceField::Notes)
            return true;
    }
    return false;
}

} // namespace

Result<Store::Saved> Store::saveResourceChanges(const Resource &base, const Resource &edited)
{
    if (base.id <= 0 || edited.id != base.id)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an edit of a stored resource needs its id"));
    const QList<ResourceField> mine = changedFields(base, edited);
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    auto theirs = currentRow(*d, base.id);
    if (!theirs && theirs.error().code != ErrorCode::NotFound)
        return theirs.error();
    ResourceSavePlan plan = planResourceSave(base, edited, theirs ? &*theirs : nullptr);
    if (plan.conflict)
        return editConflictError(std::move(*plan.conflict));
    Saved saved{std::move(plan.resource), plan.merged};
    const QList<ResourceField> &write = plan.write;
    if (write.isEmpty())
        return saved;   // nothing to change (the scope rolls back its empty transaction)
    if (Error invalid = validateResource(saved.resource); !isOk(invalid))
        return invalid;
    if (d->bulkRtree)
        d->bulkOtherWrites = true;

    // Only the changed columns, only at the version read: the same statement works on a
    // server store, where no write lock is held between the read and the write.
    QByteArray sql = "UPDATE resources SET ";
    for (ResourceField field : write)
        sql += resourceFieldName(field).toLatin1() + " = ?, ";
    sql += "updated_at = ?, version = version + 1 WHERE fid = ? AND version = ?";
    SqliteStatement update(d->db, sql.constData());
    if (!update.isValid())
        return update.prepareError();
    int index = 1;
    for (ResourceField field : write)
        bindField(update, index++, saved.resource, field);
    update.bindText(index++, dateTimeText(QDateTime::currentDateTimeUtc()));
    update.bind(index++, base.id).bind(index++, theirs->version);
    if (!update.exec())
        return update.lastError();
    if (sqlite3_changes(d->db) == 0)
        return editConflictError({base, edited, *theirs, mine, false});
    if (write.contains(ResourceField::Flags)) {
        if (Error error = writeResourceFlags(*d, base.id, saved.resource); !isOk(error))
            return error;
    }
    if (touchesSearchText(write)) {
        if (Error error = writeResourceSearch(*d, base.id, saved.resource); !isOk(error))
            return error;
    }
    auto stored = currentRow(*d, base.id);
    if (!stored)
        return stored.error();
    if (Status committed = scope.commit(); !committed)
        return committed.error();
    saved.resource = std::move(*stored);
    return saved;
}

Status Store::deleteResource(qint64 id, std::optional<qint64> expectedVersion)
{
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    if (d->bulkRtree)
        d->bulkOtherWrites = true;
    if (expectedVersion) {
        auto theirs = currentRow(*d, id);
        if (!theirs)
            return theirs.error();
        if (theirs->version != *expectedVersion)
            return editConflictError({*theirs, Resource(), *theirs, changedFields(Resource(), *theirs), false});
    }
    SqliteStatement remove = d->cached("DELETE FROM resources WHERE fid = ?");
    remove.bind(1, id);
    if (!remove.exec())
        return remove.lastError();
    if (sqlite3_changes(d->db) == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id));
    SqliteStatement search = d->cached("DELETE FROM ca_resource_search WHERE rowid = ?");
    search.bind(1, id);
    if (!search.exec())
        return search.lastError();
    return scope.commit();
}

Result<Resource> Store::resource(qint64 id) const
{
    const QByteArray sql = selectResourceSql(d->schemaVersion, "WHERE fid = ?");
    SqliteStatement s(d->db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, id);
    if (!s.next()) {
        const Error error = s.lastError();
        return error.code == ErrorCode::None ? Error(ErrorCode::NotFound, QStringLiteral("resource %1").arg(id)) : error;
    }
    return readResource(s);
}

Result<QList<Resource>> Store::resources() const
{
    const QByteArray sql = selectResourceSql(d->schemaVersion, "ORDER BY fid");
    SqliteStatement s(d->db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    QList<Resource> all;
    while (s.next())
        all.append(readResource(s));
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return all;
}

Result<QList<Resource>> Store::resourcesWhere(const QByteArray &condition, const QStringList &texts, qsizetype expectedRows) const
{
    const QByteArray sql = selectResourceSql(d->schemaVersion, QByteArray("WHERE " + condition + " ORDER BY fid").constData());
    SqliteStatement s(d->db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    for (qsizetype i = 0; i < texts.size(); ++i)
        s.bind(int(i + 1), texts[i]);
    QList<Resource> rows;
    rows.reserve(expectedRows);
    while (s.next())
        rows.append(readResource(s));
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return rows;
}

QList<Resource> Store::readableResources(qint64 *unreadable) const
{
    // Row by row in fid order; past a row that cannot be read, the scan seeks further and
    // further ahead (1, 2, 4, … fids) until it reads again or passes the last fid ever given.
    qint64 lastFid = 0;
    {
        SqliteStatement sequence(d->db, "SELECT seq FROM sqlite_sequence WHERE name = 'resources'");
        if (sequence.next())
            lastFid = sequence.int64(0);
    }
    const QByteArray sql = selectResourceSql(d->schemaVersion, "WHERE fid > ? ORDER BY fid LIMIT 1");
    QList<Resource> rows;
    qint64 after = 0;
    qint64 skip = 1;
    qint64 lost = 0;
    while (true) {
        SqliteStatement s(d->db, sql.constData());
        if (!s.isValid())
            break;
        s.bind(1, after);
        if (s.next()) {
            rows.append(readResource(s));
            after = rows.last().id;
            skip = 1;
            continue;
        }
        if (isOk(s.lastError()) || after >= lastFid)
            break;   // the end
        ++lost;
        after += skip;
        skip *= 2;
    }
    if (unreadable)
        *unreadable = lost;
    return rows;
}

Result<QList<Store::Location>> Store::resourceLocations() const
{
    SqliteStatement s(d->db, "SELECT fid, geom FROM resources ORDER BY fid");
    if (!s.isValid())
        return s.prepareError();
    QList<Location> all;
    while (s.next()) {
        Location location;
        location.id = s.int64(0);
        if (const auto decoded = gpkg::decode(s.blob(1)); decoded && !decoded->empty) {
            if (const auto point = gpkg::wkbPoint(decoded->wkb)) {
                location.longitude = point->first;
                location.latitude = point->second;
            }
        }
        all.append(location);
    }
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return all;
}

Result<qint64> Store::resourceCount() const
{
    SqliteStatement s(d->db, "SELECT count(*) FROM resources");
    if (!s.isValid() || !s.next())
        return s.isValid() ? s.lastError() : s.prepareError();
    return s.int64(0);
}

Result<QString> Store::metaValue(const QString &key) const
{
    SqliteStatement s(d->db, "SELECT value FROM ca_meta WHERE key = ?");
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, key);
    if (s.next())
        return s.text(0);
    if (!isOk(s.lastError()))
        return s.lastError();
    return QString();
}

Status Store::setMetaValue(const QString &key, const QString &value)
{
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    SqliteStatement s(d->db, "INSERT INTO ca_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    if (!s.exec())
        return s.lastError();
    return scope.commit();
}

Result<QList<qint64>> Store::searchResources(const QString &text) const
{
    // Bounded work whatever is typed or pasted: each distinct term once, no term that another
    // contains (it adds nothing), at most MaxSearchTerms terms; a long term is looked up in the
    // index by its first and last IndexedTermLength characters and then checked whole with
    // instr() on those rows alone (an FTS5 phrase of a thousand trigrams against long values
    // grew quadratically: 19 s for 1,000 characters).
    QStringList terms = foldForSearch(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    terms.removeDuplicates();
    std::sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList kept;
    for (const QString &term : terms) {
        if (std::none_of(kept.cbegin(), kept.cend(), [&](const QString &longer) { return longer.contains(term); }))
            kept.append(term);
    }
    if (kept.size() > MaxSearchTerms)
        return Error(ErrorCode::SearchTooLong, QString::number(kept.size()));
    QStringList longTerms, shortTerms, wholeTerms;
    for (const QString &term : std::as_const(kept)) {
        if (term.size() < 3) {
            shortTerms.append(term);
        } else if (term.size() <= IndexedTermLength) {
            longTerms.append(term);
        } else {
            longTerms.append(term.left(IndexedTermLength));
            longTerms.append(term.right(IndexedTermLength));
            wholeTerms.append(term);
        }
    }

    QByteArray sql = "SELECT rowid FROM ca_resource_search WHERE 1";
    if (!longTerms.isEmpty())
        sql += " AND ca_resource_search MATCH ?";
    for (qsizetype i = 0; i < wholeTerms.size(); ++i)
        sql += " AND instr(text, ?) > 0";
    for (qsizetype i = 0; i < shortTerms.size(); ++i)
        sql += " AND text LIKE ? ESCAPE '\\'";
    sql += " ORDER BY rowid";
    SqliteStatement s(d->db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    int index = 1;
    if (!longTerms.isEmpty()) {
        QStringList phrases;
        for (QString term : longTerms)
            phrases << QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        s.bind(index++, phrases.join(QStringLiteral(" AND ")));
    }
    for (const QString &term : std::as_const(wholeTerms))
        s.bind(index++, term);
    for (QString term : shortTerms) {
        term.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        s.bind(index++, QLatin1Char('%') + term + QLatin1Char('%'));
    }
    QList<qint64> ids;
    while (s.next())
        ids.append(s.int64(0));
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return ids;
}

Result<QList<AreaLevel>> Store::areaLevels() const
{
    SqliteStatement s(d->db, "SELECT code, label_ja, label_en, rank FROM ca_area_levels ORDER BY rank, code");
    if (!s.isValid())
        return s.prepareError();
    QList<AreaLevel> levels;
    while (s.next())
        levels.append({s.text(0), s.text(1), s.text(2), int(s.int64(3))});
    return levels;
}

Status Store::ensureAreaLevel(const AreaLevel &level)
{
    SqliteStatement exists(d->db, "SELECT 1 FROM ca_area_levels WHERE code = ?");
    exists.bind(1, level.code);
    if (exists.next())
        return {};
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    if (Error error = schema::createAreaLayer(d->db, level.code); !isOk(error))
        return error;
    SqliteStatement insert(d->db, "INSERT INTO ca_area_levels VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, level.code).bind(2, level.labelJa).bind(3, level.labelEn).bind(4, qint64(level.rank))
        .bind(5, schema::areaTableName(level.code));
    if (!insert.exec())
        return insert.lastError();
    return scope.commit();
}

namespace {
Result<QString> areaTableOf(sqlite3 *db, const QString &levelCode)
{
    SqliteStatement s(db, "SELECT table_name FROM ca_area_levels WHERE code = ?");
    s.bind(1, levelCode);
    if (!s.next())
        return Error(ErrorCode::NotFound, QStringLiteral("area level %1").arg(levelCode));
    return s.text(0);
}
} // namespace

Status Store::replaceAreas(const QString &levelCode, const QList<AreaRecord> &areas)
{
    const auto table = areaTableOf(d->db, levelCode);
    if (!table)
        return table.error();
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    if (Error error = execSql(d->db, QStringLiteral("DELETE FROM %1").arg(*table).toUtf8().constData()); !isOk(error))
        return error;
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (geom, code, name, parent_code) VALUES (?, ?, ?, ?)").arg(*table).toUtf8();
    SqliteStatement insert(d->db, sql.constData());
    if (!insert.isValid())
        return insert.prepareError();
    bool haveExtent = false;
    gpkg::Envelope extent;
    for (const AreaRecord &area : areas) {
        const auto envelope = gpkg::wkbEnvelope(area.wkb);
        if (!area.wkb.isEmpty() && !envelope)
            return Error(ErrorCode::InvalidGeometry, QStringLiteral("malformed WKB")).inField(area.code);
        if (envelope) {
            if (!haveExtent) {
                extent = *envelope;
                haveExtent = true;
            } else {
                extent.minX = std::min(extent.minX, envelope->minX);
                extent.maxX = std::max(extent.maxX, envelope->maxX);
                extent.minY = std::min(extent.minY, envelope->minY);
                extent.maxY = std::max(extent.maxY, envelope->maxY);
            }
        }
        insert.bind(1, area.wkb.isEmpty() ? QByteArray() : gpkg::encode(area.wkb, schema::StoreSrsId))
            .bindText(2, area.code).bindText(3, area.name).bind(4, area.parentCode);
        if (!insert.exec())
            return insert.lastError().inField(area.code);
    }
    SqliteStatement contents(d->db, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                                    "min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?");
    if (haveExtent)
        contents.bind(1, extent.minX).bind(2, extent.minY).bind(3, extent.maxX).bind(4, extent.maxY);
    contents.bind(5, *table);
    if (!contents.exec())
        return contents.lastError();
    if (Error error = outlines::refreshLevelOutlines(d->db, levelCode, *table); !isOk(error))
        return error;
    return scope.commit();
}

Status Store::renameArea(const QString &levelCode, const QString &code, const QString &name)
{
    const auto missing = renameAreas(levelCode, {{code, name}});
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return Error(ErrorCode::NotFound, code).inField(QStringLiteral("code"));
    return Status();
}

Result<QStringList> Store::renameAreas(const QString &levelCode, const QList<QPair<QString, QString>> &codeToName)
{
    const auto table = areaTableOf(d->db, levelCode);
    if (!table)
        return table.error();
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    const QByteArray sql = QStringLiteral("UPDATE %1 SET name = ? WHERE code = ?").arg(*table).toUtf8();
    SqliteStatement update(d->db, sql.constData());
    if (!update.isValid())
        return update.prepareError();
    QStringList missing;
    for (const auto &[code, name] : codeToName) {
        if (name.trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("empty name")).inField(code);
        update.bindText(1, name.trimmed()).bindText(2, code);
        if (!update.exec())
            return update.lastError().inField(code);
        if (sqlite3_changes(d->db) == 0)
            missing << code;
    }
    if (Status status = scope.commit(); !status)
        return status.error();
    return missing;
}

Status Store::changeAreaCode(const QString &levelCode, const QString &code, const QString &newCode)
{
    const QString target = newCode.trimmed();
    if (target.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("empty code")).inField(QStringLiteral("code"));
    const auto table = areaTableOf(d->db, levelCode);
    if (!table)
        return table.error();
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    if (target != code) {
        const QByteArray taken = QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(*table).toUtf8();
        SqliteStatement check(d->db, taken.constData());
        check.bindText(1, target);
        if (check.next())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("code %1 is taken").arg(target)).inField(QStringLiteral("code"));
    }
    const QByteArray sql = QStringLiteral("UPDATE %1 SET code = ? WHERE code = ?").arg(*table).toUtf8();
    SqliteStatement update(d->db, sql.constData());
    update.bindText(1, target).bindText(2, code);
    if (!update.exec())
        return update.lastError();
    if (sqlite3_changes(d->db) == 0)
        return Error(ErrorCode::NotFound, code).inField(QStringLiteral("code"));
    // What refers to the code: the resources assigned to the area, and the areas of every
    // other level that name it as their parent.
    SqliteStatement assignments(d->db, "UPDATE ca_resource_areas SET area_code = ? WHERE level_code = ? AND area_code = ?");
    assignments.bindText(1, target).bindText(2, levelCode).bindText(3, code);
    if (!assignments.exec())
        return assignments.lastError();
    const auto levels = areaLevels();
    if (!levels)
        return levels.error();
    for (const AreaLevel &level : *levels) {
        const auto other = areaTableOf(d->db, level.code);
        if (!other || level.code == levelCode)
            continue;
        const QByteArray children = QStringLiteral("UPDATE %1 SET parent_code = ? WHERE parent_code = ?").arg(*other).toUtf8();
        SqliteStatement reparent(d->db, children.constData());
        reparent.bindText(1, target).bindText(2, code);
        if (!reparent.exec())
            return reparent.lastError();
    }
    return scope.commit();
}

namespace {

// The rows of "SELECT fid, code, name, parent_code, geom" from an area layer.
Result<QList<AreaRecord>> readAreaRecords(SqliteStatement &s, const QString &levelCode)
{
    QList<AreaRecord> areas;
    while (s.next()) {
        AreaRecord area;
        area.id = s.int64(0);
        area.levelCode = levelCode;
        area.code = s.text(1);
        area.name = s.text(2);
        area.parentCode = s.text(3);
        if (const auto decoded = gpkg::decode(s.blob(4)))
            area.wkb = decoded->wkb;
        areas.append(area);
    }
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return areas;
}

} // namespace

namespace {

// The areas of a level in code order, with their outlines or (names only) without.
Result<QList<AreaRecord>> readLevelAreas(sqlite3 *db, const QString &levelCode, bool withGeometry)
{
    const auto table = areaTableOf(db, levelCode);
    if (!table)
        return table.error();
    const QByteArray sql = QStringLiteral("SELECT fid, code, name, parent_code, %1 FROM %2 ORDER BY code")
                               .arg(withGeometry ? QStringLiteral("geom") : QStringLiteral("NULL"), *table)
                               .toUtf8();
    SqliteStatement s(db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    return readAreaRecords(s, levelCode);
}

} // namespace

Result<QList<AreaRecord>> Store::areas(const QString &levelCode) const { return readLevelAreas(d->db, levelCode, true); }

Result<QList<AreaRecord>> Store::areaNames(const QString &levelCode) const { return readLevelAreas(d->db, levelCode, false); }

Result<QList<AreaRecord>> Store::areasAround(const QString &levelCode, double longitude, double latitude) const
{
    const auto table = areaTableOf(d->db, levelCode);
    if (!table)
        return table.error();
    const QByteArray sql = QStringLiteral("SELECT a.fid, a.code, a.name, a.parent_code, a.geom FROM %1 a JOIN rtree_%1_geom r ON r.id = a.fid "
                                          "WHERE r.minx <= ?1 AND r.maxx >= ?1 AND r.miny <= ?2 AND r.maxy >= ?2 ORDER BY a.code")
                               .arg(*table)
                               .toUtf8();
    SqliteStatement s(d->db, sql.constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, longitude).bind(2, latitude);
    return readAreaRecords(s, levelCode);
}

Status Store::setResourceAreas(qint64 resourceId, const QHash<QString, QString> &areaCodeByLevel)
{
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    SqliteStatement remove(d->db, "DELETE FROM ca_resource_areas WHERE resource_id = ?");
    remove.bind(1, resourceId);
    if (!remove.exec())
        return remove.lastError();
    SqliteStatement insert(d->db, "INSERT INTO ca_resource_areas (resource_id, level_code, area_code) VALUES (?, ?, ?)");
    for (auto it = areaCodeByLevel.cbegin(); it != areaCodeByLevel.cend(); ++it) {
        insert.bind(1, resourceId).bind(2, it.key()).bind(3, it.value());
        if (!insert.exec())
            return insert.lastError();
    }
    return scope.commit();
}

Status Store::replaceResourceAreas(const QString &levelCode, const QList<QPair<qint64, QString>> &resourceToAreaCode)
{
    WriteScope scope(*d);
    if (!isOk(scope.beginError()))
        return scope.beginError();
    // Only the differences are written: re-assigning 200,000 resources after a change rewrites
    // the rows that moved instead of deleting and inserting every one.
    QHash<qint64, QString> stored;
    {
        SqliteStatement current(d->db, "SELECT resource_id, area_code FROM ca_resource_areas WHERE level_code = ?");
        if (!current.isValid())
            return current.prepareError();
        current.bind(1, levelCode);
        while (current.next())
            stored.insert(current.int64(0), current.text(1));
        if (const Error error = current.lastError(); !isOk(error))
            return error;
    }
    SqliteStatement insert(d->db, "INSERT INTO ca_resource_areas (resource_id, level_code, area_code) VALUES (?, ?, ?)");
    SqliteStatement update(d->db, "UPDATE ca_resource_areas SET area_code = ? WHERE resource_id = ? AND level_code = ?");
    SqliteStatement remove(d->db, "DELETE FROM ca_resource_areas WHERE resource_id = ? AND level_code = ?");
    for (const auto &[resourceId, areaCode] : resourceToAreaCode) {
        const auto it = stored.find(resourceId);
        if (it == stored.end()) {
            // New (or listed twice: the second insert fails on the primary key, as before).
            insert.bind(1, resourceId).bind(2, levelCode).bind(3, areaCode);
            if (!insert.exec())
                return insert.lastError();
            continue;
        }
        if (it.value() != areaCode) {
            update.bind(1, areaCode).bind(2, resourceId).bind(3, levelCode);
            if (!update.exec())
                return update.lastError();
        }
        stored.erase(it);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        remove.bind(1, it.key()).bind(2, levelCode);
        if (!remove.exec())
            return remove.lastError();
    }
    return scope.commit();
}

Result<QList<QPair<qint64, QString>>> Store::resourceAreas(const QString &levelCode) const
{
    SqliteStatement s(d->db, "SELECT resource_id, area_code FROM ca_resource_areas WHERE level_code = ? ORDER BY resource_id");
    s.bind(1, levelCode);
    QList<QPair<qint64, QString>> pairs;
    while (s.next())
        pairs.append({s.int64(0), s.text(1)});
    if (const Error error = s.lastError(); !isOk(error))
        return error;
    return pairs;
}

Store::Transaction::Transaction(Store &store)
    : m_store(&store)
{
    // Inside an open transaction this one is a savepoint: its commit releases it, and the
    // outer transaction decides; its rollback undoes only its own work.
    m_nested = store.d->transactionDepth > 0;
    m_active = isOk(execSql(store.d->db, m_nested ? "SAVEPOINT ca_transaction" : "BEGIN IMMEDIATE"));
    if (m_active)
        ++store.d->transactionDepth;
}

Store::Transaction::~Transaction()
{
    if (m_active) {
        if (m_store->d->unindexedDepth >= m_store->d->transactionDepth)
            m_store->d->unindexedDepth = 0;   // its rows go with the rollback
        if (m_nested) {
            execSql(m_store->d->db, "ROLLBACK TO ca_transaction");
            execSql(m_store->d->db, "RELEASE ca_transaction");
        } else {
            execSql(m_store->d->db, "ROLLBACK");
        }
        --m_store->d->transactionDepth;
    }
}

Status Store::Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::StoreIo, QStringLiteral("no transaction is open"));
    if (m_store->d->unindexedDepth > 0 && m_store->d->unindexedDepth >= m_store->d->transactionDepth)
        return Error(ErrorCode::Internal, QStringLiteral("a bulk insert ended unfinished: its resources have no spatial index"));
    Error error = execSql(m_store->d->db, m_nested ? "RELEASE ca_transaction" : "COMMIT");
    if (!isOk(error))
        return error;   // the destructor rolls back
    m_active = false;
    --m_store->d->transactionDepth;
    return {};
}

namespace {

constexpr qint64 DefaultFtsHashSize = 1024 * 1024;   // FTS5's own default
constexpr qint64 BulkFtsHashSize = 32 * 1024 * 1024;

Error setFtsHashSize(sqlite3 *db, qint64 bytes)
{
    SqliteStatement set(db, "INSERT INTO ca_resource_search (ca_resource_search, rank) VALUES ('hashsize', ?)");
    set.bind(1, bytes);
    return set.exec() ? Error(ErrorCode::None) : set.lastError();
}

} // namespace

Store::BulkInsert::BulkInsert(Store &store) : m_store(&store)
{
    Private &d = *store.d;
    if (d.transactionDepth == 0 || d.bulkRtree) {
        m_error = Error(ErrorCode::InvalidArgument, d.bulkRtree ? QStringLiteral("a bulk insert is already running")
                                                                : QStringLiteral("a bulk insert needs an open transaction"));
        return;
    }
    SqliteStatement next(d.db, "SELECT coalesce(max(fid), 0) + 1 FROM resources");
    if (!next.next()) {
        m_error = next.lastError();
        return;
    }
    m_firstFid = next.int64(0);
    m_error = schema::suspendRtreeInsertTrigger(d.db, QStringLiteral("resources"));
    if (!isOk(m_error))
        return;
    // FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MiB
    // by default): a bulk load keeps a batch's terms together and merges less. Restored after.
    SqliteStatement hashSize(d.db, "SELECT v FROM ca_resource_search_config WHERE k = 'hashsize'");
    m_ftsHashSize = hashSize.next() ? hashSize.int64(0) : DefaultFtsHashSize;
    if (Error error = setFtsHashSize(d.db, BulkFtsHashSize); !isOk(error)) {
        schema::resumeRtreeInsertTrigger(d.db, QStringLiteral("resources"), std::nullopt);
        m_error = error;
        return;
    }
    m_active = true;
    m_depth = d.transactionDepth;
    m_builder = std::make_unique<RtreeBuilder>();
    d.bulkRtree = m_builder.get();
    d.bulkOtherWrites = false;
}

Store::BulkInsert::~BulkInsert()
{
    if (!m_active)
        return;
    // Unfinished (an error or a cancel on the way): the rows stay without their index, so the
    // transaction must not commit; the trigger comes back for whatever follows the rollback.
    Private &d = *m_store->d;
    d.bulkRtree = nullptr;
    m_builder.reset();
    schema::resumeRtreeInsertTrigger(d.db, QStringLiteral("resources"), std::nullopt);
    setFtsHashSize(d.db, m_ftsHashSize);
    if (d.unindexedDepth == 0 || d.unindexedDepth > m_depth)
        d.unindexedDepth = m_depth;
}

Status Store::BulkInsert::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    Private &d = *m_store->d;
    d.bulkRtree = nullptr;
    const std::unique_ptr<RtreeBuilder> builder = std::move(m_builder);
    const QString table = QStringLiteral("resources");
    const QString rtree = QStringLiteral("rtree_resources_geom");

    // The worker's tree replaces the store's when the store's held nothing and nothing but
    // this load's inserts touched resources (every located new row is in the worker's tree,
    // no other); otherwise the new rows are indexed by SQL, through the R*Tree module.
    bool copied = false;
    if (!d.bulkOtherWrites) {
        SqliteStatement empty(d.db, "SELECT NOT EXISTS (SELECT 1 FROM rtree_resources_geom_rowid)");
        SqliteStatement located(d.db, "SELECT count(*) FROM resources WHERE fid >= ? AND geom NOT NULL AND NOT ST_IsEmpty(geom)");
        located.bind(1, m_firstFid);
        if (empty.next() && empty.int64(0) == 1 && located.next() && located.int64(0) == builder->queued()) {
            auto done = builder->copyInto(d.db, rtree);
            if (!done)
                return done.error();
            copied = *done;
        }
    }
    Error error = schema::resumeRtreeInsertTrigger(d.db, table, copied ? std::nullopt : std::optional<qint64>(m_firstFid));
    if (isOk(error))
        error = setFtsHashSize(d.db, m_ftsHashSize);
    if (!isOk(error)) {
        d.unindexedDepth = d.unindexedDepth == 0 ? m_depth : std::min(d.unindexedDepth, m_depth);
        return error;
    }
    return {};
}

} // namespace careatlas
