#include "app/cli/AreaCliSupport.h"
#include "app/cli/CliCommand.h"
#include "geo/areas/AreaReportText.h"

#include "core/store/Store.h"
#include "geo/areas/ResourceAssignment.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace careatlas::cli {

// careatlas-cli import-areas STORE FILE --level LEVEL: stores a file's areas as one level.
int runImportAreas(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Import the areas of a boundary file into a store as one level (replacing that level's areas), find each "
        "area's parent in the level above, and assign the store's resources to them. All or nothing."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The vector file or folder"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
        QCoreApplication::translate("cli", "Level: city, welfare_area, daily_life_area, school_district, or a new code [a-z][a-z0-9_]*"),
        QStringLiteral("LEVEL"));
    const QCommandLineOption labelOption(QStringLiteral("level-label"),
        QCoreApplication::translate("cli", "Label of a new level (default: its code)"), QStringLiteral("TEXT"));
    const QCommandLineOption allowDroppedOption(QStringLiteral("allow-dropped"),
        QCoreApplication::translate("cli", "Import even if some features cannot be read or used (look at them first with `careatlas-cli areas FILE`); "
                                           "without it such a file is refused and the level stays as it was"));
    parser.addOptions({levelOption, labelOption, allowDroppedOption});
    const AreaFileOptions options;
    options.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli import-areas")} + arguments))
        return reportUsage(QStringLiteral("import-areas"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("import-areas"), QCoreApplication::translate("cli", "expected a STORE and a FILE"));
    if (!parser.isSet(levelOption))
        return reportUsage(QStringLiteral("import-areas"), QCoreApplication::translate("cli", "--level is required"));
    const bool json = parser.isSet(options.json);

    auto store = Store::open(parser.positionalArguments().at(0));
    if (!store)
        return reportError(store.error(), json);
    geo::AreaImportOptions importOptions;
    importOptions.load = options.read(parser);
    importOptions.level = parser.value(levelOption);
    importOptions.newLevelLabel = parser.value(labelOption);
    importOptions.allowDropped = parser.isSet(allowDroppedOption);
    const auto report = geo::importAreas(**store, parser.positionalArguments().at(1), importOptions);
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(importReportJson(*report)));
    } else {
        for (const QString &line : geo::areaImportReportLines(*report))
            printLine(line);
    }
    return ExitOk;
}

// careatlas-cli assign-areas STORE: recomputes which area of every level each resource is in.
int runAssignAreas(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Recompute which area of every level each resource of the store lies in."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store (.gpkg)"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli assign-areas")} + arguments))
        return reportUsage(QStringLiteral("assign-areas"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("assign-areas"), QCoreApplication::translate("cli", "expected exactly one STORE path"));
    const bool json = parser.isSet(jsonOption);
    auto store = Store::open(parser.positionalArguments().constFirst());
    if (!store)
        return reportError(store.error(), json);
    const auto levels = geo::reassignResources(**store);
    if (!levels)
        return reportError(levels.error(), json);
    QJsonArray array;
    for (const geo::LevelAssignment &level : *levels) {
        array.append(QJsonObject{{QStringLiteral("level"), level.levelCode}, {QStringLiteral("areas"), level.areaCount},
                                 {QStringLiteral("assigned"), level.assigned}, {QStringLiteral("outside"), level.outside},
                                 {QStringLiteral("without_location"), level.withoutLocation}});
        if (!json)
            printLine(QCoreApplication::translate("cli", "%1: %2 areas; %3 resources in an area, %4 outside, %5 without a location.")
                          .arg(level.levelCode).arg(level.areaCount).arg(level.assigned).arg(level.outside).arg(level.withoutLocation));
    }
    if (json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("levels"), array}}));
    return ExitOk;
}

} // namespace careatlas::cli
