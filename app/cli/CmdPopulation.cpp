#include "app/cli/CliCommand.h"
#include "app/i18n/PopulationReportText.h"

#include "core/population/PopulationStore.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

int runImportPopulation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Import population per area (total, aged 65+, aged 75+) for one area level, for rates per 1,000 older residents. "
        "Reads CSV tables by area code or name, including 住民基本台帳 年齢別人口 lists and the 自治体標準オープンデータセット 地域・年齢別人口; "
        "5-year age bands are added up."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "Population CSV (UTF-8 or CP932)"));
    const QCommandLineOption levelOption(QStringLiteral("level"), QCoreApplication::translate("cli", "Area level code (e.g. school_district, daily_life_area)"), QStringLiteral("LEVEL"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QCoreApplication::translate("cli", "The date the figures are for (YYYY-MM-DD); default: the date the file states"),
                                        QStringLiteral("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOptions({levelOption, asOfOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli import-population")} + arguments))
        return reportUsage(QStringLiteral("import-population"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("import-population"), QCoreApplication::translate("cli", "expected a STORE and a FILE"));
    if (!parser.isSet(levelOption))
        return reportUsage(QStringLiteral("import-population"), QCoreApplication::translate("cli", "--level LEVEL is required"));
    std::optional<QDate> asOf;
    if (parser.isSet(asOfOption)) {
        asOf = parseJapaneseDate(parser.value(asOfOption));
        if (!asOf)
            return reportUsage(QStringLiteral("import-population"),
                               QCoreApplication::translate("cli", "--as-of must be a date such as 2026-03-31"));
    }
    const bool json = parser.isSet(jsonOption);
    auto store = Store::open(parser.positionalArguments().at(0));
    if (!store)
        return reportError(store.error(), json);
    auto report = importPopulation(**store, parser.positionalArguments().at(1), parser.value(levelOption), asOf);
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), report->file}, {QStringLiteral("level"), report->level},
                                            {QStringLiteral("layout"), report->layout}, {QStringLiteral("encoding"), report->encoding},
                                            {QStringLiteral("as_of"), report->asOf.isValid() ? QJsonValue(report->asOf.toString(Qt::ISODate)) : QJsonValue()},
                                            {QStringLiteral("rows_read"), report->rowsRead}, {QStringLiteral("areas_matched"), report->areasMatched},
                                            {QStringLiteral("areas_of_level"), report->areasOfLevel},
                                            {QStringLiteral("age_columns"), QJsonArray::fromStringList(report->ageColumns)},
                                            {QStringLiteral("unmatched"), QJsonArray::fromStringList(report->unmatched)},
                                            {QStringLiteral("areas_without"), QJsonArray::fromStringList(report->areasWithout)},
                                            {QStringLiteral("aged_65"), report->has65}, {QStringLiteral("aged_75"), report->has75}}));
    } else {
        printLine(populationReportText(*report));
    }
    return ExitOk;
}

} // namespace careatlas::cli
