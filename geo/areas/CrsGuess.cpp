#include "geo/areas/CrsGuess.h"

#include <QCoreApplication>

#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

namespace careatlas::geo {

namespace {


const char *const romanZones[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                  "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"};

constexpr int DefaultPlaneZone = 7;   // Ishikawa, Toyama, Gifu, Aichi
constexpr int DefaultUtmEpsg = 6690;  // JGD2011 / UTM zone 53N

std::optional<LonLat> toLonLat(int epsg, double x, double y)
{
    OGRSpatialReference source, target;
    if (source.importFromEPSG(epsg) != OGRERR_NONE || target.importFromEPSG(6668) != OGRERR_NONE)
        return std::nullopt;
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &target));
    if (!transform || !transform->Transform(1, &x, &y))
        return std::nullopt;
    return LonLat{x, y};
}

double distanceDegrees(const LonLat &a, const LonLat &b)
{
    const double dx = (a.lon - b.lon) * std::cos(a.lat * M_PI / 180.0);
    return std::hypot(dx, a.lat - b.lat);
}

// Among EPSG codes first..last, the one that maps the extent's centre nearest `near`.
int nearestZone(int first, int last, const Extent &extent, const LonLat &near)
{
    const double x = (extent.minX + extent.maxX) / 2, y = (extent.minY + extent.maxY) / 2;
    int best = 0;
    double bestDistance = 0;
    for (int epsg = first; epsg <= last; ++epsg) {
        const auto lonLat = toLonLat(epsg, x, y);
        if (!lonLat)
            continue;
        const double distance = distanceDegrees(*lonLat, near);
        if (best == 0 || distance < bestDistance) {
            best = epsg;
            bestDistance = distance;
        }
    }
    return best;
}

QString nameOf(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return QString();
    return QString::fromUtf8(srs.GetName());
}

bool within(double value, double low, double high) { return value >= low && value <= high; }

// Coarse boxes around Japan's land: the four main islands and their neighbours, the Nansei,
// Izu and Ogasawara islands. The Sea of Japan, the Pacific and the continent fall outside.
bool inJapan(const LonLat &p)
{
    static const double boxes[][4] = {
        {139.3, 41.3, 145.9, 45.6},   // Hokkaido
        {139.4, 37.7, 142.1, 41.6},   // Tohoku
        {135.9, 34.5, 141.0, 38.4},   // Kanto, Chubu, Hokuriku, Sado
        {130.8, 33.4, 136.0, 36.4},   // Kinki, Chugoku, Oki
        {132.0, 32.7, 134.8, 34.4},   // Shikoku
        {129.1, 30.9, 132.1, 34.8},   // Kyushu, Tsushima
        {122.9, 24.0, 131.1, 30.9},   // Nansei islands
        {139.0, 32.4, 140.0, 34.8},   // Izu islands
        {142.0, 26.5, 142.3, 27.8},   // Ogasawara
    };
    for (const auto &b : boxes)
        if (within(p.lon, b[0], b[2]) && within(p.lat, b[1], b[3]))
            return true;
    return false;
}

// Whether the extent's corners and centre, read in `epsg`, all land in Japan.
bool landsInJapan(int epsg, const Extent &e)
{
    const double xs[] = {e.minX, e.maxX, e.minX, e.maxX, (e.minX + e.maxX) / 2};
    const double ys[] = {e.minY, e.minY, e.maxY, e.maxY, (e.minY + e.maxY) / 2};
    for (int i = 0; i < 5; ++i) {
        const auto lonLat = toLonLat(epsg, xs[i], ys[i]);
        if (!lonLat || !inJapan(*lonLat))
            return false;
    }
    return true;
}

} // namespace

QList<CrsOption> japaneseCrsOptions()
{
    QList<int> codes = {6668, 4612, 4301};
    for (int epsg = 6669; epsg <= 6687; ++epsg)
        codes << epsg;   // JGD2011 plane rectangular I–XIX
    for (int epsg = 2443; epsg <= 2461; ++epsg)
        codes << epsg;   // JGD2000
    for (int epsg = 30161; epsg <= 30179; ++epsg)
        codes << epsg;   // Tokyo datum
    for (int epsg = 6688; epsg <= 6692; ++epsg)
        codes << epsg;   // JGD2011 UTM 51N–55N
    codes << 4326;
    QList<CrsOption> options;
    for (int epsg : codes)
        options.append({QStringLiteral("EPSG:%1").arg(epsg), nameOf(epsg)});
    return options;
}

int planeRectangularZone(int epsg) { return epsg >= 6669 && epsg <= 6687 ? epsg - 6668 : 0; }
int planeRectangularEpsg(int zone) { return zone >= 1 && zone <= 19 ? 6668 + zone : 0; }

CrsChoice guessCrs(const Extent &e, const std::optional<LonLat> &near)
{
    CrsChoice choice;
    choice.source = QStringLiteral("guessed");
    auto pick = [&](int epsg, const QString &reason) {
        choice.crs = QStringLiteral("EPSG:%1").arg(epsg);
        choice.name = nameOf(epsg);
        choice.reason = reason;
        return choice;
    };
    auto refuse = [&](const QString &reason) {
        choice.reason = reason;
        return choice;
    };
    if (within(e.minX, 122, 154) && within(e.maxX, 122, 154) && within(e.minY, 20, 46) && within(e.maxY, 20, 46))
        return pick(6668, QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates are degrees around Japan, taken as JGD2011 "
                             "(EPSG:6668); choose Tokyo datum (EPSG:4301) if the data is older than 2002"));
    // Degrees elsewhere, or metres so few that they could be degrees: nothing to go on.
    if (within(e.minX, -180, 180) && within(e.maxX, -180, 180) && within(e.minY, -90, 90) && within(e.maxY, -90, 90))
        return refuse(QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates could be degrees, but not around Japan"));
    const double limit = 600000;
    if (within(e.minX, -limit, limit) && within(e.maxX, -limit, limit) && within(e.minY, -limit, limit) && within(e.maxY, -limit, limit)) {
        if (near) {
            const int epsg = nearestZone(6669, 6687, e, *near);
            if (epsg != 0 && landsInJapan(epsg, e))
                return pick(epsg, QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates are plane-rectangular metres, and zone %1 puts "
                                     "them nearest the project's data; check the zone").arg(QLatin1String(romanZones[epsg - 6669])));
        }
        const int epsg = planeRectangularEpsg(DefaultPlaneZone);
        if (landsInJapan(epsg, e))
            return pick(epsg, QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates are plane-rectangular metres; zone VII (Ishikawa) is assumed, "
                                 "choose the zone of the data's prefecture if it differs"));
        return refuse(QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates look like metres, but read as plane-rectangular they do not land in Japan"));
    }
    if (within(e.minX, 100000, 900000) && within(e.maxX, 100000, 900000) && within(e.minY, 2000000, 5300000)
        && within(e.maxY, 2000000, 5300000)) {
        int epsg = near ? nearestZone(6688, 6692, e, *near) : DefaultUtmEpsg;
        if (epsg == 0)
            epsg = DefaultUtmEpsg;
        if (landsInJapan(epsg, e))
            return pick(epsg, QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates look like UTM metres; JGD2011 UTM is assumed, check the zone"));
        return refuse(QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates look like UTM metres, but not of a zone in Japan"));
    }
    if (within(std::abs(e.minX), 1.3e7, 1.75e7) && within(std::abs(e.maxX), 1.3e7, 1.75e7) && within(e.minY, 2.2e6, 6.0e6)
        && within(e.maxY, 2.2e6, 6.0e6) && landsInJapan(3857, e))
        return pick(3857, QCoreApplication::translate("AreaReport", "the file has no CRS; its coordinates look like Web Mercator metres (EPSG:3857)"));
    return refuse(QCoreApplication::translate("AreaReport", "the file has no CRS and its coordinates fit no CRS of Japan"));
}

} // namespace careatlas::geo
