#include "app/cli/CliCommand.h"

#include "geo/basemap/BaseMap.h"
#include "geo/basemap/TilePackage.h"
#include "geo/basemap/TileSource.h"
#include "geo/render/StoreScene.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace careatlas::cli {

namespace {

int runPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Make an offline base map package (MBTiles) of an area from a tile service, for computers without internet."));
    addHelpOption(parser);
    const QCommandLineOption sourceOption(QStringLiteral("source"), QCoreApplication::translate("cli", "A preset (gsi-std, gsi-pale, gsi-photo) or a tile URL with {z}/{x}/{y}"), QStringLiteral("SOURCE"));
    const QCommandLineOption areaOption(QStringLiteral("area"), QCoreApplication::translate("cli", "The area of the store (--store) by name or code, e.g. 金沢市"), QStringLiteral("NAME"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QCoreApplication::translate("cli", "The store whose area --area names"), QStringLiteral("STORE"));
    const QCommandLineOption bboxOption(QStringLiteral("bbox"), QCoreApplication::translate("cli", "The area as WEST,SOUTH,EAST,NORTH in degrees"), QStringLiteral("W,S,E,N"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"), QCoreApplication::translate("cli", "Zoom levels, e.g. 10-16 (default 10-16)"), QStringLiteral("MIN-MAX"), QStringLiteral("10-16"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "The package to write (.mbtiles)"), QStringLiteral("FILE"));
    const QCommandLineOption attributionOption(QStringLiteral("attribution"), QCoreApplication::translate("cli", "The credit line a custom source's provider asks for (stored in the package)"), QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOptions({sourceOption, areaOption, storeOption, bboxOption, zoomOption, outOption, attributionOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli tiles package")} + arguments))
        return reportUsage(QStringLiteral("tiles package"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    if (!parser.isSet(sourceOption) || !parser.isSet(outOption))
        return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "--source and --out are required"));
    if (parser.isSet(areaOption) == parser.isSet(bboxOption))
        return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "give either --area NAME (with --store) or --bbox W,S,E,N"));
    const QStringList zooms = parser.value(zoomOption).split(QLatin1Char('-'));
    bool minOk = false, maxOk = false;
    const int minZoom = zooms.value(0).toInt(&minOk);
    const int maxZoom = zooms.size() == 1 ? minZoom : zooms.value(1).toInt(&maxOk);
    if (!minOk || (zooms.size() == 2 && !maxOk) || zooms.size() > 2 || minZoom < 0 || maxZoom > 22 || minZoom > maxZoom)
        return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "--zoom must be MIN-MAX between 0 and 22, e.g. 10-16"));
    if (!parser.value(outOption).endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive))
        return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "the output must be an .mbtiles file"));

    auto source = geo::TileSource::parse(parser.value(sourceOption));
    if (!source)
        return reportError(source.error(), json);
    if (parser.isSet(attributionOption) && source->id == QLatin1String("custom"))
        source->attribution = parser.value(attributionOption);

    geo::TilePackageRequest request;
    request.source = *source;
    request.minZoom = minZoom;
    request.maxZoom = maxZoom;
    request.out = parser.value(outOption);
    if (parser.isSet(bboxOption)) {
        const QStringList parts = parser.value(bboxOption).split(QLatin1Char(','));
        double v[4] = {};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3] || std::abs(v[0]) > 180 || std::abs(v[2]) > 180 || std::abs(v[1]) > 85 || std::abs(v[3]) > 85)
            return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "--bbox must be WEST,SOUTH,EAST,NORTH in degrees, e.g. 136.5,36.4,136.8,36.7"));
        request.bounds = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    } else {
        if (!parser.isSet(storeOption))
            return reportUsage(QStringLiteral("tiles package"), QCoreApplication::translate("cli", "--area needs --store STORE"));
        auto scene = geo::buildSceneFromStore(parser.value(storeOption));
        if (!scene)
            return reportError(scene.error(), json);
        const QString wanted = parser.value(areaOption);
        const geo::SceneArea *found = nullptr;
        for (const geo::SceneAreaLevel &level : (*scene)->levels)
            for (const geo::SceneArea &area : level.areas)
                if (!found && (area.name == wanted || area.code == wanted))
                    found = &area;
        if (!found)
            return reportError(Error(ErrorCode::NotFound, wanted).inFile(parser.value(storeOption)), json);
        request.bounds = geo::BaseMap::footprint((*scene)->projection, found->bounds);
    }

    const qint64 total = geo::countPackageTiles(request.bounds, minZoom, maxZoom);
    int lastPercent = -1;
    auto report = geo::writeTilePackage(request, [&](int done, int all) {
        if (!json && lastPercent < 0)
            printLine(QCoreApplication::translate("cli", "Fetching %1 tiles from %2 (credit: %3)…").arg(total).arg(source->name, source->attribution));
        const int percent = all > 0 ? done * 100 / all : 100;
        if (!json && percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "%d %%\n", percent);
            lastPercent = percent;
        }
        return true;
    });
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), request.out},
                                            {QStringLiteral("tiles"), report->tiles},
                                            {QStringLiteral("written"), report->written},
                                            {QStringLiteral("failed"), report->failed},
                                            {QStringLiteral("bytes"), double(report->bytes)},
                                            {QStringLiteral("attribution"), source->attribution},
                                            {QStringLiteral("min_zoom"), minZoom},
                                            {QStringLiteral("max_zoom"), maxZoom}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Wrote %1: %2 of %3 tiles (%4 KB); %5 not available.")
                      .arg(request.out)
                      .arg(report->written)
                      .arg(report->tiles)
                      .arg(report->bytes / 1024)
                      .arg(report->failed));
    }
    return ExitOk;
}

} // namespace

int runTiles(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("package"))
        return runPackage(arguments.mid(1));
    if (arguments.value(0) == QLatin1String("--help") || arguments.value(0) == QLatin1String("-h") || arguments.isEmpty()) {
        printLine(QCoreApplication::translate("cli", "Usage: careatlas-cli tiles package --source SOURCE (--area NAME --store STORE | --bbox W,S,E,N) --zoom MIN-MAX --out FILE.mbtiles"));
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    return reportUsage(QStringLiteral("tiles"), QCoreApplication::translate("cli", "unknown subcommand %1 (try: package)").arg(arguments.value(0)));
}

} // namespace careatlas::cli
