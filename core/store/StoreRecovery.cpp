#include "core/store/StoreRecovery.h"

#include "core/export/SafeFile.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

#include <sqlite3.h>

namespace careatlas {

Result<QStringList> checkStoreFully(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::FileNotFound).inFile(path);
    QStringList problems;
    if (const Error shape = storecheck::checkFileShape(path); shape.code == ErrorCode::StoreNotAGeoPackage)
        return shape;
    else if (shape.code != ErrorCode::None)
        problems << shape.detail;
    auto store = Store::open(path, Store::OpenMode::Salvage);
    if (!store)
        return store.error();
    sqlite3 *db = (*store)->handle();
    // FTS5 checks its index through a write statement that changes nothing: allowed where the
    // store can be written, inside a transaction that is rolled back.
    const bool searchIndex = execSqlOk(db, "BEGIN");
    problems += storecheck::fullCheck(db, false);
    if (problems.isEmpty() && searchIndex && QFileInfo(path).isWritable()) {
        sqlite3 *writer = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(writer, Store::BusyTimeoutMs);
            if (execSqlOk(writer, "BEGIN")) {
                const Error error = execSql(writer, "INSERT INTO ca_resource_search (ca_resource_search, rank) VALUES ('integrity-check', 1)");
                if (error.code != ErrorCode::None && error.code != ErrorCode::StoreBusy)
                    problems << QStringLiteral("ca_resource_search: %1").arg(error.detail);
                execSql(writer, "ROLLBACK");
            }
        }
        sqlite3_close_v2(writer);
    }
    execSql(db, "ROLLBACK");
    if (problems.isEmpty())
        storecheck::rememberSound(path);
    else
        storecheck::forget(path);
    return problems;
}

namespace {

const QString RecoverWorkPrefix = QStringLiteral(".careatlas-recover-");

Result<RecoveryReport> copyReadable(const QString &path, const QString &out, const std::function<Status(Store &)> &finish);

} // namespace

// The copy is made under a temporary name beside `out` and renamed when whole: a crash (or
// kill -9) leaves no half-made copy under `out`; what a killed run left is removed by the next.
Result<RecoveryReport> recoverStore(const QString &path, const QString &out, const std::function<Status(Store &)> &finish)
{
    const QFileInfo target(out);
    if (target.exists())
        return Error(ErrorCode::FileExists).inFile(out);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error(ErrorCode::FileNotFound, folder).inFile(out);
    removeAbandonedWork(folder, RecoverWorkPrefix);
    QString work;
    {
        QTemporaryFile reserve(workNameTemplate(folder, RecoverWorkPrefix));
        if (!reserve.open())
            return Error(ErrorCode::FileWriteFailed, reserve.errorString()).inFile(out);
        reserve.setAutoRemove(false);
        work = reserve.fileName();
    }
    const auto discardWork = [&work] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(work + QString::fromLatin1(suffix));
    };
    auto report = copyReadable(path, work, finish);
    if (!report) {
        discardWork();
        Error error = report.error();
        if (error.file == work)
            error.inFile(out);
        return error;
    }
    std::error_code renameError;
    std::filesystem::rename(work.toStdString(), target.absoluteFilePath().toStdString(), renameError);
    if (renameError) {
        discardWork();
        return Error(ErrorCode::FileWriteFailed, QString::fromLocal8Bit(renameError.message().c_str())).inFile(out);
    }
    return report;
}

namespace {

// Copies what can be read of `path` into a new store at `out` (the store is closed on return).
Result<RecoveryReport> copyReadable(const QString &path, const QString &out, const std::function<Status(Store &)> &finish)
{
    auto damaged = Store::open(path, Store::OpenMode::Salvage);
    if (!damaged)
        return damaged.error();
    auto created = Store::create(out);
    if (!created)
        return created.error();
    Store &source = **damaged;
    Store &target = **created;
    RecoveryReport report;

    Store::Transaction transaction(target);
    const auto levels = source.areaLevels();
    if (!levels)
        report.skipped << QStringLiteral("area levels: %1").arg(levels.error().detail);
    for (const AreaLevel &level : levels ? *levels : QList<AreaLevel>()) {
        const auto areas = source.areas(level.code);
        if (!areas) {
            report.skipped << QStringLiteral("areas of %1: %2").arg(level.code, areas.error().detail);
            continue;
        }
        if (const Status added = target.ensureAreaLevel(level); !added) {
            report.skipped << QStringLiteral("area level %1: %2").arg(level.code, added.error().detail);
            continue;
        }
        if (const Status replaced = target.replaceAreas(level.code, *areas); !replaced) {
            report.skipped << QStringLiteral("areas of %1: %2").arg(level.code, replaced.error().detail);
            continue;
        }
        report.areas += areas->size();
    }
    const QList<Resource> resources = source.readableResources(&report.unreadableParts);
    for (const Resource &resource : resources) {
        if (const auto id = target.insertResource(resource); id)
            ++report.resources;
        else
            report.skipped << QStringLiteral("resource %1: %2").arg(resource.id).arg(id.error().detail);
    }
    for (const char *key : {"dataset_label_ja", "dataset_label_en"}) {
        const auto value = source.metaValue(QString::fromLatin1(key));
        if (value && !value->isEmpty())
            static_cast<void>(target.setMetaValue(QString::fromLatin1(key), *value));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (finish)
        if (Status finished = finish(target); !finished)
            return finished.error();
    return report;
}

} // namespace

} // namespace careatlas
