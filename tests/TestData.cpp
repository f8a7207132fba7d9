#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

namespace careatlas::test {

QString sourceDir() { return QStringLiteral(CAREATLAS_SOURCE_DIR); }
QString binaryDir() { return QStringLiteral(CAREATLAS_BINARY_DIR); }

QString sharedDataFile(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(CAREATLAS_SHARED_DATA_DIR)).filePath(relativePath);
    if (QFileInfo::exists(path))
        return QFileInfo(path).absoluteFilePath();
    const QString message = QStringLiteral("real test data missing: %1").arg(path);
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL(message.toStdString());
    WARN(message.toStdString() << " (skipped; set CI to make this a failure)");
    return {};
}

} // namespace careatlas::test
