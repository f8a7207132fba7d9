#include "app/cli/CliCommand.h"

#include "core/csv/AreaNamesCsv.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace careatlas::cli {

namespace {

struct StoreLevelArguments {
    QCommandLineOption level{QStringLiteral("level"), QCoreApplication::translate("cli", "The area level (e.g. school_district)"), QStringLiteral("LEVEL")};
    QCommandLineOption code{QStringLiteral("code"), QCoreApplication::translate("cli", "Give the area a new code instead of a new name"), QStringLiteral("NEW_CODE")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")};
};

// Parses "STORE --level L" and the positional arguments after STORE; ExitOk to go on.
int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, const StoreLevelArguments &options, int positional)
{
    addHelpOption(parser);
    parser.addOption(options.level);
    parser.addOption(options.json);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli ") + command} + arguments))
        return reportUsage(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return -1;
    }
    if (parser.positionalArguments().size() != positional)
        return reportUsage(command, QCoreApplication::translate("cli", "expected %1 arguments").arg(positional));
    if (!parser.isSet(options.level))
        return reportUsage(command, QCoreApplication::translate("cli", "--level is required"));
    return ExitOk;
}

} // namespace

// careatlas-cli rename-area STORE --level L CODE NAME (or --code NEW_CODE CODE)
int runRenameArea(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Rename one area of a level (e.g. a garbled name), or with --code give it a new code; one transaction."));
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("CODE"), QCoreApplication::translate("cli", "The area's code"));
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("cli", "Its new name (not with --code)"));
    const StoreLevelArguments options;
    parser.addOption(options.code);
    const QStringList given = arguments;
    const bool newCode = given.contains(QStringLiteral("--code")) || std::any_of(given.begin(), given.end(), [](const QString &a) { return a.startsWith(QLatin1String("--code=")); });
    if (const int parsed = parse(parser, QStringLiteral("rename-area"), arguments, options, newCode ? 2 : 3); parsed != ExitOk)
        return parsed < 0 ? ExitOk : parsed;
    const bool json = parser.isSet(options.json);
    const QStringList positional = parser.positionalArguments();
    auto store = Store::open(positional.at(0));
    if (!store)
        return reportError(store.error(), json);
    const QString level = parser.value(options.level);
    const Status status = newCode ? (*store)->changeAreaCode(level, positional.at(1), parser.value(options.code))
                                  : (*store)->renameArea(level, positional.at(1), positional.at(2));
    if (!status)
        return reportError(status.error(), json);
    if (json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("level"), level}, {QStringLiteral("code"), newCode ? parser.value(options.code) : positional.at(1)},
                                            {QStringLiteral("name"), newCode ? QString() : positional.at(2)}}));
    else if (newCode)
        printLine(QCoreApplication::translate("cli", "The area %1 of level %2 now has the code %3.").arg(positional.at(1), level, parser.value(options.code)));
    else
        printLine(QCoreApplication::translate("cli", "The area %1 of level %2 is now named %3.").arg(positional.at(1), level, positional.at(2)));
    return ExitOk;
}

// careatlas-cli area-names STORE --level L FILE.csv
int runAreaNames(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Replace the names of a level's areas from a table (CSV: code, name; a header line is optional). "
        "All or nothing: a code the level does not have changes nothing."));
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The CSV file"));
    const StoreLevelArguments options;
    if (const int parsed = parse(parser, QStringLiteral("area-names"), arguments, options, 2); parsed != ExitOk)
        return parsed < 0 ? ExitOk : parsed;
    const bool json = parser.isSet(options.json);
    const QStringList positional = parser.positionalArguments();
    const auto names = readAreaNamesCsv(positional.at(1));
    if (!names)
        return reportError(names.error(), json);
    auto store = Store::open(positional.at(0));
    if (!store)
        return reportError(store.error(), json);
    const QString level = parser.value(options.level);
    // Check every code first: a table for another level renames nothing.
    const auto areas = (*store)->areas(level);
    if (!areas)
        return reportError(areas.error(), json);
    QSet<QString> codes;
    for (const AreaRecord &area : *areas)
        codes.insert(area.code);
    QStringList unknown;
    for (const auto &[code, name] : *names)
        if (!codes.contains(code))
            unknown << code;
    if (!unknown.isEmpty())
        return reportError(Error(ErrorCode::NotFound, QCoreApplication::translate("cli", "codes not in level %1: %2").arg(level, unknown.join(QStringLiteral(", "))))
                               .inFile(positional.at(1)), json);
    const auto missing = (*store)->renameAreas(level, *names);
    if (!missing)
        return reportError(missing.error(), json);
    if (json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("level"), level}, {QStringLiteral("renamed"), names->size()}}));
    else
        printLine(QCoreApplication::translate("cli", "Renamed %1 areas of level %2.").arg(names->size()).arg(level));
    return ExitOk;
}

} // namespace careatlas::cli
