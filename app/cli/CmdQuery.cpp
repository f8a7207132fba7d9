#include "app/cli/CliCommand.h"
#include "app/cli/FilterOptions.h"

#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <variant>

namespace careatlas::cli {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value, int decimals) { return QString::number(value, 'f', decimals); }

// --format csv|json: true for JSON; nullopt (after a usage message) for anything else.
std::optional<bool> jsonFormat(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command)
{
    const QString format = parser.value(option).toLower();
    if (format == QLatin1String("csv") || format == QLatin1String("json"))
        return format == QLatin1String("json");
    reportUsage(command, QCoreApplication::translate("cli", "the format must be csv or json"));
    return std::nullopt;
}

// STORE opened read-only and filtered by the options; on failure the error is reported (a
// usage error for bad filter options) and the exit code returned instead.
std::variant<FilteredResources, int> openFiltered(const QCommandLineParser &parser, const FilterOptions &options,
                                                  const QString &command, bool json)
{
    auto store = Store::open(parser.positionalArguments().constFirst(), Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    auto filtered = filterStore(**store, options, parser);
    if (!filtered) {
        if (filtered.error().code == ErrorCode::InvalidArgument)
            return reportUsage(command, filtered.error().detail);
        return reportError(filtered.error(), json);
    }
    return std::move(*filtered);
}

} // namespace

int runQuery(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Print the resources that match a filter (nearest first with --near)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: csv or json (default csv)"),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOption(formatOption);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli query")} + arguments))
        return reportUsage(QStringLiteral("query"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("query"), QCoreApplication::translate("cli", "expected exactly one STORE path"));
    const auto isJson = jsonFormat(parser, formatOption, QStringLiteral("query"));
    if (!isJson)
        return ExitUsage;
    const bool json = *isJson;
    auto opened = openFiltered(parser, filterOptions, QStringLiteral("query"), json);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const FilteredResources *filtered = &std::get<FilteredResources>(opened);
    const ResourceSnapshot &s = *filtered->snapshot;
    const bool withDistance = filtered->filter.near.has_value();

    if (json) {
        QJsonArray rows;
        for (int i : filtered->result.rows) {
            const Resource &r = s.resources[i];
            QJsonObject row{{QStringLiteral("id"), r.id},
                            {QStringLiteral("category"), r.categoryCode},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("kana"), r.kana},
                            {QStringLiteral("address"), r.address},
                            {QStringLiteral("phone"), r.phone},
                            {QStringLiteral("flags"), QJsonArray::fromStringList(r.flags)}};
            if (r.hasLocation()) {
                row.insert(QStringLiteral("latitude"), *r.latitude);
                row.insert(QStringLiteral("longitude"), *r.longitude);
            }
            if (withDistance)
                row.insert(QStringLiteral("distance_m"), std::round(filtered->result.distance[i] * 10.0) / 10.0);
            rows.append(row);
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("count"), filtered->result.matched},
                                            {QStringLiteral("filter"), filtered->filter.toJson()},
                                            {QStringLiteral("resources"), rows}}));
        return ExitOk;
    }
    QStringList header{QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("kana"),
                       QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                       QStringLiteral("flags")};
    if (withDistance)
        header << QStringLiteral("distance_m");
    printLine(header.join(QLatin1Char(',')));
    for (int i : filtered->result.rows) {
        const Resource &r = s.resources[i];
        QStringList cells{QString::number(r.id), r.categoryCode, csvField(r.name), csvField(r.kana), csvField(r.address), csvField(r.phone),
                          r.latitude ? number(*r.latitude, 7) : QString(), r.longitude ? number(*r.longitude, 7) : QString(),
                          r.flags.join(QLatin1Char(';'))};
        if (withDistance)
            cells << number(filtered->result.distance[i], 1);
        printLine(cells.join(QLatin1Char(',')));
    }
    return ExitOk;
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Count resources per area of a level and per category, rolled up to the levels above."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    const QCommandLineOption levelOption(QStringLiteral("level"), QCoreApplication::translate("cli", "Area level code (e.g. school_district, daily_life_area)"), QStringLiteral("LEVEL"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: csv or json (default csv)"),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOption(levelOption);
    parser.addOption(formatOption);
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli stats")} + arguments))
        return reportUsage(QStringLiteral("stats"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "expected exactly one STORE path"));
    if (!parser.isSet(levelOption))
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--level LEVEL is required"));
    const auto isJson = jsonFormat(parser, formatOption, QStringLiteral("stats"));
    if (!isJson)
        return ExitUsage;
    const bool json = *isJson;
    auto opened = openFiltered(parser, filterOptions, QStringLiteral("stats"), json);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const FilteredResources *filtered = &std::get<FilteredResources>(opened);
    const ResourceSnapshot &s = *filtered->snapshot;
    const int level = s.levelIndex(parser.value(levelOption));
    if (level < 0) {
        QStringList known;
        for (const auto &l : s.levels)
            known << l.level.code;
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "unknown level '%1' (the store has: %2)")
                                                        .arg(parser.value(levelOption), known.join(QStringLiteral(", "))));
    }
    const AreaCountTable table = countByArea(s, filtered->result, level);

    if (json) {
        QJsonArray rows;
        for (const auto &row : table.rows) {
            QJsonObject counts;
            for (int c = 0; c < s.categories.size(); ++c)
                counts.insert(s.categories[c].code, row.perCategory[c]);
            rows.append(QJsonObject{{QStringLiteral("level"), row.levelCode}, {QStringLiteral("code"), row.areaCode},
                                    {QStringLiteral("name"), row.areaName}, {QStringLiteral("parent"), row.parentCode},
                                    {QStringLiteral("total"), row.total}, {QStringLiteral("counts"), counts}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("level"), s.levels[level].level.code}, {QStringLiteral("areas"), rows}}));
        return ExitOk;
    }
    printLine(QStringLiteral("level,area_code,area_name,parent_code,category,count"));
    for (const auto &row : table.rows)
        for (int c = 0; c < s.categories.size(); ++c)
            printLine(QStringList{row.levelCode, csvField(row.areaCode), csvField(row.areaName), csvField(row.parentCode),
                                  s.categories[c].code, QString::number(row.perCategory[c])}
                          .join(QLatin1Char(',')));
    return ExitOk;
}

} // namespace careatlas::cli
