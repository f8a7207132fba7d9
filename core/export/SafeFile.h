#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace careatlas {

// Writes `bytes` to a temporary file beside `path` and renames it to `path` when everything is
// written (QSaveFile): a full disk, a read-only folder or a killed process never leave a
// half-written file under the target's name. An existing target is replaced.
// Errors: FileWriteFailed (with the system's reason), DiskFull.
Status writeFileSafely(const QString &path, const QByteArray &bytes);

// The error for a failed write or rename of `file` at `path`: DiskFull when the system said
// "no space left", FileWriteFailed otherwise.
Error fileWriteError(const QString &path, const QFileDevice &file);
Error fileWriteError(const QString &path, const QString &systemMessage);

// The error for a failed write of `needed` bytes to `path`: DiskFull when the system said so or
// when the folder's file system has less than that left (a buffered write often reports only
// "Unknown error"), else FileWriteFailed with the system's reason.
Error writeFailure(const QString &path, const QString &systemMessage, qint64 needed);

// Work written aside before it is renamed into place (an export's temporary folder, a new
// store being initialised) is named "<prefix><process id>-XXXXXX" in the target's folder
// (a QTemporaryDir / QTemporaryFile template), so that a later run can tell the work of a
// killed process from that of one still running: removeAbandonedWork deletes every entry of
// `folder` starting with `prefix` whose process is gone, and returns how many it removed.
QString workNameTemplate(const QString &folder, const QString &prefix);
int removeAbandonedWork(const QString &folder, const QString &prefix);

// Whether `path`'s folder exists and is writable (checked before long exports start).
Status checkWritableTarget(const QString &path);

} // namespace careatlas
