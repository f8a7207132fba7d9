#include "app/window/DemoStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

// Where `cmake --install` puts the data, relative to the programs' folder (set by app/CMakeLists.txt).
#ifndef CAREATLAS_DATA_FROM_BIN
#define CAREATLAS_DATA_FROM_BIN "../share/careatlas"
#endif

namespace careatlas {

QString bundledDemoStorePath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    // The build tree (build/app/careatlas, build/data/demo.gpkg), then the installed layout.
    for (const QString &candidate : {appDir.filePath(QStringLiteral("../data/demo.gpkg")),
                                     appDir.filePath(QStringLiteral(CAREATLAS_DATA_FROM_BIN "/demo.gpkg"))}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

Result<QString> userDemoStorePath()
{
    const QString bundled = bundledDemoStorePath();
    if (bundled.isEmpty())
        return Error(ErrorCode::FileNotFound, QStringLiteral("demo.gpkg")).inFile(QCoreApplication::applicationDirPath());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::FileWriteFailed).inFile(folder);
    const QString target = QDir(folder).filePath(QStringLiteral("demo.gpkg"));
    const QFileInfo targetInfo(target), bundledInfo(bundled);
    if (targetInfo.exists() && targetInfo.lastModified() >= bundledInfo.lastModified())
        return target;
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(bundled, partial)) {
        QFile::remove(partial);
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("copy")).inFile(partial);
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    if (!QFile::rename(partial, target))
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("rename")).inFile(target);
    return target;
}

} // namespace careatlas
