#pragma once

#include "core/Result.h"
#include "core/export/ExportControl.h"
#include "core/export/ExportData.h"
#include "geo/export/PageStyle.h"
#include "geo/render/MapScene.h"
#include "geo/render/RenderSettings.h"

#include <QRectF>
#include <QString>

namespace careatlas::geo {

enum class MapLayoutFormat { Pdf, Png, Svg };

// A map to hand out (docs/export.md): individual symbols, numbered, with the numbered list beside
// the map (landscape) or under it (portrait), continued on further pages of a PDF; every area
// name of a level placed or listed; large print; colour-blind-safe symbol colours.
struct HandoutOptions {
    bool numbered = false;          // false: the symbols of the screen (count rings where they crowd)
    bool largePrint = false;        // the list at 12 pt, symbols and numbers larger
    bool colourBlindSafe = false;   // symbols in the Okabe–Ito colours of their group
    QString namedLevel;             // every area name of this level on the map, or listed beside it
    bool any() const { return numbered || largePrint || colourBlindSafe || !namedLevel.isEmpty(); }
};

struct MapLayoutOptions {
    PageSetup page{PaperSize::A4, true};
    QRectF extent;                  // map metres: the current view; empty → the chosen area or everything
    QString areaLevel;              // a chosen area (level code + area code): its extent, outlined
    QString areaCode;
    RenderSettings settings;        // the scale bar, north arrow and legend are always drawn
    double pngDotsPerInch = 150;
    HandoutOptions handout;
};

struct MapLayoutReport {
    MapLayoutFormat format = MapLayoutFormat::Pdf;
    int symbols = 0;
    int clusters = 0;
    int listed = 0;                 // handout: entries of the numbered list written
    int numbered = 0;               // handout: resources numbered on the map
    int pages = 1;
    QStringList unplacedAreas;      // handout: names of the named level listed instead of placed
};

// The format an output path asks for (.pdf .png .svg), or nullopt.
std::optional<MapLayoutFormat> mapLayoutFormatFor(const QString &path);

// A printable map page: title, filter and date above a framed map (the extent fitted into it,
// only `data.resources` shown) with the renderer's scale bar and north arrow, the legend of
// what is shown beside it, and the data sources below. PDF and SVG are vector (lines and text stay sharp), PNG a raster at
// pngDotsPerInch. Written through a temporary file beside `path`.
// Errors: InvalidArgument (unknown extension), NotFound (no such area), FileWriteFailed, DiskFull.
Result<MapLayoutReport> exportMapLayout(const MapScene &scene, const ExportData &data, const QString &path,
                                        const MapLayoutOptions &options = {}, const ExportControl &control = {});

// Paints the layout onto a painter whose coordinates are page pixels (used by every format,
// and by print preview).
Result<MapLayoutReport> paintMapLayout(QPainter &painter, const MapScene &scene, const ExportData &data,
                                       const MapLayoutOptions &options, const std::atomic_bool *cancel = nullptr);

} // namespace careatlas::geo
