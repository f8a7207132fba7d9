// The one test main shared by every test program. It makes the Qt application object the
// tested library needs (core: QCoreApplication, geo: QGuiApplication, app: QApplication) with
// the offscreen platform, so tests run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/store/Store.h"

#include <QCoreApplication>
#if CAREATLAS_TEST_APP_KIND >= 2
#include <QGuiApplication>
#endif
#if CAREATLAS_TEST_APP_KIND >= 3
#include <QApplication>
#endif
#if CAREATLAS_TEST_APP_KIND >= 2
#include <gdal.h>
#endif

#include <cstdlib>
#include <memory>

int main(int argc, char **argv)
{
    careatlas::Store::configureSqlite();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
#if CAREATLAS_TEST_APP_KIND >= 2
    GDALAllRegister();
#endif
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
#if CAREATLAS_TEST_APP_KIND == 1
    QCoreApplication app(qtArgc, qtArgv);
#elif CAREATLAS_TEST_APP_KIND == 2
    QGuiApplication app(qtArgc, qtArgv);
#else
    QApplication app(qtArgc, qtArgv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("CareAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("careatlas-tests"));
    return Catch::Session().run(argc, argv);
}
