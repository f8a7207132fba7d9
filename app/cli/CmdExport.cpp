#include "app/cli/CliCommand.h"

#include "app/cli/ExportFilter.h"
#include "app/i18n/Translations.h"
#include "core/export/CsvExport.h"
#include "core/export/ExportData.h"
#include "core/store/Store.h"
#include "geo/basemap/BaseMap.h"
#include "geo/export/Atlas.h"
#include "geo/export/GisExport.h"
#include "geo/export/MapLayout.h"
#include "geo/export/PdfList.h"
#include "geo/render/StoreScene.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace careatlas::cli {

namespace {

// The level the Area column and area grouping use: the asked one, else the daily-life areas,
// else the finest level that has areas; empty when the store has none.
Result<QString> chooseAreaLevel(const Store &store, const QString &asked)
{
    if (!asked.isEmpty())
        return asked;
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QList<AreaLevel> ordered = *levels;
    std::stable_sort(ordered.begin(), ordered.end(), [](const AreaLevel &l, const AreaLevel &r) {
        if ((l.code == AreaLevels::DailyLifeArea) != (r.code == AreaLevels::DailyLifeArea))
            return l.code == AreaLevels::DailyLifeArea;
        return l.rank > r.rank;
    });
    for (const AreaLevel &level : ordered) {
        auto areas = store.areas(level.code);
        if (areas && !areas->isEmpty())
            return level.code;
    }
    return QString();
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Export the resources of a store: a CSV table, a PDF list, a map layout (PDF, PNG, SVG), "
                                        "an atlas of every area of a level (PDF) or a GIS layer (GeoPackage, GeoJSON, Shapefile). "
                                        "The kind follows the extension of --out."));
    parser.addHelpOption();
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
    parser.addOptions({outOption, titleOption, paperOption, landscapeOption, portraitOption, encodingOption, replaceOption, columnsOption,
                       mapOption, mapAreaOption, dpiOption, atlasOption, groupOption, levelOption, jsonOption, baseMapOption});
    addExportFilterOptions(parser);
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
    enum class Kind { Csv, PdfList, Map, Atlas, Gis } kind;
    if (parser.isSet(atlasOption)) {
        if (suffix != QLatin1String("pdf"))
            return usage(QCoreApplication::translate("cli", "an atlas is a .pdf file"));
        kind = Kind::Atlas;
    } else if (parser.isSet(mapOption) || suffix == QLatin1String("png") || suffix == QLatin1String("svg")) {
        if (!geo::mapLayoutFormatFor(out))
            return usage(QCoreApplication::translate("cli", "a map layout is a .pdf, .png or .svg file"));
        kind = Kind::Map;
    } else if (suffix == QLatin1String("csv")) {
        kind = Kind::Csv;
    } else if (suffix == QLatin1String("pdf")) {
        kind = Kind::PdfList;
    } else if (geo::gisFormatFor(out)) {
        kind = Kind::Gis;
    } else {
        return usage(QCoreApplication::translate("cli", "unknown output kind '.%1': use .csv .pdf .png .svg .gpkg .geojson or .shp").arg(suffix));
    }

    geo::PageSetup page;
    const QString paper = parser.value(paperOption).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return usage(QCoreApplication::translate("cli", "--paper must be a4 or a3"));
    page.paper = paper == QLatin1String("a3") ? geo::PaperSize::A3 : geo::PaperSize::A4;
    page.landscape = parser.isSet(landscapeOption) || (kind == Kind::Map && !parser.isSet(portraitOption));

    CsvOptions csvOptions;
    const QString encoding = parser.value(encodingOption).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        csvOptions.encoding = CsvEncoding::Utf8WithBom;
    else if (encoding == QLatin1String("utf-8-nobom"))
        csvOptions.encoding = CsvEncoding::Utf8;
    else if (encoding == QLatin1String("cp932") || encoding == QLatin1String("shift_jis") || encoding == QLatin1String("sjis"))
        csvOptions.encoding = CsvEncoding::Cp932;
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

    // The resources, filtered.
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    auto selection = selectExportResources(**store, parser, currentLanguage());
    if (!selection)
        return selection.error().code == ErrorCode::InvalidArgument ? usage(selection.error().detail)
                                                                    : reportError(selection.error(), json);
    auto level = chooseAreaLevel(**store, kind == Kind::Atlas ? parser.value(atlasOption) : parser.value(levelOption));
    if (!level)
        return reportError(level.error(), json);
    auto data = loadExportData(**store, selection->resources, *level, currentLanguage());
    if (!data)
        return reportError(data.error(), json);
    data->title = parser.value(titleOption);
    data->filterDescription = selection->description;
    data->distanceOf = selection->distanceOf;
    if (grouping == geo::ListGrouping::Area && data->areaLevel.isEmpty())
        return usage(QCoreApplication::translate("cli", "--group-by area needs areas in the store"));
    store->reset();

    QJsonObject result{{QStringLiteral("out"), out}, {QStringLiteral("resources"), int(data->resources.size())},
                       {QStringLiteral("filter"), data->filterDescription}, {QStringLiteral("filtered"), selection->filtered}};
    QString summary;
    switch (kind) {
    case Kind::Csv: {
        const auto report = exportCsv(*data, out, csvOptions);
        if (!report)
            return reportError(report.error(), json);
        result.insert(QStringLiteral("kind"), QStringLiteral("csv"));
        result.insert(QStringLiteral("replaced_characters"), report->replacedCharacters);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n resource(s).", nullptr, report->rows).arg(out);
        if (report->replacedCharacters > 0)
            summary += QLatin1Char('\n') + QCoreApplication::translate("cli", "%n character(s) CP932 cannot hold were written as '?' (first: %1).", nullptr,
                                              report->replacedCharacters).arg(report->firstReplacement);
        break;
    }
    case Kind::PdfList: {
        geo::PdfListOptions options;
        options.page = page;
        options.columns = columns;
        options.grouping = grouping;
        const auto report = geo::exportPdfList(*data, out, options);
        if (!report)
            return reportError(report.error(), json);
        result.insert(QStringLiteral("kind"), QStringLiteral("pdf_list"));
        result.insert(QStringLiteral("pages"), report->pages);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n resource(s)", nullptr, report->rows).arg(out) + QStringLiteral(", ")
            + QCoreApplication::translate("cli", "%n page(s).", nullptr, report->pages);
        break;
    }
    case Kind::Map:
    case Kind::Atlas: {
        auto scene = geo::buildSceneFromStore(storePath);
        if (!scene)
            return reportError(scene.error(), json);
        std::shared_ptr<geo::BaseMap> baseMap;
        if (parser.isSet(baseMapOption)) {
            auto opened = geo::BaseMap::open(parser.value(baseMapOption), {});
            if (!opened)
                return reportError(opened.error(), json);
            baseMap = *opened;
        }
        if (kind == Kind::Atlas) {
            geo::AtlasOptions options;
            options.settings.baseMap = baseMap;
            options.page = page;
            options.columns = columns;
            const auto report = geo::exportAtlas(**scene, *data, out, options);
            if (!report)
                return reportError(report.error(), json);
            result.insert(QStringLiteral("kind"), QStringLiteral("atlas"));
            result.insert(QStringLiteral("pages"), report->pages);
            result.insert(QStringLiteral("areas"), report->areas);
            summary = QCoreApplication::translate("cli", "Wrote %1: %n area(s)", nullptr, report->areas).arg(out) + QStringLiteral(", ")
                + QCoreApplication::translate("cli", "%n page(s).", nullptr, report->pages);
            break;
        }
        geo::MapLayoutOptions options;
        options.settings.baseMap = baseMap;
        options.page = page;
        options.pngDotsPerInch = dpi;
        const QString wanted = parser.value(mapAreaOption);
        if (wanted.isEmpty() && !selection->areaCode.isEmpty()) {
            options.areaLevel = selection->areaLevel;   // the filter's area
            options.areaCode = selection->areaCode;
        } else if (!wanted.isEmpty()) {
            for (const geo::SceneAreaLevel &l : (*scene)->levels)
                for (const geo::SceneArea &a : l.areas)
                    if (options.areaCode.isEmpty() && (a.code == wanted || a.name == wanted)) {
                        options.areaLevel = l.level.code;
                        options.areaCode = a.code;
                    }
            if (options.areaCode.isEmpty())
                return reportError(Error(ErrorCode::NotFound, wanted).inField(QStringLiteral("map-area")), json);
        }
        const auto report = geo::exportMapLayout(**scene, *data, out, options);
        if (!report)
            return reportError(report.error(), json);
        result.insert(QStringLiteral("kind"), QStringLiteral("map"));
        summary = QCoreApplication::translate("cli", "Wrote the map %1: %n resource(s).", nullptr, int(data->resources.size())).arg(out);
        break;
    }
    case Kind::Gis: {
        const auto report = geo::exportGis(*data, out);
        if (!report)
            return reportError(report.error(), json);
        result.insert(QStringLiteral("kind"), QStringLiteral("gis"));
        result.insert(QStringLiteral("without_location"), report->withoutLocation);
        summary = QCoreApplication::translate("cli", "Wrote %1: %n feature(s)", nullptr, report->features).arg(out);
        if (report->withoutLocation > 0)
            summary += QStringLiteral(", ") + QCoreApplication::translate("cli", "%n without a location (empty geometry)", nullptr, report->withoutLocation);
        summary += QLatin1Char('.');
        break;
    }
    }
    if (json)
        printJson(QJsonDocument(result));
    else
        printLine(summary);
    return ExitOk;
}

} // namespace careatlas::cli
