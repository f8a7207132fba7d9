#pragma once

#include <QString>
#include <QStringList>

namespace careatlas::test {

struct ProcessResult {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs a program built by this project (e.g. "app/careatlas-cli") with arguments, offscreen
// and in English unless the arguments say otherwise, and waits for it (at most `timeoutMs`).
ProcessResult runBuiltProgram(const QString &relativePath, const QStringList &arguments, int timeoutMs = 120000);

} // namespace careatlas::test
