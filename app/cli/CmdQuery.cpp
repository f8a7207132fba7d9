#include "app/cli/CliCommand.h"
#include "app/cli/FilterOptions.h"

#include "app/i18n/Translations.h"
#include "core/population/PopulationStore.h"
#include "core/query/AreaMatrix.h"
#include "core/store/Store.h"
#include "geo/export/StatisticsExport.h"

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

namespace {

QJsonValue jsonCount(const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); }
QJsonValue jsonRate(const std::optional<double> &v) { return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue(); }

QJsonObject matrixJson(const AreaMatrix &m, const ResourceSnapshot &s)
{
    QJsonArray columns;
    for (const auto &c : m.columns)
        columns.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("label"), c.label},
                                   {QStringLiteral("categories"), QJsonArray::fromStringList(c.categoryCodes)}});
    QJsonArray rows;
    for (const AreaMatrix::Row &r : m.rows) {
        QJsonObject counts;
        for (int c = 0; c < m.columns.size(); ++c)
            counts.insert(m.columns[c].code, r.counts[c]);
        QJsonObject row{{QStringLiteral("level"), r.isTotal() ? QJsonValue() : QJsonValue(r.levelCode)},
                        {QStringLiteral("code"), r.areaCode}, {QStringLiteral("name"), r.areaName},
                        {QStringLiteral("parent"), r.parentCode}, {QStringLiteral("counts"), counts},
                        {QStringLiteral("total"), r.total}, {QStringLiteral("rated"), r.rated},
                        {QStringLiteral("capacity"), r.withCapacity > 0 ? QJsonValue(double(r.capacity)) : QJsonValue()}};
        if (m.hasPopulation) {
            row.insert(QStringLiteral("population"), jsonCount(r.population.total));
            row.insert(QStringLiteral("aged_65"), jsonCount(r.population.aged65));
            row.insert(QStringLiteral("aged_75"), jsonCount(r.population.aged75));
            row.insert(QStringLiteral("per_1000_aged_65"), jsonRate(AreaMatrix::perThousand(r.rated, r.population.aged65)));
            row.insert(QStringLiteral("per_1000_aged_75"), jsonRate(AreaMatrix::perThousand(r.rated, r.population.aged75)));
            row.insert(QStringLiteral("capacity_per_1000_aged_65"),
                       r.withCapacity > 0 ? jsonRate(AreaMatrix::perThousand(double(r.capacity), r.population.aged65)) : QJsonValue());
        }
        rows.append(row);
    }
    QJsonObject out{{QStringLiteral("level"), s.levels[m.levelIndex].level.code},
                    {QStringLiteral("group_by"), m.grouping == MatrixColumns::Groups ? QStringLiteral("group") : QStringLiteral("category")},
                    {QStringLiteral("columns"), columns}, {QStringLiteral("areas"), rows}};
    if (m.hasPopulation) {
        out.insert(QStringLiteral("population_as_of"), m.populationAsOf.isValid() ? QJsonValue(m.populationAsOf.toString(Qt::ISODate)) : QJsonValue());
        out.insert(QStringLiteral("population_source"), m.populationSource);
    }
    return out;
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Count resources per area of a level and per category, rolled up to the levels above."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    const QCommandLineOption levelOption(QStringLiteral("level"), QCoreApplication::translate("cli", "Area level code (e.g. school_district, daily_life_area)"), QStringLiteral("LEVEL"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: csv or json (default csv)"),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption matrixOption(QStringLiteral("matrix"),
        QCoreApplication::translate("cli", "One row per area and one column per category (or group), with totals, capacity and, where population is imported, rates per 1,000 aged 65+ and 75+; headers in the interface language"));
    const QCommandLineOption groupByOption(QStringLiteral("group-by"), QCoreApplication::translate("cli", "Matrix columns: category (default) or group"),
                                           QStringLiteral("COLUMNS"), QStringLiteral("category"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "Write the matrix to FILE (.csv or .pdf) instead of printing it"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QCoreApplication::translate("cli", "CSV encoding of --out: utf-8 (with BOM, default), utf-8-nobom or cp932"),
                                            QStringLiteral("ENCODING"), QStringLiteral("utf-8"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QCoreApplication::translate("cli", "Paper of a PDF: a4 or a3 (default: a4, a3 for more than 24 columns)"), QStringLiteral("PAPER"), QStringLiteral("a4"));
    parser.addOptions({levelOption, formatOption, matrixOption, groupByOption, outOption, encodingOption, paperOption});
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
    const QString groupBy = parser.value(groupByOption).toLower();
    if (groupBy != QLatin1String("category") && groupBy != QLatin1String("group"))
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--group-by must be category or group"));
    const bool matrix = parser.isSet(matrixOption) || parser.isSet(groupByOption) || parser.isSet(outOption);
    const auto encoding = csvEncodingFromName(parser.value(encodingOption));
    if (!encoding)
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--encoding must be utf-8, utf-8-nobom or cp932"));
    const QString paper = parser.value(paperOption).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--paper must be a4 or a3"));
    const QString out = parser.value(outOption);
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!out.isEmpty() && !pdf && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--out must name a .csv or .pdf file"));
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

    if (matrix) {
        QHash<QString, PopulationTable> population;
        if (auto store = Store::open(parser.positionalArguments().constFirst(), Store::OpenMode::ReadOnly)) {
            auto loaded = loadPopulation(**store);
            if (!loaded)
                return reportError(loaded.error(), json);
            population = *loaded;
        }
        MatrixOptions options;
        options.grouping = groupBy == QLatin1String("group") ? MatrixColumns::Groups : MatrixColumns::Categories;
        options.language = currentLanguage();
        options.columnCategories = filtered->filter.categories;
        options.ratedCategories = filtered->filter.categories;
        const AreaMatrix m = buildAreaMatrix(s, filtered->result, level, options, &population);
        const MatrixText text = matrixText(m);
        if (!out.isEmpty()) {
            if (pdf) {
                geo::StatisticsDocument document;
                document.language = options.language;
                document.title = geo::defaultStatisticsTitle(options.language, s.levels[level].level.label(options.language));
                if (const QString described = filtered->filter.describe(s.categories, s.flags, options.language); !described.isEmpty())
                    document.lines << QCoreApplication::translate("PdfList", "Filter: %1").arg(described);
                document.page.paper = paper == QLatin1String("a3") ? geo::PaperSize::A3 : geo::PaperSize::A4;
                document.fitPaper = !parser.isSet(paperOption);
                auto written = geo::writeStatisticsPdf(out, text, document);
                if (!written)
                    return reportError(written.error(), json);
            } else {
                CsvOptions csv;
                csv.encoding = *encoding;
                csv.unencodable = UnencodableCharacters::Replace;
                auto written = geo::writeStatisticsCsv(out, text, csv);
                if (!written)
                    return reportError(written.error(), json);
            }
            if (json)
                printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("areas"), int(m.rows.size()) - 1}}));
            return ExitOk;
        }
        if (json) {
            printJson(QJsonDocument(matrixJson(m, s)));
            return ExitOk;
        }
        for (const QStringList &row : QList<QStringList>{text.header} + text.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells << csvField(cell);
            printLine(cells.join(QLatin1Char(',')));
        }
        return ExitOk;
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
