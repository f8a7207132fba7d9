#include "app/cli/CliCommand.h"
#include "app/cli/FilterOptions.h"

#include "app/i18n/Translations.h"
#include "core/population/PopulationStore.h"
#include "core/query/AreaMatrix.h"
#include "core/query/SqlFilter.h"
#include "app/cli/StatsFiles.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <optional>
#include <variant>

namespace careatlas::cli {

const StatsFileParts *&statsFileParts()
{
    static const StatsFileParts *parts = nullptr;
    return parts;
}

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

// STORE opened read-only with the filter the options describe; on failure the error is
// reported (a usage error for bad filter options) and the exit code returned instead.
struct OpenedFilter {
    std::unique_ptr<Store> store;
    ReadFilter read;
};
std::variant<OpenedFilter, int> openFilter(const QCommandLineParser &parser, const FilterOptions &options, const QString &command, bool json,
                                           bool withAreas = false)
{
    auto store = Store::open(parser.positionalArguments().constFirst(), Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    auto read = readFilter(**store, options, parser, withAreas);
    if (!read) {
        if (read.error().code == ErrorCode::InvalidArgument)
            return reportUsage(command, read.error().detail);
        return reportError(read.error(), json);
    }
    return OpenedFilter{std::move(*store), std::move(*read)};
}

} // namespace

int runQuery(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Print the resources that match a filter (nearest first with --near)."));
    addHelpOption(parser);
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
    auto opened = openFilter(parser, filterOptions, QStringLiteral("query"), json);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    OpenedFilter &open = std::get<OpenedFilter>(opened);
    auto applied = applyFilter(*open.store, open.read);
    if (!applied)
        return reportError(applied.error(), json);
    const FilteredResources *filtered = &*applied;
    const ResourceSnapshot &s = *filtered->snapshot;
    const bool withDistance = filtered->filter.near.has_value();
    // Retired resources asked for: each row says whether (and since when) it is retired.
    const bool withRetired = filtered->filter.retired != RetiredChoice::Hide;

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
            if (withRetired) {
                const QDate retired = s.retiredAt.value(r.id);
                row.insert(QStringLiteral("retired_at"), retired.isValid() ? QJsonValue(retired.toString(Qt::ISODate)) : QJsonValue());
            }
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
    if (withRetired)
        header << QStringLiteral("retired_at");
    // One write for the whole table (a write and a flush per line made 600,000 system calls).
    QStringList lines{header.join(QLatin1Char(','))};
    lines.reserve(qsizetype(filtered->result.rows.size()) + 1);
    for (int i : filtered->result.rows) {
        const Resource &r = s.resources[i];
        QStringList cells{QString::number(r.id), r.categoryCode, csvField(r.name), csvField(r.kana), csvField(r.address), csvField(r.phone),
                          r.latitude ? number(*r.latitude, 7) : QString(), r.longitude ? number(*r.longitude, 7) : QString(),
                          r.flags.join(QLatin1Char(';'))};
        if (withDistance)
            cells << number(filtered->result.distance[i], 1);
        if (withRetired)
            cells << s.retiredAt.value(r.id).toString(Qt::ISODate);
        lines << cells.join(QLatin1Char(','));
    }
    printLine(lines.join(QLatin1Char('\n')));
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
        if (m.coverageKm > 0) {
            auto share = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
            const std::optional<AreaCoverage> &c = r.coverage;
            row.insert(QStringLiteral("area_m2"), c ? QJsonValue(c->area) : QJsonValue());
            row.insert(QStringLiteral("area_within_share"), share(c ? c->areaShare() : std::nullopt));
            row.insert(QStringLiteral("residents_within_share"), share(c ? c->peopleShare() : std::nullopt));
            row.insert(QStringLiteral("aged_65_within_share"), share(c ? c->aged65Share() : std::nullopt));
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
    if (m.coverageKm > 0) {
        out.insert(QStringLiteral("coverage_km"), m.coverageKm);
        out.insert(QStringLiteral("coverage_population_level"), m.coveragePopulationLevel);
    }
    return out;
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Count resources per area of a level and per category, rolled up to the levels above."));
    addHelpOption(parser);
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
    const QCommandLineOption coverageOption(QStringLiteral("coverage-km"),
        QCoreApplication::translate("cli", "Add the share of each area (and of its residents, where a finer level has population) within KM kilometres of a resource of the filter's categories"),
        QStringLiteral("KM"));
    parser.addOptions({levelOption, formatOption, matrixOption, groupByOption, outOption, encodingOption, paperOption, coverageOption});
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
    const bool matrix = parser.isSet(matrixOption) || parser.isSet(groupByOption) || parser.isSet(outOption) || parser.isSet(coverageOption);
    double coverageKm = 0;
    if (parser.isSet(coverageOption)) {
        bool ok = false;
        coverageKm = parser.value(coverageOption).toDouble(&ok);
        if (!ok || !(coverageKm > 0) || coverageKm > 100)
            return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "--coverage-km must be a distance in kilometres above 0 and up to 100"));
    }
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
    // Coverage (GEOS through GDAL) and the files (the PDF through QtGui) are the full module's.
    if ((coverageKm > 0 || !out.isEmpty()) && !statsFileParts())
        return ExitNeedsFull;
    auto opened = openFilter(parser, filterOptions, QStringLiteral("stats"), json, true);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    OpenedFilter &open = std::get<OpenedFilter>(opened);
    const ResourceSnapshot &s = *open.read.catalogue;   // categories and levels: the same in a full snapshot
    const int level = s.levelIndex(parser.value(levelOption));
    if (level < 0) {
        QStringList known;
        for (const auto &l : s.levels)
            known << l.level.code;
        return reportUsage(QStringLiteral("stats"), QCoreApplication::translate("cli", "unknown level '%1' (the store has: %2)")
                                                        .arg(parser.value(levelOption), known.join(QStringLiteral(", "))));
    }

    if (matrix) {
        // The matrix (rates, groups, roll-ups) is built from the filter's result over every resource.
        auto filteredStore = geo::filterStore(*open.store, open.read.filter);
        if (!filteredStore)
            return reportError(filteredStore.error(), json);
        const auto *filtered = &*filteredStore;
        const ResourceSnapshot &full = *filtered->snapshot;
        const int fullLevel = full.levelIndex(s.levels[level].level.code);
        auto loaded = loadPopulation(*open.store);
        if (!loaded)
            return reportError(loaded.error(), json);
        const QHash<QString, PopulationTable> population = *loaded;
        MatrixOptions options;
        options.grouping = groupBy == QLatin1String("group") ? MatrixColumns::Groups : MatrixColumns::Categories;
        options.language = currentLanguage();
        options.columnCategories = open.read.filter.categories;
        options.ratedCategories = open.read.filter.categories;
        AreaMatrix m = buildAreaMatrix(full, filtered->result, fullLevel, options, &population);
        if (coverageKm > 0)
        {
            if (const Status covered = statsFileParts()->addCoverage(m, coverageKm, full, filtered->result, *open.store, &population); !covered)
                return reportError(covered.error(), json);
        }
        const MatrixText text = matrixText(m);
        if (!out.isEmpty()) {
            StatsFileRequest request;
            request.path = out;
            request.pdf = pdf;
            request.encoding = *encoding;
            request.language = options.language;
            request.levelLabel = s.levels[level].level.label(options.language);
            request.filterDescription = open.read.filter.describe(s.categories, s.flags, options.language);
            request.a3 = paper == QLatin1String("a3");
            request.fitPaper = !parser.isSet(paperOption);
            if (const Status written = statsFileParts()->write(text, request); !written)
                return reportError(written.error(), json);
            if (json)
                printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("areas"), int(m.rows.size()) - 1}}));
            return ExitOk;
        }
        if (json) {
            printJson(QJsonDocument(matrixJson(m, full)));
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

    // Counted by the store (GROUP BY over the stored assignments) where the filter allows it,
    // else over the snapshot of every resource.
    AreaCountTable table;
    if (useSqlFilter(open.read.filter)) {
        auto counted = countByAreaWithSql(*open.store, s, open.read.filter, level);
        if (!counted)
            return reportError(counted.error(), json);
        table = std::move(*counted);
    } else {
        auto filtered = geo::filterStore(*open.store, open.read.filter);
        if (!filtered)
            return reportError(filtered.error(), json);
        table = countByArea(*filtered->snapshot, filtered->result, filtered->snapshot->levelIndex(s.levels[level].level.code));
    }
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
    // Written in blocks of a megabyte, each row's area part encoded once (1.1 million lines at
    // national scale: a write and a flush per line made 600,000 system calls).
    QByteArray buffer("level,area_code,area_name,parent_code,category,count\n");
    QList<QByteArray> categoryCodes;
    for (const Category &category : s.categories)
        categoryCodes << category.code.toUtf8() + ',';
    for (const auto &row : table.rows) {
        const QByteArray area = QStringList{row.levelCode, csvField(row.areaCode), csvField(row.areaName), csvField(row.parentCode), QString()}
                                    .join(QLatin1Char(','))
                                    .toUtf8();
        for (int c = 0; c < s.categories.size(); ++c) {
            buffer += area;
            buffer += categoryCodes[c];
            buffer += QByteArray::number(row.perCategory[c]);
            buffer += '\n';
        }
        if (buffer.size() > (1 << 20)) {
            printBytes(buffer);
            buffer.clear();
        }
    }
    printBytes(buffer);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace careatlas::cli
