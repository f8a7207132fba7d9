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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CareAtlas — regional resource map (地域資源マップ)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("Store to open (.gpkg, or a server: postgresql://… or service=NAME); default: the last one, else the demo data"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: ja or en"), QStringLiteral("LANG"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("Open STORE, save a screenshot of the window to FILE once the map is drawn, and quit"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("Start with the filter in FILE (JSON, as saved presets are: categories, flags, text, area, near)"),
                                          QStringLiteral("FILE"));
    parser.addOption(langOption);
    parser.addOption(snapshotOption);
    parser.addOption(filterOption);
    // For looking at the statistics view in a snapshot (docs/statistics.md).
    const QCommandLineOption statisticsOption(QStringLiteral("show-statistics"), QStringLiteral("Show the Statistics panel in front"));
    parser.addOption(statisticsOption);
    parser.process(app);

    const QString requested = parser.isSet(langOption) ? parser.value(langOption) : careatlas::MainWindow::savedLanguage();
    careatlas::installTranslations(careatlas::chooseLanguage(requested));

    careatlas::MainWindow window;
    if (parser.isSet(filterOption)) {
        QFile file(parser.value(filterOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "careatlas: cannot read %s\n", qPrintable(parser.value(filterOption)));
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
            std::fprintf(stderr, "careatlas: no store to snapshot (give STORE; the demo data was not found)\n");
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
