#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace careatlas::test {

struct ProcessResult {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs a program built by this project (e.g. "app/careatlas-cli") with arguments, offscreen
// and in English unless the arguments say otherwise, and waits for it (at most `timeoutMs`).
ProcessResult runBuiltProgram(const QString &relativePath, const QStringList &arguments, int timeoutMs = 120000);

// Runs any program the same way, in `workingDirectory` (empty: the current one), with the
// environment changed by `environment` (an empty value removes the variable).
// A writable copy of the built demo store in `dir` (its path).
QString copyDemoStore(const QTemporaryDir &dir);

ProcessResult runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
                         const QList<QPair<QString, QString>> &environment = {}, int timeoutMs = 120000);

} // namespace careatlas::test
