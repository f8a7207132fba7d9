#include "geo/areas/AreaHierarchy.h"

#include "geo/areas/AreaGeometry.h"

#include <QSet>

#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <optional>
#include <vector>

namespace careatlas::geo {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

struct ParsedArea {
    const AreaRecord *record = nullptr;
    std::optional<AreaMultiPolygon> shape;
};

using ParentTree = bgi::rtree<std::pair<AreaBox, size_t>, bgi::quadratic<16>>;

} // namespace

QList<ParentAssignment> assignParentsBySurface(const QList<AreaRecord> &children, const QList<AreaRecord> &parents,
                                               double splitThreshold)
{
    std::vector<ParsedArea> parsedParents;
    std::vector<std::pair<AreaBox, size_t>> boxes;
    for (const AreaRecord &parent : parents) {
        ParsedArea parsed{&parent, multiPolygonFromWkb(parent.wkb)};
        if (parsed.shape && !bg::is_empty(*parsed.shape))
            boxes.emplace_back(bg::return_envelope<AreaBox>(*parsed.shape), parsedParents.size());
        parsedParents.push_back(std::move(parsed));
    }
    const ParentTree tree(boxes.begin(), boxes.end());   // bulk-loaded

    QList<ParentAssignment> result;
    for (const AreaRecord &child : children) {
        ParentAssignment assignment;
        assignment.childCode = child.code;
        const auto shape = multiPolygonFromWkb(child.wkb);
        const double childArea = shape ? bg::area(*shape) : 0;
        if (!shape || childArea <= 0) {
            assignment.problem = QStringLiteral("geometry_unreadable");
            result.append(assignment);
            continue;
        }
        std::vector<std::pair<AreaBox, size_t>> candidates;
        tree.query(bgi::intersects(bg::return_envelope<AreaBox>(*shape)), std::back_inserter(candidates));
        for (const auto &[box, index] : candidates) {
            const ParsedArea &parent = parsedParents[index];
            const double overlap = intersectionArea(*shape, child.wkb, *parent.shape, parent.record->wkb);
            if (overlap > 0)
                assignment.shares.append({parent.record->code, std::min(1.0, overlap / childArea)});
        }
        std::sort(assignment.shares.begin(), assignment.shares.end(), [](const ParentShare &a, const ParentShare &b) {
            return a.share != b.share ? a.share > b.share : a.parentCode < b.parentCode;
        });
        if (assignment.shares.isEmpty()) {
            assignment.problem = QStringLiteral("outside_parents");
        } else {
            assignment.parentCode = assignment.shares.constFirst().parentCode;
            assignment.share = assignment.shares.constFirst().share;
            assignment.split = assignment.share < splitThreshold;
        }
        result.append(assignment);
    }
    return result;
}

QList<ParentAssignment> assignParentsByAttribute(const QList<AreaRecord> &children, const QList<AreaRecord> &parents)
{
    QSet<QString> codes;
    for (const AreaRecord &parent : parents)
        codes.insert(parent.code);
    QList<ParentAssignment> result;
    for (const AreaRecord &child : children) {
        ParentAssignment assignment;
        assignment.childCode = child.code;
        if (codes.contains(child.parentCode)) {
            assignment.parentCode = child.parentCode;
            assignment.share = 1;
            assignment.shares = {{child.parentCode, 1}};
        } else {
            assignment.problem = QStringLiteral("unknown_parent_code");
            assignment.shares = {{child.parentCode, 0}};
        }
        result.append(assignment);
    }
    return result;
}

} // namespace careatlas::geo
