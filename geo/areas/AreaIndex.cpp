#include "geo/areas/AreaIndex.h"

#include "geo/areas/AreaGeometry.h"

#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <vector>

namespace careatlas::geo {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

struct AreaIndex::Private {
    struct Entry {
        QString code;
        AreaMultiPolygon shape;
    };
    std::vector<Entry> entries;   // sorted by code, so the first match is the lowest code
    bgi::rtree<std::pair<AreaBox, size_t>, bgi::quadratic<16>> tree;
    int unreadable = 0;
};

AreaIndex::AreaIndex(std::unique_ptr<Private> p) : d(std::move(p)) {}
AreaIndex::~AreaIndex() = default;

std::shared_ptr<const AreaIndex> AreaIndex::build(const QList<AreaRecord> &areas)
{
    auto p = std::make_unique<Private>();
    for (const AreaRecord &area : areas) {
        auto shape = multiPolygonFromWkb(area.wkb);
        if (!shape || bg::is_empty(*shape)) {
            ++p->unreadable;
            continue;
        }
        p->entries.push_back({area.code, std::move(*shape)});
    }
    std::sort(p->entries.begin(), p->entries.end(), [](const Private::Entry &a, const Private::Entry &b) { return a.code < b.code; });
    std::vector<std::pair<AreaBox, size_t>> boxes;
    boxes.reserve(p->entries.size());
    for (size_t i = 0; i < p->entries.size(); ++i)
        boxes.emplace_back(bg::return_envelope<AreaBox>(p->entries[i].shape), i);
    p->tree = decltype(p->tree)(boxes.begin(), boxes.end());   // bulk load (packing)
    return std::shared_ptr<const AreaIndex>(new AreaIndex(std::move(p)));
}

QString AreaIndex::areaAt(double lon, double lat) const
{
    const AreaPoint point(lon, lat);
    size_t best = d->entries.size();
    for (auto it = d->tree.qbegin(bgi::intersects(point)); it != d->tree.qend(); ++it) {
        if (it->second < best && bg::covered_by(point, d->entries[it->second].shape))
            best = it->second;
    }
    return best < d->entries.size() ? d->entries[best].code : QString();
}

QStringList AreaIndex::areasAt(double lon, double lat) const
{
    const AreaPoint point(lon, lat);
    std::vector<size_t> found;
    for (auto it = d->tree.qbegin(bgi::intersects(point)); it != d->tree.qend(); ++it)
        if (bg::covered_by(point, d->entries[it->second].shape))
            found.push_back(it->second);
    std::sort(found.begin(), found.end());
    QStringList codes;
    for (size_t index : found)
        codes.append(d->entries[index].code);
    return codes;
}

int AreaIndex::size() const { return int(d->entries.size()); }
int AreaIndex::unreadableCount() const { return d->unreadable; }

} // namespace careatlas::geo
