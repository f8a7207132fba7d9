#include "core/export/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace careatlas {

Error fileWriteError(const QString &path, const QString &systemMessage)
{
    const bool full = systemMessage.contains(qt_error_string(ENOSPC), Qt::CaseInsensitive)
        || systemMessage.contains(qt_error_string(EDQUOT), Qt::CaseInsensitive);
    return Error(full ? ErrorCode::DiskFull : ErrorCode::FileWriteFailed, systemMessage).inFile(path);
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
        Error error = fileWriteError(path, file);
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return fileWriteError(path, file);
    return {};
}

} // namespace careatlas
