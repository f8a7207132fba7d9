#include "core/store/Store.h"

#include "core/export/SafeFile.h"
#include "core/store/SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <memory>

namespace careatlas {

namespace {
const QString CopyWorkPrefix = QStringLiteral(".careatlas-copy-");
}

Status Store::saveCopy(const QString &target) const
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath())
        return Error(ErrorCode::FileExists).inFile(target);
    if (Status writable = checkWritableTarget(target); !writable)
        return writable;
    removeAbandonedWork(folder, CopyWorkPrefix);
    QString work;
    {
        QTemporaryFile reserve(workNameTemplate(folder, CopyWorkPrefix));
        if (!reserve.open())
            return fileWriteError(target, reserve);
        reserve.setAutoRemove(false);
        work = reserve.fileName();   // empty: VACUUM INTO accepts an empty file
    }
    const auto discardWork = [&work] { QFile::remove(work); };
    // VACUUM INTO opens its target with the connection's flags: a connection opened read-only
    // could not write the copy. Its own connection reads the store (mode=ro in the URI) and may
    // create the copy.
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path()).absoluteFilePath()).toEncoded() + "?mode=ro";
    if (!canWrite(path()))
        uri += "&immutable=1";
    sqlite3 *db = nullptr;
    const int opened = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close_v2);
    if (opened != SQLITE_OK) {
        discardWork();
        return sqliteError(db, opened).inFile(path());
    }
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    SqliteStatement vacuum(db, "VACUUM INTO ?");
    if (!vacuum.isValid()) {
        discardWork();
        return vacuum.prepareError().inFile(path());
    }
    vacuum.bind(1, work);
    if (!vacuum.exec()) {
        Error error = vacuum.lastError();
        discardWork();
        return error.code == ErrorCode::DiskFull ? error.inFile(target) : error.inFile(path());
    }
    {
        // A temporary file is private to its owner; a store gets the usual permissions.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        std::error_code ignored;
        std::filesystem::permissions(work.toStdString(), std::filesystem::perms(0666 & ~mask), ignored);
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(target + QString::fromLatin1(suffix));
    std::error_code renameError;
    std::filesystem::rename(work.toStdString(), info.absoluteFilePath().toStdString(), renameError);
    if (renameError) {
        discardWork();
        return fileWriteError(target, QString::fromLocal8Bit(renameError.message().c_str()));
    }
    return {};
}

} // namespace careatlas
