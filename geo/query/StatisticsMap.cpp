#include "geo/query/StatisticsMap.h"

#include "core/store/Store.h"
#include "geo/query/DistanceCoverage.h"
#include "geo/query/StoreFilter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>

namespace careatlas::geo {

namespace {

constexpr std::array<std::pair<ChoroplethMeasure, const char *>, 5> MeasureNames{{
    {ChoroplethMeasure::None, "none"},
    {ChoroplethMeasure::Count, "count"},
    {ChoroplethMeasure::Per1000Aged65, "per1000_65"},
    {ChoroplethMeasure::Per1000Aged75, "per1000_75"},
    {ChoroplethMeasure::CapacityPer1000Aged65, "capacity_per1000_65"},
}};

constexpr std::array<std::pair<ChoroplethPalette, const char *>, 4> PaletteNames{{
    {ChoroplethPalette::YlGnBu, "ylgnbu"},
    {ChoroplethPalette::OrRd, "orrd"},
    {ChoroplethPalette::Viridis, "viridis"},
    {ChoroplethPalette::Greys, "greys"},
}};

QLocale localeFor(const QString &language)
{
    return QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
}

QStringList categoryLabels(const QStringList &codes, const ResourceSnapshot &snapshot, const QString &language)
{
    QStringList names;
    for (const QString &code : codes)
        if (const int c = snapshot.categoryIndex(code); c >= 0)
            names << snapshot.categories[c].label(language);
    return names;
}

} // namespace

QString choroplethMeasureName(ChoroplethMeasure measure)
{
    for (const auto &[m, name] : MeasureNames)
        if (m == measure)
            return QString::fromLatin1(name);
    return QStringLiteral("none");
}

std::optional<ChoroplethMeasure> choroplethMeasureFromName(const QString &name)
{
    for (const auto &[m, n] : MeasureNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

QString choroplethMeasureLabel(ChoroplethMeasure measure)
{
    switch (measure) {
    case ChoroplethMeasure::None:
        return QCoreApplication::translate("StatisticsMap", "No colours");
    case ChoroplethMeasure::Count:
        return QCoreApplication::translate("StatisticsMap", "Count");
    case ChoroplethMeasure::Per1000Aged65:
        return QCoreApplication::translate("StatisticsMap", "Per 1,000 aged 65+");
    case ChoroplethMeasure::Per1000Aged75:
        return QCoreApplication::translate("StatisticsMap", "Per 1,000 aged 75+");
    case ChoroplethMeasure::CapacityPer1000Aged65:
        return QCoreApplication::translate("StatisticsMap", "Capacity per 1,000 aged 65+");
    }
    return {};
}

QString choroplethPaletteName(ChoroplethPalette palette)
{
    for (const auto &[p, name] : PaletteNames)
        if (p == palette)
            return QString::fromLatin1(name);
    return QStringLiteral("ylgnbu");
}

std::optional<ChoroplethPalette> choroplethPaletteFromName(const QString &name)
{
    for (const auto &[p, n] : PaletteNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString choroplethPaletteLabel(ChoroplethPalette palette)
{
    switch (palette) {
    case ChoroplethPalette::YlGnBu:
        return QCoreApplication::translate("StatisticsMap", "Yellow–blue");
    case ChoroplethPalette::OrRd:
        return QCoreApplication::translate("StatisticsMap", "Orange–red");
    case ChoroplethPalette::Viridis:
        return QCoreApplication::translate("StatisticsMap", "Viridis");
    case ChoroplethPalette::Greys:
        return QCoreApplication::translate("StatisticsMap", "Greys (for black-and-white print)");
    }
    return {};
}

std::vector<QColor> sequentialPalette(int classes, ChoroplethPalette palette)
{
    using Table = std::array<std::vector<const char *>, 7>;
    // ColorBrewer (Cynthia Brewer, colorbrewer2.org) and matplotlib's viridis (reversed: light
    // to dark), 1 to 7 classes.
    static const Table ylgnbu = {{{"#41b6c4"},
                                  {"#a1dab4", "#225ea8"},
                                  {"#edf8b1", "#7fcdbb", "#2c7fb8"},
                                  {"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"},
                                  {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"},
                                  {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"},
                                  {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"}}};
    static const Table orrd = {{{"#fc8d59"},
                                {"#fdbb84", "#e34a33"},
                                {"#fee8c8", "#fdbb84", "#e34a33"},
                                {"#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"},
                                {"#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"},
                                {"#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"},
                                {"#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"}}};
    static const Table viridis = {{{"#21918c"},
                                   {"#5ec962", "#3b528b"},
                                   {"#fde725", "#21918c", "#440154"},
                                   {"#fde725", "#35b779", "#31688e", "#440154"},
                                   {"#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"},
                                   {"#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"},
                                   {"#fde725", "#8fd744", "#35b779", "#21918c", "#31688e", "#443983", "#440154"}}};
    static const Table greys = {{{"#969696"},
                                 {"#bdbdbd", "#636363"},
                                 {"#f0f0f0", "#bdbdbd", "#636363"},
                                 {"#f7f7f7", "#cccccc", "#969696", "#525252"},
                                 {"#f7f7f7", "#cccccc", "#969696", "#636363", "#252525"},
                                 {"#f7f7f7", "#d9d9d9", "#bdbdbd", "#969696", "#636363", "#252525"},
                                 {"#f7f7f7", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525"}}};
    const Table &table = palette == ChoroplethPalette::OrRd      ? orrd
                         : palette == ChoroplethPalette::Viridis ? viridis
                         : palette == ChoroplethPalette::Greys   ? greys
                                                                 : ylgnbu;
    std::vector<QColor> colors;
    for (const char *c : table[std::clamp(classes, 1, 7) - 1])
        colors.emplace_back(QString::fromLatin1(c));
    return colors;
}

std::vector<QColor> sequentialPalette(int classes)
{
    return sequentialPalette(classes, ChoroplethPalette::YlGnBu);
}

std::shared_ptr<const Choropleth> makeChoropleth(const AreaMatrix &m, const ResourceSnapshot &snapshot, const StatisticsMapRequest &request)
{
    if (request.measure == ChoroplethMeasure::None || m.levelIndex < 0 || m.levelIndex >= snapshot.levels.size())
        return nullptr;
    auto choropleth = std::make_shared<Choropleth>();
    choropleth->levelCode = snapshot.levels[m.levelIndex].level.code;
    std::vector<double> values;
    for (const AreaMatrix::Row &r : m.rows) {
        if (r.levelIndex != m.levelIndex)
            continue;
        std::optional<double> value;
        switch (request.measure) {
        case ChoroplethMeasure::None:
            break;
        case ChoroplethMeasure::Count:
            value = r.rated;
            break;
        case ChoroplethMeasure::Per1000Aged65:
            value = AreaMatrix::perThousand(r.rated, r.population.aged65);
            break;
        case ChoroplethMeasure::Per1000Aged75:
            value = AreaMatrix::perThousand(r.rated, r.population.aged75);
            break;
        case ChoroplethMeasure::CapacityPer1000Aged65:
            value = AreaMatrix::perThousand(double(r.capacity), r.population.aged65);
            break;
        }
        if (!value)
            continue;
        choropleth->values.insert(r.areaCode, *value);
        values.push_back(*value);
    }
    choropleth->breaks = classify(values, request.method, std::clamp(request.classes, 1, 7));
    choropleth->colors = sequentialPalette(int(choropleth->breaks.upper.size()), request.palette);
    choropleth->decimals = request.measure == ChoroplethMeasure::Count ? 0 : 1;
    const QStringList rated = categoryLabels(m.ratedCategories, snapshot, m.language);
    const QString subject = rated.isEmpty() ? QCoreApplication::translate("StatisticsMap", "All resources") : rated.join(QStringLiteral("・"));
    choropleth->title = QCoreApplication::translate("StatisticsMap", "%1: %2").arg(subject, choroplethMeasureLabel(request.measure));
    if (request.measure != ChoroplethMeasure::Count && m.populationAsOf.isValid())
        choropleth->title += QLatin1Char(' ')
            + QCoreApplication::translate("StatisticsMap", "(population as of %1)").arg(localeFor(m.language).toString(m.populationAsOf, QLocale::ShortFormat));
    choropleth->noneLabel = QCoreApplication::translate("StatisticsMap", "0 (none)");
    return choropleth;
}

std::shared_ptr<const CoverageGaps> makeCoverageGaps(const QPainterPath &uncovered, double km, const QStringList &ratedCategories,
                                                     const ResourceSnapshot &snapshot, const QString &language)
{
    auto gaps = std::make_shared<CoverageGaps>();
    gaps->path = uncovered;
    const QStringList names = categoryLabels(ratedCategories, snapshot, language);
    const QString distance = localeFor(language).toString(km, 'g', 4);
    gaps->label = names.isEmpty() ? QCoreApplication::translate("StatisticsMap", "More than %1 km from any resource shown").arg(distance)
                                  : QCoreApplication::translate("StatisticsMap", "More than %1 km from %2").arg(distance, names.join(QStringLiteral("・")));
    return gaps;
}

ResourceFilter statisticsFilter(const ResourceFilter &filter)
{
    ResourceFilter counted = filter;
    counted.area.reset();
    counted.categories.clear();
    return counted;
}

Status applyStatisticsMap(RenderSettings &settings, const StatisticsMapRequest &request, Store &store, const ResourceFilter &filter,
                          const QString &language, const MapProjection *projection, const Feedback &feedback)
{
    settings.choropleth.reset();
    settings.coverageGaps.reset();
    if (!request.any())
        return {};
    auto filtered = filterStore(store, statisticsFilter(filter));
    if (!filtered)
        return filtered.error();
    const ResourceSnapshot &snapshot = *filtered->snapshot;
    const int level = snapshot.levelIndex(request.levelCode);
    if (level < 0 || snapshot.levels[level].areas.isEmpty())
        return Error(ErrorCode::NotFound, request.levelCode).inField(QStringLiteral("level"));
    auto population = loadPopulation(store);
    if (!population)
        return population.error();
    MatrixOptions options;
    options.language = language;
    options.ratedCategories = filter.categories;
    const AreaMatrix matrix = buildAreaMatrix(snapshot, filtered->result, level, options, &*population);
    settings.choropleth = makeChoropleth(matrix, snapshot, request);
    if (request.coverageKm > 0) {
        auto coverage = matrixCoverage(matrix, request.coverageKm, snapshot, filtered->result, store, &*population, projection, feedback);
        if (!coverage)
            return coverage.error();
        settings.coverageGaps = makeCoverageGaps(coverage->uncovered, request.coverageKm, filter.categories, snapshot, language);
    }
    return {};
}

} // namespace careatlas::geo
