#include "app/cli/CliCommand.h"

#include "core/store/Store.h"
#include "core/store/StoreRecovery.h"
#include "geo/areas/ResourceAssignment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

namespace {

// Parses "COMMAND STORE [--json]" (and --out for recover); returns the exit code when done.
std::optional<int> parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments)
{
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "Path of the store file (.gpkg)"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli ") + name} + arguments))
        return reportUsage(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(name, QCoreApplication::translate("cli", "expected exactly one STORE path"));
    return std::nullopt;
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Check a store for damage (every page, index and spatial index) and say what is wrong. Reads only."));
    if (const auto done = parse(parser, QStringLiteral("check"), arguments))
        return *done;
    const QString path = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto problems = checkStoreFully(path);
    if (!problems)
        return reportError(problems.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), path}, {QStringLiteral("sound"), problems->isEmpty()},
                                            {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}}));
    } else if (problems->isEmpty()) {
        printLine(QCoreApplication::translate("cli", "%1: no damage found.").arg(path));
    } else {
        printLine(QCoreApplication::translate("cli", "%1 is damaged:").arg(path));
        for (const QString &problem : *problems)
            printLine(QStringLiteral("  ") + problem);
        printLine(QCoreApplication::translate("cli", "Copy out what can be read with: careatlas-cli recover %1 --out NEW.gpkg").arg(path));
    }
    return problems->isEmpty() ? ExitOk : ExitFailure;
}

int runRecover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Copy what a damaged store still holds (areas, resources, labels) into a new store. The damaged file is only read."));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "Path of the new store"), QStringLiteral("NEW"));
    parser.addOption(outOption);
    if (const auto done = parse(parser, QStringLiteral("recover"), arguments))
        return *done;
    if (!parser.isSet(outOption))
        return reportUsage(QStringLiteral("recover"), QCoreApplication::translate("cli", "--out NEW is required"));
    const QString path = parser.positionalArguments().constFirst();
    const QString out = parser.value(outOption);
    const bool json = parser.isSet(QStringLiteral("json"));
    // Which area each copied resource lies in, computed again in the new store before it is
    // put in place.
    const auto report = recoverStore(path, out, [](Store &store) -> Status {
        if (const auto assigned = geo::reassignResources(store); !assigned)
            return assigned.error();
        return {};
    });
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), out}, {QStringLiteral("resources"), report->resources},
                                            {QStringLiteral("areas"), report->areas},
                                            {QStringLiteral("unreadable_parts"), report->unreadableParts},
                                            {QStringLiteral("skipped"), QJsonArray::fromStringList(report->skipped)}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Recovered %1 resources and %2 areas into %3.").arg(report->resources).arg(report->areas).arg(out));
        if (report->unreadableParts > 0)
            printLine(QCoreApplication::translate("cli", "%n unreadable part(s) of the damaged file were skipped: compare the count with what you expect.", nullptr,
                                                  int(report->unreadableParts)));
        for (const QString &skipped : report->skipped)
            printLine(QCoreApplication::translate("cli", "Not copied: %1").arg(skipped));
    }
    return ExitOk;
}

} // namespace careatlas::cli
