#include "data/demogen/DemoGeometry.h"

#include <boost/polygon/voronoi.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace careatlas::demo {

namespace {

using VoronoiDiagram = boost::polygon::voronoi_diagram<double>;
using VoronoiEdge = VoronoiDiagram::edge_type;
using IntPoint = boost::polygon::point_data<int>;

constexpr double MetresPerDegreeLatitude = 110950.0;

double metresPerDegreeLongitude()
{
    return 111320.0 * std::cos(CentreLatitude * std::numbers::pi / 180.0);
}

// Seed spacing: close in the centre, wider outwards and wider still towards the hills in the
// south-east, as school districts are in a real city.
double spacingAt(double x, double y)
{
    const double r = std::hypot(x, y);
    const double km = r / 1000.0;
    double spacing = 900.0 + 110.0 * km;
    if (r > 1.0) {
        const double towardsHills = (0.6 * x - 0.8 * y) / r;
        spacing *= 1.0 + 0.5 * std::max(0.0, towardsHills) * std::min(km / 7.0, 1.0);
    }
    return spacing;
}

// How far a seed is from the centre relative to the city's (irregular) outline: the city is
// the cells of the seeds with the lowest values. The sea bounds it in the north-west.
double outlineScore(double x, double y)
{
    const double theta = std::atan2(y, x);
    const double radius = 10500.0 * (1.0 + 0.16 * std::sin(2 * theta + 0.7) + 0.09 * std::sin(3 * theta + 2.1)
                                     + 0.05 * std::sin(5 * theta + 0.3));
    double score = std::hypot(x, y) / radius;
    const double towardsSea = (-x + y) / std::sqrt(2.0);
    if (towardsSea > 6200.0)
        score += 10.0;   // in the sea
    return score;
}

// Midpoint displacement between two points: the same key gives the same line, so both cells
// on either side of a border draw it identically.
void displace(const LocalPoint &a, const LocalPoint &b, double amplitude, DemoRandom &random,
              std::vector<LocalPoint> &out)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length = std::hypot(dx, dy);
    if (length < 220.0) {
        out.push_back(b);
        return;
    }
    const double offset = amplitude * length * random.uniform(-1.0, 1.0);
    const LocalPoint mid((a.x() + b.x()) / 2 - dy / length * offset, (a.y() + b.y()) / 2 + dx / length * offset);
    displace(a, mid, amplitude, random, out);
    displace(mid, b, amplitude, random, out);
}

std::vector<LocalPoint> borderLine(const VoronoiEdge &edge, unsigned seed, bool outer, double roughness)
{
    const LocalPoint a(edge.vertex0()->x(), edge.vertex0()->y());
    const LocalPoint b(edge.vertex1()->x(), edge.vertex1()->y());
    unsigned key = seed;
    for (double v : {a.x(), a.y(), b.x(), b.y()})
        key = key * 2654435761u + unsigned(std::llround(v * 10.0));
    DemoRandom random(key);
    std::vector<LocalPoint> line{a};
    displace(a, b, (outer ? 0.16 : 0.12) * roughness, random, line);
    return line;
}

} // namespace

QPointF toLonLat(const LocalPoint &p)
{
    return {CentreLongitude + p.x() / metresPerDegreeLongitude(), CentreLatitude + p.y() / MetresPerDegreeLatitude};
}

DistrictTiling generateTiling(unsigned seed, int cellCount, double roughness)
{
    DemoRandom random(seed);
    // Poisson-disc seeds with a spacing that varies over the region.
    std::vector<LocalPoint> seeds;
    const double half = 24000.0;
    for (int attempt = 0; attempt < 60000; ++attempt) {
        const double x = random.uniform(-half, half), y = random.uniform(-half, half);
        const double spacing = spacingAt(x, y);
        const bool free = std::none_of(seeds.begin(), seeds.end(), [&](const LocalPoint &s) {
            return std::hypot(s.x() - x, s.y() - y) < std::max(spacing, spacingAt(s.x(), s.y()));
        });
        if (free)
            seeds.emplace_back(x, y);
    }

    std::vector<IntPoint> sites;
    sites.reserve(seeds.size());
    for (const LocalPoint &s : seeds)
        sites.emplace_back(int(std::lround(s.x())), int(std::lround(s.y())));
    VoronoiDiagram diagram;
    boost::polygon::construct_voronoi(sites.begin(), sites.end(), &diagram);

    // The city: the cellCount closed cells with the lowest outline score.
    std::vector<std::size_t> order(seeds.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
        return outlineScore(seeds[l].x(), seeds[l].y()) < outlineScore(seeds[r].x(), seeds[r].y());
    });
    std::vector<const VoronoiDiagram::cell_type *> cellOfSite(seeds.size(), nullptr);
    for (const auto &cell : diagram.cells())
        cellOfSite[cell.source_index()] = &cell;
    auto isClosed = [](const VoronoiDiagram::cell_type *cell) {
        const VoronoiEdge *edge = cell->incident_edge();
        do {
            if (edge->is_infinite())
                return false;
            edge = edge->next();
        } while (edge != cell->incident_edge());
        return true;
    };
    std::map<std::size_t, int> cityIndexOfSite;
    for (std::size_t site : order) {
        if (int(cityIndexOfSite.size()) == cellCount)
            break;
        if (isClosed(cellOfSite[site]))
            cityIndexOfSite.emplace(site, 0);
    }
    // Number the city's cells in site order (stable, independent of map iteration details).
    DistrictTiling tiling;
    for (auto &[site, index] : cityIndexOfSite) {
        index = int(tiling.seeds.size());
        tiling.seeds.push_back(seeds[site]);
    }
    tiling.cells.resize(tiling.seeds.size());
    tiling.neighbours.resize(tiling.seeds.size());

    std::map<const VoronoiEdge *, std::vector<LocalPoint>> lines;   // per canonical edge
    for (const auto &[site, index] : cityIndexOfSite) {
        const VoronoiEdge *start = cellOfSite[site]->incident_edge();
        const VoronoiEdge *edge = start;
        auto &ring = tiling.cells[index].outer();
        do {
            const std::size_t otherSite = edge->twin()->cell()->source_index();
            const auto other = cityIndexOfSite.find(otherSite);
            if (other != cityIndexOfSite.end())
                tiling.neighbours[index].push_back(other->second);
            const VoronoiEdge *canonical = std::min(edge, edge->twin());
            auto found = lines.find(canonical);
            if (found == lines.end())
                found = lines.emplace(canonical, borderLine(*canonical, seed, other == cityIndexOfSite.end(), roughness)).first;
            const std::vector<LocalPoint> &line = found->second;
            if (edge == canonical)
                ring.insert(ring.end(), line.begin(), line.end() - 1);
            else
                ring.insert(ring.end(), line.rbegin(), line.rend() - 1);
            edge = edge->next();
        } while (edge != start);
        bg::correct(tiling.cells[index]);
        std::sort(tiling.neighbours[index].begin(), tiling.neighbours[index].end());
    }
    return tiling;
}

std::vector<int> growGroups(const std::vector<std::vector<int>> &neighbours,
                            const std::vector<LocalPoint> &cellCentres,
                            const std::vector<LocalPoint> &starts)
{
    const int cellCount = int(neighbours.size());
    std::vector<int> group(cellCount, -1);
    std::vector<int> size(starts.size(), 0);
    std::vector<LocalPoint> origin;
    for (std::size_t g = 0; g < starts.size(); ++g) {
        int best = -1;
        double bestDistance = 0;
        for (int c = 0; c < cellCount; ++c) {
            if (group[c] != -1)
                continue;
            const double d = bg::distance(cellCentres[c], starts[g]);
            if (best < 0 || d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        group[best] = int(g);
        size[g] = 1;
        origin.push_back(cellCentres[best]);
    }
    int assigned = int(starts.size());
    while (assigned < cellCount) {
        // The smallest group that can still grow takes its nearest unassigned neighbour.
        std::vector<int> byPriority(starts.size());
        for (std::size_t g = 0; g < starts.size(); ++g)
            byPriority[g] = int(g);
        std::stable_sort(byPriority.begin(), byPriority.end(), [&](int l, int r) { return size[l] < size[r]; });
        bool grew = false;
        for (int g : byPriority) {
            int best = -1;
            double bestDistance = 0;
            for (int c = 0; c < cellCount; ++c) {
                if (group[c] != g)
                    continue;
                for (int n : neighbours[c]) {
                    if (group[n] != -1)
                        continue;
                    const double d = bg::distance(cellCentres[n], origin[g]);
                    if (best < 0 || d < bestDistance) {
                        best = n;
                        bestDistance = d;
                    }
                }
            }
            if (best >= 0) {
                group[best] = g;
                ++size[g];
                ++assigned;
                grew = true;
                break;
            }
        }
        if (!grew)
            break;   // disconnected cells (never for a tiling): left to the caller to check
    }
    return group;
}

} // namespace careatlas::demo
