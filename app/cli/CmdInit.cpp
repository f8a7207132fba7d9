#include "app/cli/CliCommand.h"

#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace careatlas::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Create an empty CareAtlas store (a GeoPackage) with the default catalogue."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "Path of the new store file (.gpkg)"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli init")} + arguments))
        return reportUsage(QStringLiteral("init"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("init"), QCoreApplication::translate("cli", "expected exactly one STORE path"));

    const QString path = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(jsonOption);
    auto store = Store::create(path);
    if (!store)
        return reportError(store.error(), json);
    const auto categories = (*store)->categories();
    const auto levels = (*store)->areaLevels();
    const int categoryCount = categories ? int(categories->size()) : 0;
    const int levelCount = levels ? int(levels->size()) : 0;
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), path},
                                            {QStringLiteral("categories"), categoryCount},
                                            {QStringLiteral("area_levels"), levelCount}}));
    } else {
        const QString message = QCoreApplication::translate("cli", "Created %1 with %n categories.", nullptr, categoryCount);
        printLine(message.arg(path));
    }
    return ExitOk;
}

} // namespace careatlas::cli
