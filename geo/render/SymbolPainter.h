#pragma once

#include "core/Catalogue.h"

#include <QColor>
#include <QPointF>

class QPainter;

namespace careatlas::geo {

// Draws a category symbol: its shape in its colour with a white halo that keeps it legible
// over any area fill. `size` is the symbol's width in logical pixels.
void drawSymbol(QPainter &painter, const QPointF &centre, SymbolShape shape, const QColor &color, double size);
// A category's symbol colour: its own, or with `colourBlindSafe` the Okabe–Ito colour of its
// group (consultation reddish purple, medical vermillion, care blue, housing orange, community
// bluish green), which readers with any common colour-vision deficiency tell apart.
QColor symbolColor(const Category &category, bool colourBlindSafe);
// The ring drawn around a selected resource.
void drawSelectionRing(QPainter &painter, const QPointF &centre, double size);

} // namespace careatlas::geo
