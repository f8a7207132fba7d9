#include "app/cli/CliCommand.h"

#include "app/cli/ExportFilter.h"
#include "app/cli/StatisticsMapOptions.h"
#include "app/i18n/Translations.h"
#include "core/export/CsvExport.h"
#include "core/store/Store.h"
#include "geo/basemap/BaseMap.h"
#include "geo/export/ExportPipeline.h"
#include "geo/export/MapLayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Export the resources of a store: a CSV table, a PDF list, a map layout (PDF, PNG, SVG), "
                                        "an atlas of every area of a level (PDF) or a GIS layer (GeoPackage, GeoJSON, Shapefile). "
                                        "The kind follows the extension of --out."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "File to write: .csv .pdf .png .svg .gpkg .geojson .shp"), QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QCoreApplication::translate("cli", "Title printed on PDF and map pages"), QStringLiteral("TITLE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QCoreApplication::translate("cli", "Paper size: a4 (default) or a3"), QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"), QCoreApplication::translate("cli", "Landscape pages (maps are landscape unless --portrait)"));
    const QCommandLineOption portraitOption(QStringLiteral("portrait"), QCoreApplication::translate("cli", "Portrait pages"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QCoreApplication::translate("cli", "CSV encoding: utf-8 (with BOM, default), utf-8-nobom or cp932"), QStringLiteral("ENCODING"), QStringLiteral("utf-8"));
    const QCommandLineOption replaceOption(QStringLiteral("replace-unencodable"), QCoreApplication::translate("cli", "In CP932, write '?' for characters it cannot hold instead of failing"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"), QCoreApplication::translate("cli", "Columns of a CSV or PDF list, comma-separated keys (default: all for CSV, the table's for PDF)"), QStringLiteral("KEYS"));
    const QCommandLineOption mapOption(QStringLiteral("map"), QCoreApplication::translate("cli", "Make a map layout (.pdf, .png or .svg) instead of a list"));
    const QCommandLineOption mapAreaOption(QStringLiteral("map-area"), QCoreApplication::translate("cli", "Show this area (code or name, any level) on the map layout (default: the --area of the filter, else everything)"), QStringLiteral("AREA"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QCoreApplication::translate("cli", "Resolution of a PNG map layout (default 150)"), QStringLiteral("DPI"), QStringLiteral("150"));
    const QCommandLineOption atlasOption(QStringLiteral("atlas"), QCoreApplication::translate("cli", "Make an atlas PDF: one page per area of this level"), QStringLiteral("LEVEL"));
    const QCommandLineOption groupOption(QStringLiteral("group-by"), QCoreApplication::translate("cli", "Group a PDF list by category or area"), QStringLiteral("GROUP"));
    const QCommandLineOption levelOption(QStringLiteral("area-level"), QCoreApplication::translate("cli", "Area level of the Area column and of --group-by area (default: daily-life areas)"), QStringLiteral("LEVEL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    const QCommandLineOption baseMapOption(QStringLiteral("basemap"), QCoreApplication::translate("cli", "Base map tiles under map layouts and atlas pages: a preset (gsi-std, gsi-pale, gsi-photo, osm), a tile URL or an .mbtiles/.gpkg package"), QStringLiteral("SOURCE"));
    // Maps to hand out (docs/export.md).
    const QCommandLineOption handoutOption(QStringLiteral("handout"),
        QCoreApplication::translate("cli", "A map to hand out: numbered symbols with the numbered list, every daily-life area named (or listed), colour-blind-safe symbols"));
    const QCommandLineOption numberedOption(QStringLiteral("numbered"), QCoreApplication::translate("cli", "Number every symbol and print the numbered list beside (landscape) or under (portrait) the map"));
    const QCommandLineOption largePrintOption(QStringLiteral("large-print"), QCoreApplication::translate("cli", "Large print: the list at 12 pt, larger symbols and numbers"));
    const QCommandLineOption safeColoursOption(QStringLiteral("colour-blind-safe"), QCoreApplication::translate("cli", "Symbols in colour-blind-safe colours (Okabe–Ito, by group)"));
    const QCommandLineOption nameLevelOption(QStringLiteral("name-level"),
        QCoreApplication::translate("cli", "Name every area of this level on the map, listing those that find no room (--handout: daily_life_area)"), QStringLiteral("LEVEL"));
    const QCommandLineOption ringsOption(QStringLiteral("rings"), QCoreApplication::translate("cli", "With --handout: count rings where symbols crowd instead of numbers"));
    parser.addOptions({outOption, titleOption, paperOption, landscapeOption, portraitOption, encodingOption, replaceOption, columnsOption,
                       mapOption, mapAreaOption, dpiOption, atlasOption, groupOption, levelOption, jsonOption, baseMapOption,
                       handoutOption, numberedOption, largePrintOption, safeColoursOption, nameLevelOption, ringsOption});
    addExportFilterOptions(parser);
    addStatisticsMapOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli export")} + arguments))
        return reportUsage(QStringLiteral("export"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    auto usage = [](const QString &problem) { return reportUsage(QStringLiteral("export"), problem); };
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("cli", "expected exactly one STORE path"));
    if (!parser.isSet(outOption))
        return usage(QCoreApplication::translate("cli", "--out FILE is required"));
    const QString storePath = parser.positionalArguments().constFirst();
    const QString out = parser.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool json = parser.isSet(jsonOption);

    // What to make.
    geo::ExportKind kind;
    if (parser.isSet(atlasOption)) {
        if (suffix != QLatin1String("pdf"))
            return usage(QCoreApplication::translate("cli", "an atlas is a .pdf file"));
        kind = geo::ExportKind::Atlas;
    } else if (parser.isSet(mapOption) && !geo::mapLayoutFormatFor(out)) {
        return usage(QCoreApplication::translate("cli", "a map layout is a .pdf, .png or .svg file"));
    } else if (auto chosen = geo::exportKindFor(out, parser.isSet(mapOption))) {
        kind = *chosen;
    } else {
        return usage(QCoreApplication::translate("cli", "unknown output kind '.%1': use .csv .pdf .png .svg .gpkg .geojson or .shp").arg(suffix));
    }

    geo::PageSetup page;
    const QString paper = parser.value(paperOption).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return usage(QCoreApplication::translate("cli", "--paper must be a4 or a3"));
    page.paper = paper == QLatin1String("a3") ? geo::PaperSize::A3 : geo::PaperSize::A4;
    page.landscape = parser.isSet(landscapeOption) || (kind == geo::ExportKind::MapLayout && !parser.isSet(portraitOption));

    CsvOptions csvOptions;
    if (const auto encoding = csvEncodingFromName(parser.value(encodingOption)))
        csvOptions.encoding = *encoding;
    else
        return usage(QCoreApplication::translate("cli", "--encoding must be utf-8, utf-8-nobom or cp932"));
    if (parser.isSet(replaceOption))
        csvOptions.unencodable = UnencodableCharacters::Replace;
    QList<ResourceColumn> columns;
    if (parser.isSet(columnsOption)) {
        QString unknown;
        const auto parsed = parseResourceColumns(parser.value(columnsOption), &unknown);
        if (!parsed || parsed->isEmpty())
            return usage(QCoreApplication::translate("cli", "unknown column '%1'").arg(unknown));
        columns = *parsed;
    }
    csvOptions.columns = columns;
    geo::ListGrouping grouping = geo::ListGrouping::None;
    if (parser.isSet(groupOption)) {
        const QString group = parser.value(groupOption).toLower();
        if (group == QLatin1String("category"))
            grouping = geo::ListGrouping::Category;
        else if (group == QLatin1String("area"))
            grouping = geo::ListGrouping::Area;
        else
            return usage(QCoreApplication::translate("cli", "--group-by must be category or area"));
    }
    bool dpiOk = false;
    const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || dpi < 36 || dpi > 600)
        return usage(QCoreApplication::translate("cli", "--dpi must be between 36 and 600"));

    // The request the window builds too (geo/export/ExportPipeline.h).
    geo::ExportRequest request;
    request.kind = kind;
    request.storePath = storePath;
    request.language = currentLanguage();
    request.title = parser.value(titleOption);
    request.page = page;
    request.columns = columns;
    request.grouping = grouping;
    request.areaLevel = kind == geo::ExportKind::Atlas ? parser.value(atlasOption) : parser.value(levelOption);
    request.csv = csvOptions;
    request.pngDotsPerInch = dpi;
    const bool handout = parser.isSet(handoutOption);
    request.handout.numbered = (handout && !parser.isSet(ringsOption)) || parser.isSet(numberedOption);
    request.handout.largePrint = parser.isSet(largePrintOption);
    request.handout.colourBlindSafe = handout || parser.isSet(safeColoursOption);
    request.handout.namedLevel = parser.isSet(nameLevelOption) ? parser.value(nameLevelOption) : handout ? QStringLiteral("daily_life_area") : QString();
    if (request.handout.any() && kind != geo::ExportKind::MapLayout)
        return usage(QCoreApplication::translate("cli", "--handout, --numbered, --large-print, --colour-blind-safe and --name-level are for map layouts (--map, .png, .svg)"));
    ResourceSnapshotPointer snapshot;
    geo::StatisticsMapRequest statisticsMap;
    {
        auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
        if (!store)
            return reportError(store.error(), json);
        auto loaded = ResourceSnapshot::load(**store);
        if (!loaded)
            return reportError(loaded.error(), json);
        snapshot = *loaded;
        auto filter = readExportFilter(**store, *snapshot, parser);
        if (!filter)
            return filter.error().code == ErrorCode::InvalidArgument ? usage(filter.error().detail) : reportError(filter.error(), json);
        request.filter = *filter;
        auto map = readStatisticsMapRequest(parser, *snapshot);
        if (!map)
            return usage(map.error().detail);
        statisticsMap = *map;
        if (statisticsMap.any() && kind != geo::ExportKind::MapLayout && kind != geo::ExportKind::Atlas)
            return usage(QCoreApplication::translate("cli", "--choropleth and --coverage-km are for map layouts (--map, .png, .svg) and atlases (--atlas)"));
        if (!request.handout.namedLevel.isEmpty() && snapshot->levelIndex(request.handout.namedLevel) < 0)
            return usage(QCoreApplication::translate("cli", "unknown level '%1'").arg(request.handout.namedLevel));
        if (const QString wanted = parser.value(mapAreaOption); !wanted.isEmpty()) {
            bool ambiguous = false;
            const auto found = snapshot->findArea(wanted, &ambiguous);
            if (!found)
                return reportError(Error(ErrorCode::NotFound, wanted).inField(QStringLiteral("map-area")), json);
            request.mapAreaLevel = snapshot->levels[found->first].level.code;
            request.mapAreaCode = snapshot->levels[found->first].areas[found->second].code;
        }
    }
    if (grouping == geo::ListGrouping::Area
        && std::none_of(snapshot->levels.begin(), snapshot->levels.end(), [](const auto &level) { return !level.areas.isEmpty(); }))
        return usage(QCoreApplication::translate("cli", "--group-by area needs areas in the store"));

    if (parser.isSet(baseMapOption)) {
        auto opened = geo::BaseMap::open(parser.value(baseMapOption), {});
        if (!opened)
            return reportError(opened.error(), json);
        request.settings.baseMap = *opened;
    }

    auto prepared = geo::prepareExport(request, {}, nullptr, snapshot);
    if (!prepared)
        return reportError(prepared.error(), json);
    if (statisticsMap.any()) {
        // The choropleth and the uncovered parts, as the Statistics panel puts them on the map.
        auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
        if (!store)
            return reportError(store.error(), json);
        const Status applied = geo::applyStatisticsMap(prepared->request.settings, statisticsMap, **store, request.filter, request.language,
                                                       &prepared->scene->projection);
        if (!applied)
            return reportError(applied.error(), json);
    }
    auto outcome = geo::writeExport(*prepared, out);
    if (!outcome)
        return reportError(outcome.error(), json);

    QJsonObject result{{QStringLiteral("out"), out}, {QStringLiteral("resources"), outcome->resources},
                       {QStringLiteral("filter"), outcome->filterDescription}, {QStringLiteral("filtered"), outcome->filtered}};
    QString summary;
    switch (kind) {
    case geo::ExportKind::Csv:
        result.insert(QStringLiteral("kind"), QStringLiteral("csv"));
        result.insert(QStringLiteral("replaced_characters"), outcome->replacedCharacters);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n resource(s).", nullptr, outcome->resources).arg(out);
        if (outcome->replacedCharacters > 0)
            summary += QLatin1Char('\n') + QCoreApplication::translate("cli", "%n character(s) CP932 cannot hold were written as '?' (first: %1).", nullptr,
                                              outcome->replacedCharacters).arg(outcome->firstReplacement);
        break;
    case geo::ExportKind::PdfList:
        result.insert(QStringLiteral("kind"), QStringLiteral("pdf_list"));
        result.insert(QStringLiteral("pages"), outcome->pages);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n resource(s)", nullptr, outcome->resources).arg(out) + QCoreApplication::translate("cli", ", ")
            + QCoreApplication::translate("cli", "%n page(s).", nullptr, outcome->pages);
        break;
    case geo::ExportKind::Atlas:
        result.insert(QStringLiteral("kind"), QStringLiteral("atlas"));
        result.insert(QStringLiteral("pages"), outcome->pages);
        result.insert(QStringLiteral("areas"), outcome->areas);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n area(s)", nullptr, outcome->areas).arg(out) + QCoreApplication::translate("cli", ", ")
            + QCoreApplication::translate("cli", "%n page(s).", nullptr, outcome->pages);
        break;
    case geo::ExportKind::MapLayout:
        result.insert(QStringLiteral("kind"), QStringLiteral("map"));
        result.insert(QStringLiteral("pages"), outcome->pages);
        result.insert(QStringLiteral("numbered"), outcome->numbered);
        result.insert(QStringLiteral("unplaced_areas"), QJsonArray::fromStringList(outcome->unplacedAreas));
        summary = QCoreApplication::translate("cli", "Wrote the map %1: %n resource(s).", nullptr, outcome->resources).arg(out);
        if (!outcome->unplacedAreas.isEmpty())
            summary += QLatin1Char('\n') + QCoreApplication::translate("cli", "Listed beside the map (no room for their names): %1").arg(outcome->unplacedAreas.join(QCoreApplication::translate("cli", ", ")));
        break;
    case geo::ExportKind::Gis:
        result.insert(QStringLiteral("kind"), QStringLiteral("gis"));
        result.insert(QStringLiteral("without_location"), outcome->withoutLocation);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n feature(s)", nullptr, outcome->resources).arg(out);
        if (outcome->withoutLocation > 0)
            summary += QCoreApplication::translate("cli", ", ") + QCoreApplication::translate("cli", "%n without a location (empty geometry)", nullptr, outcome->withoutLocation);
        //: The full stop ending a sentence of the command line's summary.
        summary += QCoreApplication::translate("cli", ".");
        break;
    }
    if (json)
        printJson(QJsonDocument(result));
    else
        printLine(summary);
    return ExitOk;
}

} // namespace careatlas::cli
