#include "core/export/SafeFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>

#include <signal.h>
#include <unistd.h>

namespace careatlas {

Error fileWriteError(const QString &path, const QString &systemMessage)
{
    const bool full = systemMessage.contains(qt_error_string(ENOSPC), Qt::CaseInsensitive)
        || systemMessage.contains(qt_error_string(EDQUOT), Qt::CaseInsensitive)
        || systemMessage.contains(qt_error_string(EFBIG), Qt::CaseInsensitive);
    return Error(full ? ErrorCode::DiskFull : ErrorCode::FileWriteFailed, systemMessage).inFile(path);
}

Error writeFailure(const QString &path, const QString &systemMessage, qint64 needed)
{
    const int savedErrno = errno;
    QString message = systemMessage;
    if (message.isEmpty() || message == QLatin1String("Unknown error"))
        message = savedErrno != 0 ? qt_error_string(savedErrno) : message;
    Error error = fileWriteError(path, message);
    if (error.code != ErrorCode::DiskFull) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < std::max<qint64>(needed, 1) + 4096) {
            error.code = ErrorCode::DiskFull;
            error.detail = qt_error_string(ENOSPC) + (message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
        }
    }
    return error;
}

Error fileWriteError(const QString &path, const QFileDevice &file)
{
    return fileWriteError(path, file.errorString());
}

Status checkWritableTarget(const QString &path)
{
    const QFileInfo target(path);
    if (target.fileName().isEmpty())
        return Error(ErrorCode::InvalidArgument, path).inFile(path);
    if (target.isDir())
        return Error(ErrorCode::FileWriteFailed, qt_error_string(EISDIR)).inFile(path);
    if (target.exists() && !target.isFile())   // a device, a pipe: QSaveFile would rename over it
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("not a regular file")).inFile(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return Error(ErrorCode::FileWriteFailed, qt_error_string(ENOENT)).inFile(target.absolutePath());
    if (!folder.isWritable())
        return Error(ErrorCode::FileWriteFailed, qt_error_string(EACCES)).inFile(target.absolutePath());
    return {};
}

Status writeFileSafely(const QString &path, const QByteArray &bytes)
{
    if (Status s = checkWritableTarget(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileWriteError(path, file);
    if (file.write(bytes) != bytes.size()) {
        Error error = writeFailure(path, file.errorString(), bytes.size());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return writeFailure(path, file.errorString(), bytes.size());
    return {};
}

QString workNameTemplate(const QString &folder, const QString &prefix)
{
    return QDir(folder).filePath(QStringLiteral("%1%2-XXXXXX").arg(prefix).arg(qint64(::getpid())));
}

int removeAbandonedWork(const QString &folder, const QString &prefix)
{
    int removed = 0;
    const QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &entry : entries) {
        // "<prefix><pid>-XXXXXX": abandoned when that process no longer runs. A name without a
        // process id (written by an older version) counts as abandoned after a day.
        const QString rest = entry.fileName().mid(prefix.size());
        bool numeric = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&numeric);
        bool abandoned = false;
        if (numeric && pid > 0)
            abandoned = pid != ::getpid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
        else
            abandoned = entry.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
        if (!abandoned)
            continue;
        const bool ok = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively() : QFile::remove(entry.absoluteFilePath());
        removed += ok ? 1 : 0;
    }
    return removed;
}

} // namespace careatlas
