// careatlas-cli's full module (careatlas-cli-gis): every command, with GDAL and QtGui. The light
// executable (main.cpp) loads it for the commands it does not run itself and hands it the
// command line untouched, before it has made an application object of its own.
#include "app/cli/CliCommand.h"
#include "app/cli/CliMain.h"
#include "app/cli/StatsFiles.h"
#include "core/Platform.h"
#include "core/store/Store.h"

#include <QGuiApplication>

#include <gdal.h>

extern "C" Q_DECL_EXPORT int careatlas_cli_full_main(int argc, char **argv)
{
    using namespace careatlas;
    platform::installMessageFilter();
    Store::configureSqlite();
    // The CLI renders maps with QPainter but never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("careatlas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREATLAS_VERSION));
    platform::useBundledGeoData();
    GDALAllRegister();
    cli::statsFileParts() = &cli::gisStatsFileParts;
    return cli::runCommandLine(app.arguments().mid(1), [] {
        return QStringLiteral("careatlas-cli %1 (Qt %2, GDAL %3)")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")));
    });
}
