#pragma once

#include <QPointF>
#include <QString>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include <random>
#include <vector>

namespace careatlas::demo {

namespace bg = boost::geometry;
using LocalPoint = bg::model::d2::point_xy<double>;   // metres east/north of the city centre
using LocalPolygon = bg::model::polygon<LocalPoint>;

inline constexpr double CentreLatitude = 36.5613;
inline constexpr double CentreLongitude = 136.6562;

// Local metres → geographic JGD2011 degrees (an equirectangular approximation is exact enough
// for a fictional city; the same input always gives the same output).
QPointF toLonLat(const LocalPoint &p);

// The 54 school districts of the demo city as a tiling: each cell shares its borders exactly
// (the same vertices) with its neighbours, so parents formed by dissolving have no slivers.
struct DistrictTiling {
    std::vector<LocalPolygon> cells;
    std::vector<LocalPoint> seeds;               // the point each cell grew from
    std::vector<std::vector<int>> neighbours;    // cell adjacency (shared border)
};

// `roughness` scales how far borders wander from straight lines (1 = natural-looking).
DistrictTiling generateTiling(unsigned seed, int cellCount, double roughness = 1.0);

// Groups cells into `groupCount` contiguous groups of similar size, growing from the cells
// nearest `starts` (one per group). Returns the group of each cell.
std::vector<int> growGroups(const std::vector<std::vector<int>> &neighbours,
                            const std::vector<LocalPoint> &cellCentres,
                            const std::vector<LocalPoint> &starts);

// A deterministic pseudo-random source (std::mt19937's sequence is fixed by the standard;
// the distributions are not, so we derive numbers ourselves).
class DemoRandom
{
public:
    explicit DemoRandom(unsigned seed) : m_engine(seed) {}
    double uniform() { return double(m_engine()) / 4294967296.0; }                  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return int(uniform() * n); }                                 // [0, n)
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }                 // [lo, hi]
    bool chance(double p) { return uniform() < p; }
private:
    std::mt19937 m_engine;
};

} // namespace careatlas::demo
