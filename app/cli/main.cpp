// careatlas-cli: the headless front end over the same libraries as the GUI.
//
// The executable links QtCore, SQLite and core/ only, so that it starts in a fraction of the
// time a program linking GDAL, QtGui and their ~150 libraries takes (the dynamic linker's
// relocations were most of `query`'s and `stats`' time). It runs the commands that need no more
// (query, stats, init, locate, …: Commands.cpp) and the help itself; for every other command
// line it loads the full module, careatlas-cli-gis (FullMain.cpp: GDAL, QtGui, every command),
// from beside itself or from ../lib/careatlas, and hands it the command line untouched.
#include "app/cli/CliCommand.h"
#include "app/cli/CliMain.h"
#include "app/i18n/Translations.h"
#include "core/Platform.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <csignal>
#include <cstdio>

using namespace careatlas;

namespace {

#ifndef CAREATLAS_CLI_MODULE_FROM_BIN
#define CAREATLAS_CLI_MODULE_FROM_BIN "../lib/careatlas"
#endif

QStringList commandLine(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// The full module's entry point, or the reason it could not be loaded.
using FullMain = int (*)(int, char **);
FullMain loadFullModule(QString *problem)
{
    const QDir binDir(platform::executableDir());
    QStringList problems;
    for (const QString &folder : {binDir.path(), QDir::cleanPath(binDir.filePath(QStringLiteral(CAREATLAS_CLI_MODULE_FROM_BIN)))}) {
        // Never unloaded: the module's Qt and GDAL state lives until the process ends.
        auto *library = new QLibrary(QDir(folder).filePath(QStringLiteral("careatlas-cli-gis")));
        if (library->load()) {
            if (auto entry = reinterpret_cast<FullMain>(library->resolve("careatlas_cli_full_main")))
                return entry;
        }
        problems << library->errorString();
        delete library;
    }
    *problem = problems.join(QStringLiteral("; "));
    return nullptr;
}

int runFull(int argc, char **argv)
{
    QString problem;
    if (const FullMain entry = loadFullModule(&problem))
        return entry(argc, argv);
    QCoreApplication app(argc, argv);
    installTranslations(chooseLanguage(cli::takeLanguage(app.arguments().mid(1)).language));
    std::fputs((QCoreApplication::translate("cli", "careatlas-cli: this command needs the part of careatlas-cli that reads GIS files "
                                                   "and draws maps (careatlas-cli-gis), which could not be loaded: %1. Install CareAtlas again.")
                    .arg(problem)
                + QLatin1Char('\n')).toUtf8().constData(), stderr);
    return cli::ExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    platform::fitMallocToAddressSpaceLimit();
    // A write past the process's file size limit then fails with EFBIG, reported as a full
    // disk with the file's name, instead of the process being killed without a word.
    std::signal(SIGXFSZ, SIG_IGN);
    // CAREATLAS_CLI_FULL=1 runs everything in the full module, as before the split (tests
    // compare both ways: tests/app/cli/CliLightStartTest.cpp).
    if (!qEnvironmentVariableIsEmpty("CAREATLAS_CLI_FULL") || !cli::runsInLightProcess(commandLine(argc, argv)))
        return runFull(argc, argv);

    platform::installMessageFilter();
    Store::configureSqlite();
    int exitCode = cli::ExitNeedsFull;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("CareAtlas"));
        QCoreApplication::setApplicationName(QStringLiteral("careatlas-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CAREATLAS_VERSION));
        exitCode = cli::runCommandLine(app.arguments().mid(1), {});
    }
    // A command that found, before printing anything, that its options need the full module
    // (stats --out, --coverage-km): run the whole command line there.
    if (exitCode == cli::ExitNeedsFull)
        return runFull(argc, argv);
    return exitCode;
}
