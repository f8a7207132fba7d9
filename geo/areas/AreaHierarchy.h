#pragma once

#include "core/Area.h"

#include <QList>
#include <QString>

namespace careatlas::geo {

// One parent's part of a child's surface.
struct ParentShare {
    QString parentCode;
    double share = 0;        // 0..1 of the child's area
};

// Which area of the level above holds a child area.
struct ParentAssignment {
    QString childCode;
    QString parentCode;      // empty: none found
    double share = 0;        // of the chosen parent (1 when stated by attribute)
    QList<ParentShare> shares;   // every parent it overlaps, largest first
    bool split = false;      // no parent holds at least the threshold of it
    QString problem;         // stable, when something is off: "outside_parents",
                             // "unknown_parent_code", "geometry_unreadable"
};

// Parents by surface: each child's parent is the area of `parents` holding most of its
// surface (Boost.Geometry intersection areas, an R-tree over the parents' envelopes; equal
// shares go to the lowest code). A child with less than `splitThreshold` of its surface in
// that parent is marked split.
QList<ParentAssignment> assignParentsBySurface(const QList<AreaRecord> &children, const QList<AreaRecord> &parents,
                                               double splitThreshold = 0.95);

// Parents stated by attribute (AreaRecord::parentCode as read from the file): checked
// against the codes of `parents`; an unknown code is reported and cleared.
QList<ParentAssignment> assignParentsByAttribute(const QList<AreaRecord> &children, const QList<AreaRecord> &parents);

} // namespace careatlas::geo
