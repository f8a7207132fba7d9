#include "app/cli/CliCommand.h"

#include "app/cli/ExportFilter.h"
#include "app/cli/StatisticsMapOptions.h"
#include "app/i18n/Translations.h"
#include "core/store/Store.h"
#include "geo/basemap/BaseMap.h"
#include "geo/query/StoreFilter.h"
#include "geo/render/MapRenderer.h"
#include "geo/render/RasterBackground.h"
#include "geo/render/ExtentScene.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <optional>

namespace careatlas::cli {

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Render the map of a store (its full extent) to a PNG or JPEG image."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "Image file to write (.png or .jpg)"), QStringLiteral("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QCoreApplication::translate("cli", "Width in pixels (default 1600)"), QStringLiteral("PIXELS"), QStringLiteral("1600"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QCoreApplication::translate("cli", "Height in pixels (default 1200)"), QStringLiteral("PIXELS"), QStringLiteral("1200"));
    const QCommandLineOption ratioOption(QStringLiteral("pixel-ratio"), QCoreApplication::translate("cli", "Device pixel ratio, e.g. 2 for a HiDPI image (default 1)"), QStringLiteral("RATIO"), QStringLiteral("1"));
    const QCommandLineOption legendOption(QStringLiteral("legend"), QCoreApplication::translate("cli", "Draw the legend"));
    const QCommandLineOption noClustersOption(QStringLiteral("no-clusters"), QCoreApplication::translate("cli", "Draw every resource, never counted clusters"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    const QCommandLineOption backgroundOption(QStringLiteral("background"), QCoreApplication::translate("cli", "A raster map drawn under the areas (GeoTIFF, MBTiles…)"), QStringLiteral("FILE"));
    const QCommandLineOption centreOption(QStringLiteral("centre"), QCoreApplication::translate("cli", "Centre of the view as LAT,LON (default: the store's full extent)"), QStringLiteral("LAT,LON"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QCoreApplication::translate("cli", "Scale denominator with --centre, e.g. 10000 for 1:10,000 (default 25000)"), QStringLiteral("N"), QStringLiteral("25000"));
    const QCommandLineOption baseMapOption(QStringLiteral("basemap"), QCoreApplication::translate("cli", "Base map tiles under the areas: a preset (gsi-std, gsi-pale, gsi-photo, osm), a tile URL or an .mbtiles/.gpkg package"), QStringLiteral("SOURCE"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"), QCoreApplication::translate("cli", "With --basemap: only tiles already in the cache, no network"));
    parser.addOptions({outOption, widthOption, heightOption, ratioOption, legendOption, noClustersOption, jsonOption, backgroundOption, centreOption, scaleOption,
                       baseMapOption, offlineOption});
    addExportFilterOptions(parser);
    addStatisticsMapOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli render")} + arguments))
        return reportUsage(QStringLiteral("render"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "expected exactly one STORE path"));
    if (!parser.isSet(outOption))
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "--out FILE is required"));
    bool widthOk = false, heightOk = false, ratioOk = false;
    const int width = parser.value(widthOption).toInt(&widthOk);
    const int height = parser.value(heightOption).toInt(&heightOk);
    const double ratio = parser.value(ratioOption).toDouble(&ratioOk);
    if (!widthOk || !heightOk || width < 64 || height < 64 || width > 20000 || height > 20000)
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "width and height must be between 64 and 20000 pixels"));
    if (!ratioOk || ratio < 0.5 || ratio > 4)
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "the pixel ratio must be between 0.5 and 4"));
    const QString out = parser.value(outOption);
    const QByteArray format = QFileInfo(out).suffix().toLower().toLatin1();
    if (format != "png" && format != "jpg" && format != "jpeg")
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "the output must be a .png or .jpg file"));
    const bool json = parser.isSet(jsonOption);
    std::optional<QPointF> centre;   // longitude, latitude
    if (parser.isSet(centreOption)) {
        const QStringList parts = parser.value(centreOption).split(QLatin1Char(','));
        bool latOk = false, lonOk = false;
        const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&latOk) : 0;
        const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&lonOk) : 0;
        if (!latOk || !lonOk || std::abs(lat) > 90 || std::abs(lon) > 180)
            return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "--centre must be LAT,LON in degrees, e.g. 36.56,136.65"));
        centre = QPointF(lon, lat);
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale < 200 || scale > 50000000)
        return reportUsage(QStringLiteral("render"), QCoreApplication::translate("cli", "the scale must be between 200 and 50000000"));
    std::shared_ptr<const geo::RasterBackground> background;
    if (parser.isSet(backgroundOption)) {
        auto opened = geo::RasterBackground::open(parser.value(backgroundOption));
        if (!opened)
            return reportError(opened.error(), json);
        background = *opened;
    }

    std::shared_ptr<geo::BaseMap> baseMap;
    if (parser.isSet(baseMapOption)) {
        auto opened = geo::BaseMap::open(parser.value(baseMapOption), {parser.isSet(offlineOption), nullptr});
        if (!opened)
            return reportError(opened.error(), json);
        baseMap = *opened;
    }

    // Only what the frame shows is read (ExtentScene.h): the areas and resources whose R*Tree
    // boxes meet the view, the areas' stored outlines at the detail the scale needs, the
    // retired resources left out by the query. Filter and statistics options also read the
    // catalogue and the resources (the snapshot) to find their matches and counts.
    const QString storePath = parser.positionalArguments().constFirst();
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    static const QStringList frameOptions{QStringLiteral("out"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("pixel-ratio"),
                                          QStringLiteral("legend"), QStringLiteral("no-clusters"), QStringLiteral("json"), QStringLiteral("background"),
                                          QStringLiteral("centre"), QStringLiteral("scale"), QStringLiteral("basemap"), QStringLiteral("offline"),
                                          QStringLiteral("h"), QStringLiteral("help")};
    const bool readsResources = std::any_of(parser.optionNames().cbegin(), parser.optionNames().cend(),
                                            [](const QString &name) { return !frameOptions.contains(name); });
    ResourceFilter filter;
    geo::StatisticsMapRequest statisticsMap;
    geo::ExtentSceneOptions options;
    if (readsResources) {
        auto snapshot = ResourceSnapshot::load(**store);
        if (!snapshot)
            return reportError(snapshot.error(), json);
        auto parsed = readExportFilter(**store, **snapshot, parser);
        if (!parsed)
            return parsed.error().code == ErrorCode::InvalidArgument ? reportUsage(QStringLiteral("render"), parsed.error().detail) : reportError(parsed.error(), json);
        filter = *parsed;
        auto request = readStatisticsMapRequest(parser, **snapshot);
        if (!request)
            return reportUsage(QStringLiteral("render"), request.error().detail);
        statisticsMap = *request;
        if (filter != ResourceFilter()) {
            // Only the filter's resources (retired ones left out unless it asks for them).
            auto filtered = geo::filterStore(**store, filter, *snapshot);
            if (!filtered)
                return reportError(filtered.error(), json);
            auto ids = std::make_shared<QSet<qint64>>();
            for (int row : filtered->result.rows)
                ids->insert(filtered->snapshot->resources[row].id);
            options.only = ids;
            options.hideRetired = false;
        }
    }
    auto frame = geo::readStoreFrame(**store);
    if (!frame)
        return reportError(frame.error(), json);
    auto viewport = geo::MapViewport::fitting(frame->extent, QSize(width, height), ratio);
    if (centre) {
        constexpr double MetresPerPixelAtScale1 = 0.0254 / 96.0;   // 96 logical pixels per inch
        viewport = geo::MapViewport(frame->projection.forward(centre->x(), centre->y()), scale * MetresPerPixelAtScale1, QSize(width, height), ratio);
    }
    // A margin of 64 pixels: symbols and clusters whose position lies just outside still show.
    const double margin = 64 * viewport.metresPerPixel();
    options.metresPerPixel = viewport.metresPerPixel() / ratio;
    auto scene = geo::buildSceneForExtent(**store, *frame, viewport.visibleMapRect().adjusted(-margin, -margin, margin, margin), options);
    if (!scene)
        return reportError(scene.error(), json);
    geo::RenderSettings settings;
    // The choropleth and the uncovered parts, as the Statistics panel puts them on the map.
    if (statisticsMap.any())
        if (const Status applied = geo::applyStatisticsMap(settings, statisticsMap, **store, filter, currentLanguage(), &(*scene)->projection); !applied)
            return reportError(applied.error(), json);
    settings.language = currentLanguage();
    settings.legend = parser.isSet(legendOption);
    settings.clusters = !parser.isSet(noClustersOption);
    settings.background = background;
    settings.baseMap = baseMap;
    settings.baseMapWaitMilliseconds = 30000;   // an image waits for its tiles
    geo::MapRenderer::Stats stats;
    const QImage image = geo::MapRenderer::renderImage(**scene, viewport, settings, nullptr, &stats);

    // Written to a temporary file beside the target and renamed when complete.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return reportError(Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(out), json);
    QImageWriter writer(&file, format == "png" ? "png" : "jpg");
    if (!writer.write(image))
        return reportError(Error(ErrorCode::FileWriteFailed, writer.errorString()).inFile(out), json);
    if (!file.commit())
        return reportError(Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(out), json);

    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), out},
                                            {QStringLiteral("width"), image.width()},
                                            {QStringLiteral("height"), image.height()},
                                            {QStringLiteral("areas"), stats.areasDrawn},
                                            {QStringLiteral("symbols"), stats.symbolsDrawn},
                                            {QStringLiteral("clusters"), stats.clustersDrawn},
                                            {QStringLiteral("labels"), stats.labelsDrawn},
                                            {QStringLiteral("unlocated"), (*scene)->unlocatedCount},
                                            {QStringLiteral("choropleth_classes"), settings.choropleth ? int(settings.choropleth->breaks.upper.size()) : 0},
                                            {QStringLiteral("choropleth_areas"), settings.choropleth ? int(settings.choropleth->values.size()) : 0},
                                            {QStringLiteral("basemap_notice"), baseMap ? baseMap->notice() : QString()}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Wrote %1 (%2 × %3 pixels).").arg(out).arg(image.width()).arg(image.height()));
    }
    return ExitOk;
}

} // namespace careatlas::cli
