#include "CliRunner.h"

#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace careatlas::test {

ProcessResult runBuiltProgram(const QString &relativePath, const QStringList &arguments, int timeoutMs)
{
    return runProgram(binaryDir() + QLatin1Char('/') + relativePath, arguments, {}, {}, timeoutMs);
}

ProcessResult runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                         const QList<QPair<QString, QString>> &changes, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : changes) {
        if (value.isEmpty())
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.standardError = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString copyDemoStore(const QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    return store;
}

} // namespace careatlas::test
