#pragma once

// What careatlas-cli does once its application object exists, shared by the light executable
// (app/cli/main.cpp: QtCore and the store only) and the full module (app/cli/FullMain.cpp: GDAL,
// QtGui), so that both print the same help, messages and exit codes.

#include <QString>
#include <QStringList>

#include <functional>

namespace careatlas::cli {

// The command line less its first --lang option (`--lang L` or `--lang=L`): the language asked
// for and the other arguments, in order.
struct LanguageSplit {
    QString language;
    QStringList arguments;
};
LanguageSplit takeLanguage(QStringList arguments);

// Whether the light executable runs this command line (arguments without the program's name)
// itself: the usage, --help, an unknown command and every command whose `run` it has. Anything
// else (--version, commands that need GDAL or QtGui) goes to the full module.
bool runsInLightProcess(const QStringList &arguments);

// Language, usage, --help, --version (`versionLine`; empty in the light executable, which sends
// --version to the full module), then the command, a lack of memory reported in the user's
// language. Returns the exit code, or ExitNeedsFull (CliCommand.h) when the command needs the
// full module and this process does not have it.
int runCommandLine(const QStringList &arguments, const std::function<QString()> &versionLine);

} // namespace careatlas::cli
