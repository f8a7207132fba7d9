#include "app/cli/CliCommand.h"

#include "core/address/AddressReference.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

int runImportAddresses(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import address reference points (国土交通省 位置参照情報 CSV, town or block level) so addresses can be found."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "位置参照情報 CSV (Shift_JIS as published)"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QCoreApplication::translate("cli", "Text encoding: auto, utf-8, cp932 or utf-16 (default: auto)"),
                                            QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOptions({encodingOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli import-addresses")} + arguments))
        return reportUsage(QStringLiteral("import-addresses"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("import-addresses"), QCoreApplication::translate("cli", "expected a STORE and a FILE"));
    const auto encoding = textEncodingFromName(parser.value(encodingOption));
    if (!encoding)
        return reportUsage(QStringLiteral("import-addresses"), QCoreApplication::translate("cli", "unknown encoding '%1'").arg(parser.value(encodingOption)));
    const bool json = parser.isSet(jsonOption);
    auto store = Store::open(parser.positionalArguments().at(0));
    if (!store)
        return reportError(store.error(), json);
    auto report = importAddressReference(**store, parser.positionalArguments().at(1), *encoding);
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), report->file}, {QStringLiteral("level"), report->level},
                                            {QStringLiteral("encoding"), report->encoding}, {QStringLiteral("rows_read"), report->rowsRead},
                                            {QStringLiteral("imported"), report->imported}, {QStringLiteral("skipped"), report->skipped},
                                            {QStringLiteral("cities"), QJsonArray::fromStringList(report->cities)}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Imported %1 reference points (%2 level, %3) for %4; %5 rows skipped.")
                      .arg(report->imported).arg(report->level, report->encoding, report->cities.join(QStringLiteral("、"))).arg(report->skipped));
    }
    return ExitOk;
}

int runLocate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Find an address in the store's address reference and print its coordinates."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QCoreApplication::translate("cli", "An address, e.g. 本町二丁目5番13号"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli locate")} + arguments))
        return reportUsage(QStringLiteral("locate"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("locate"), QCoreApplication::translate("cli", "expected a STORE and an ADDRESS"));
    const bool json = parser.isSet(jsonOption);
    auto store = Store::open(parser.positionalArguments().at(0), Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    auto matches = lookupAddress(**store, parser.positionalArguments().at(1));
    if (!matches)
        return reportError(matches.error(), json);
    if (matches->isEmpty())
        return reportError(Error(ErrorCode::NotFound, parser.positionalArguments().at(1)), json);
    if (json) {
        QJsonArray rows;
        for (const AddressMatch &m : *matches)
            rows.append(QJsonObject{{QStringLiteral("address"), m.address}, {QStringLiteral("latitude"), m.latitude},
                                    {QStringLiteral("longitude"), m.longitude}, {QStringLiteral("level"), m.level},
                                    {QStringLiteral("exact"), m.exact}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("matches"), rows}}));
    } else {
        for (const AddressMatch &m : *matches)
            printLine(QStringLiteral("%1,%2\t%3").arg(m.latitude, 0, 'f', 6).arg(m.longitude, 0, 'f', 6).arg(m.address));
    }
    return ExitOk;
}

} // namespace careatlas::cli
