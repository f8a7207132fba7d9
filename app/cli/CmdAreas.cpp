#include "app/cli/AreaCliSupport.h"
#include "app/cli/CliCommand.h"
#include "geo/areas/AreaReportText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace careatlas::cli {

// careatlas-cli areas FILE: what an area file holds and how CareAtlas would read it.
int runAreas(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Inspect an area boundary file (Shapefile, zip, GeoPackage, GeoJSON, KML, folder): layers, fields, "
        "guessed name and code fields, encoding, CRS, and what would be repaired or dropped. Writes nothing."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The vector file or folder"));
    const AreaFileOptions options;
    options.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli areas")} + arguments))
        return reportUsage(QStringLiteral("areas"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("areas"), QCoreApplication::translate("cli", "expected exactly one FILE"));
    const QString path = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(options.json);
    geo::AreaLoadOptions loadOptions = options.read(parser);

    const auto source = geo::inspectSource(path, loadOptions.encoding);
    if (!source)
        return reportError(source.error(), json);
    if (loadOptions.layer.isEmpty() && !source->layers.isEmpty())
        loadOptions.layer = source->layers.constFirst().name;   // every layer is listed; the first is read
    const auto loaded = geo::loadAreas(path, loadOptions);
    if (!loaded)
        return reportError(loaded.error(), json);

    if (json) {
        QJsonObject object = loadReportJson(loaded->report, loaded->areas);
        QJsonArray layers;
        for (const geo::LayerInfo &layer : source->layers)
            layers.append(layerJson(layer));
        object.insert(QStringLiteral("layers"), layers);
        printJson(QJsonDocument(object));
    } else {
        for (const QString &line : geo::areaLoadReportLines(loaded->report, loaded->areas))
            printLine(line);
    }
    return ExitOk;
}

} // namespace careatlas::cli
