#include "app/cli/StatisticsMapOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace careatlas::cli {

namespace {

struct StatisticsMapOptions {
    QCommandLineOption measure{QStringLiteral("choropleth"),
                               QCoreApplication::translate("cli", "Colour the areas of --choropleth-level by count, per1000_65, per1000_75 or capacity_per1000_65 "
                                                                  "of the filter's categories (areas with none hatched, a legend with the class limits)"),
                               QStringLiteral("MEASURE")};
    QCommandLineOption level{QStringLiteral("choropleth-level"),
                             QCoreApplication::translate("cli", "The area level coloured and measured by --choropleth and --coverage-km (default: daily-life areas)"),
                             QStringLiteral("LEVEL")};
    QCommandLineOption classes{QStringLiteral("classes"),
                               QCoreApplication::translate("cli", "How the choropleth's classes are made: quantile (default), equal-interval or natural-breaks"),
                               QStringLiteral("METHOD"), QStringLiteral("quantile")};
    QCommandLineOption palette{QStringLiteral("palette"),
                               QCoreApplication::translate("cli", "The choropleth's colours, all colour-blind safe: ylgnbu (default), orrd, viridis or greys"),
                               QStringLiteral("PALETTE"), QStringLiteral("ylgnbu")};
    QCommandLineOption coverage{QStringLiteral("coverage-km"),
                                QCoreApplication::translate("cli", "Draw the parts of the areas more than KM kilometres from every resource of the filter grey and hatched"),
                                QStringLiteral("KM")};
};

const StatisticsMapOptions &options()
{
    static const StatisticsMapOptions made;   // after the translator is installed
    return made;
}

} // namespace

void addStatisticsMapOptions(QCommandLineParser &parser)
{
    const StatisticsMapOptions &o = options();
    parser.addOptions({o.measure, o.level, o.classes, o.palette, o.coverage});
}

Result<geo::StatisticsMapRequest> readStatisticsMapRequest(const QCommandLineParser &parser, const ResourceSnapshot &snapshot)
{
    const StatisticsMapOptions &o = options();
    auto usage = [](const QString &problem) { return Error(ErrorCode::InvalidArgument, problem); };
    geo::StatisticsMapRequest request;
    if (parser.isSet(o.measure)) {
        const auto measure = geo::choroplethMeasureFromName(parser.value(o.measure));
        if (!measure || *measure == geo::ChoroplethMeasure::None)
            return usage(QCoreApplication::translate("cli", "--choropleth must be count, per1000_65, per1000_75 or capacity_per1000_65"));
        request.measure = *measure;
    }
    if (!classMethodFromName(parser.value(o.classes).toLower(), &request.method))
        return usage(QCoreApplication::translate("cli", "--classes must be quantile, equal-interval or natural-breaks"));
    const auto palette = geo::choroplethPaletteFromName(parser.value(o.palette));
    if (!palette)
        return usage(QCoreApplication::translate("cli", "--palette must be ylgnbu, orrd, viridis or greys"));
    request.palette = *palette;
    if (parser.isSet(o.coverage)) {
        bool ok = false;
        request.coverageKm = parser.value(o.coverage).toDouble(&ok);
        if (!ok || !(request.coverageKm > 0) || request.coverageKm > 100)
            return usage(QCoreApplication::translate("cli", "--coverage-km must be a distance in kilometres above 0 and up to 100"));
    }
    if (!request.any()) {
        if (parser.isSet(o.level) || parser.isSet(o.classes) || parser.isSet(o.palette))
            return usage(QCoreApplication::translate("cli", "--choropleth-level, --classes and --palette go with --choropleth or --coverage-km"));
        return request;
    }
    if (parser.isSet(o.level)) {
        request.levelCode = parser.value(o.level);
        const int l = snapshot.levelIndex(request.levelCode);
        if (l < 0 || snapshot.levels[l].areas.isEmpty()) {
            QStringList known;
            for (const auto &level : snapshot.levels)
                if (!level.areas.isEmpty())
                    known << level.level.code;
            return usage(QCoreApplication::translate("cli", "unknown level '%1' (the store has: %2)").arg(request.levelCode, known.join(QStringLiteral(", "))));
        }
    } else {
        // The daily-life areas, else the finest level with areas (levels go from coarse to fine).
        for (const auto &level : snapshot.levels)
            if (!level.areas.isEmpty() && request.levelCode != QLatin1String("daily_life_area"))
                request.levelCode = level.level.code;
        if (request.levelCode.isEmpty())
            return usage(QCoreApplication::translate("cli", "--choropleth and --coverage-km need areas in the store"));
    }
    return request;
}

} // namespace careatlas::cli
