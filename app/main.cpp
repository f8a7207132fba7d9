// careatlas: the desktop application.
#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/window/DemoStore.h"
#include "app/window/MainWindow.h"
#include "app/window/StatisticsController.h"
#include "core/Platform.h"
#include "core/server/PgConnection.h"
#include "core/store/Store.h"

#include <QApplication>
#include <QDockWidget>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <gdal.h>

#include <cstdio>

int main(int argc, char **argv)
{
    careatlas::platform::fitMallocToAddressSpaceLimit();
    careatlas::platform::installMessageFilter();
    careatlas::Store::configureSqlite();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CareAtlas"));
    QApplication::setApplicationName(QStringLiteral("CareAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(CAREATLAS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("careatlas"));   // the menu entry's icon and name (Wayland)
    careatlas::platform::useBundledGeoData();
    GDALAllRegister();

    // The language first (--lang, else the one saved in the window), so that --help and every
    // message below are in it too.
    QString requested = careatlas::MainWindow::savedLanguage();
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            requested = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            requested = arguments[i].mid(7);
    }
    careatlas::installTranslations(careatlas::chooseLanguage(requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("careatlas", "CareAtlas — regional resource map"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("careatlas", "Show this help"));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("careatlas", "Show the version"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("careatlas", "Store to open (.gpkg, or a server: postgresql://… or service=NAME); default: the last one, else the demo data"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("careatlas", "Language: ja or en"), QStringLiteral("LANG"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QCoreApplication::translate("careatlas", "Open STORE, save a screenshot of the window to FILE once the map is drawn, and quit"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QCoreApplication::translate("careatlas", "Start with the filter in FILE (JSON, as saved presets are: categories, flags, text, area, near)"),
                                          QStringLiteral("FILE"));
    parser.addOption(langOption);
    parser.addOption(snapshotOption);
    parser.addOption(filterOption);
    // For looking at the statistics view in a snapshot (docs/statistics.md).
    const QCommandLineOption statisticsOption(QStringLiteral("show-statistics"), QCoreApplication::translate("careatlas", "Show the Statistics panel in front"));
    parser.addOption(statisticsOption);
    parser.process(app);
    if (parser.isSet(helpOption))
        parser.showHelp();
    if (parser.isSet(versionOption))
        parser.showVersion();

    careatlas::MainWindow window;
    if (parser.isSet(filterOption)) {
        QFile file(parser.value(filterOption));
        if (!file.open(QIODevice::ReadOnly)) {
            const careatlas::ErrorCode code = file.exists() ? careatlas::ErrorCode::FileUnreadable : careatlas::ErrorCode::FileNotFound;
            std::fprintf(stderr, "careatlas: %s\n", qPrintable(careatlas::errorMessage(careatlas::Error(code).inFile(parser.value(filterOption)))));
            return 1;
        }
        auto filter = careatlas::ResourceFilter::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!filter) {
            std::fprintf(stderr, "careatlas: %s\n", qPrintable(careatlas::errorMessage(filter.error())));
            return 1;
        }
        window.setInitialFilter(*filter);
    }
    QString store = parser.positionalArguments().value(0);
    if (parser.isSet(snapshotOption)) {
        window.setSnapshotPath(parser.value(snapshotOption));
        if (store.isEmpty())
            store = careatlas::bundledDemoStorePath();
        if (store.isEmpty()) {
            std::fprintf(stderr, "careatlas: %s\n", qPrintable(QCoreApplication::translate("careatlas", "no store to take a screenshot of (give STORE; the demo data was not found)")));
            return 1;
        }
        window.resize(1600, 1000);
    } else if (store.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("session/lastStore")).toString();
        if (!last.isEmpty() && (QFileInfo::exists(last) || careatlas::PgConnection::isConnectionString(last))) {
            store = last;
        } else if (auto demo = careatlas::userDemoStorePath()) {
            store = *demo;
        }
    }
    window.show();
    if (parser.isSet(statisticsOption)) {
        window.statistics()->dock()->show();
        window.statistics()->dock()->raise();
    }
    if (!store.isEmpty())
        window.openStore(store);
    return app.exec();
}
