#include "app/cli/FilterOptions.h"

#include "core/address/AddressReference.h"
#include "core/query/SqlFilter.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace careatlas::cli {

FilterOptions::FilterOptions()
    : category(QStringLiteral("category"), QCoreApplication::translate("cli", "Only this category (code; repeat for several)"), QStringLiteral("C")),
      flag(QStringLiteral("flag"), QCoreApplication::translate("cli", "Only resources with this flag (code; repeat: all of them)"), QStringLiteral("F")),
      text(QStringLiteral("text"), QCoreApplication::translate("cli", "Only resources whose name, kana, address, operator or notes contain the words"), QStringLiteral("Q")),
      area(QStringLiteral("area"), QCoreApplication::translate("cli", "Only resources inside this area (name or code, any level)"), QStringLiteral("NAME_OR_CODE")),
      near(QStringLiteral("near"), QCoreApplication::translate("cli", "Centre for --radius-km, as LAT,LON"), QStringLiteral("LAT,LON")),
      radius(QStringLiteral("radius-km"), QCoreApplication::translate("cli", "Only resources within this distance of --near (default 2)"), QStringLiteral("R"), QStringLiteral("2")),
      address(QStringLiteral("address"), QCoreApplication::translate("cli", "Centre for --radius-km, as an address found in the store's address reference"), QStringLiteral("ADDRESS")),
      notConfirmed(QStringLiteral("not-confirmed-months"),
                   QCoreApplication::translate("cli", "Only resources not confirmed for at least N months (by an import of their source, else their source's date)"),
                   QStringLiteral("N")),
      retired(QStringLiteral("retired"),
              QCoreApplication::translate("cli", "Resources retired by a newer whole list of their source: hide (default), include or only"),
              QStringLiteral("hide|include|only"), QStringLiteral("hide"))
{
}

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({category, flag, text, area, near, radius, address, notConfirmed, retired});
}

Result<ResourceFilter> FilterOptions::read(const QCommandLineParser &parser, const ResourceSnapshot &snapshot, const Store *store) const
{
    ResourceFilter filter;
    for (const QString &value : parser.values(category)) {
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (snapshot.categoryIndex(code.trimmed()) < 0)
                return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "unknown category '%1'").arg(code));
            filter.categories.push_back(code.trimmed());
        }
    }
    for (const QString &value : parser.values(flag)) {
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (snapshot.flagIndex(code.trimmed()) < 0)
                return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "unknown flag '%1'").arg(code));
            filter.flags.push_back(code.trimmed());
        }
    }
    filter.text = parser.value(text).trimmed();
    if (parser.isSet(notConfirmed)) {
        bool ok = false;
        const int months = parser.value(notConfirmed).toInt(&ok);
        if (!ok || months < 1 || months > 1200)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--not-confirmed-months must be a number of months from 1 to 1200"));
        filter.notConfirmedMonths = months;
    }
    if (parser.isSet(retired)) {
        const auto choice = retiredChoiceFromString(parser.value(retired).trimmed());
        if (!choice)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--retired must be hide, include or only"));
        filter.retired = *choice;
    }
    if (parser.isSet(area)) {
        bool ambiguous = false;
        const auto found = snapshot.findArea(parser.value(area), &ambiguous);
        if (!found)
            return Error(ErrorCode::NotFound, QCoreApplication::translate("cli", "no area is called '%1'").arg(parser.value(area)));
        if (ambiguous)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "several areas are called '%1'; give its code").arg(parser.value(area)));
        const auto &level = snapshot.levels[found->first];
        filter.area = AreaChoice{level.level.code, level.areas[found->second].code, level.areas[found->second].name};
    }
    if (parser.isSet(near)) {
        const QStringList parts = parser.value(near).split(QLatin1Char(','));
        bool latOk = false, lonOk = false, radiusOk = false;
        const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&latOk) : 0;
        const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&lonOk) : 0;
        const double km = parser.value(radius).toDouble(&radiusOk);
        if (!latOk || !lonOk || lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--near must be LAT,LON in degrees, e.g. 36.56,136.65"));
        if (!radiusOk || km <= 0 || km > 1000)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--radius-km must be a distance in kilometres above 0"));
        filter.near = NearChoice{lat, lon, km * 1000.0, QString()};   // described by its coordinates, as a point picked in the window
    } else if (parser.isSet(address)) {
        bool radiusOk = false;
        const double km = parser.value(radius).toDouble(&radiusOk);
        if (!radiusOk || km <= 0 || km > 1000)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--radius-km must be a distance in kilometres above 0"));
        if (!store)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--address needs a store"));
        auto matches = lookupAddress(*store, parser.value(address), 1);
        if (!matches)
            return matches.error();
        if (matches->isEmpty())
            return Error(ErrorCode::NotFound, QCoreApplication::translate("cli", "the address '%1' is not in the store's address reference (import it with import-addresses)").arg(parser.value(address)));
        filter.near = NearChoice{matches->front().latitude, matches->front().longitude, km * 1000.0, matches->front().address};
    } else if (parser.isSet(radius)) {
        return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "--radius-km needs --near"));
    }
    return filter;
}

Result<ReadFilter> readFilter(Store &store, const FilterOptions &options, const QCommandLineParser &parser, bool withAreas)
{
    auto catalogue = loadCatalogueSnapshot(store, withAreas || parser.isSet(options.area));
    if (!catalogue)
        return catalogue.error();
    auto filter = options.read(parser, **catalogue, &store);
    if (!filter)
        return filter.error();
    return ReadFilter{*catalogue, *filter};
}

bool useSqlFilter(const ResourceFilter &filter) { return sqlCanFilter(filter) && qEnvironmentVariableIsEmpty("CAREATLAS_SNAPSHOT_FILTER"); }

Result<FilteredResources> applyFilter(Store &store, const ReadFilter &read)
{
    if (!useSqlFilter(read.filter))
        return geo::filterStore(store, read.filter);
    auto filtered = filterWithSql(store, *read.catalogue, read.filter);
    if (!filtered)
        return filtered.error();
    return FilteredResources{filtered->snapshot, read.filter, std::move(filtered->result)};
}

} // namespace careatlas::cli
