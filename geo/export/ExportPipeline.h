#pragma once

#include "core/Feedback.h"
#include "core/Result.h"
#include "core/export/CsvExport.h"
#include "core/export/ExportData.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/export/MapLayout.h"
#include "geo/export/PageStyle.h"
#include "geo/export/PdfList.h"
#include "geo/render/MapScene.h"
#include "geo/render/RenderSettings.h"

#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace careatlas::geo {

// The one export path below the app (architecture.md, "One pipeline for window, print and
// CLI"): the window and `careatlas-cli export` build the same ExportRequest and hand it here;
// printing is the same pages painted on a QPrinter.
enum class ExportKind { Csv, PdfList, MapLayout, Atlas, Gis };

struct ExportRequest {
    ExportKind kind = ExportKind::PdfList;
    QString storePath;
    ResourceFilter filter;              // what to export: the filter's matches, in its order
    QString language = QStringLiteral("ja");
    QString title;                      // printed on PDF and map pages; a default when empty
    PageSetup page;
    QList<ResourceColumn> columns;      // lists, CSV and atlas; empty: each format's default
    ListGrouping grouping = ListGrouping::None;
    QString areaLevel;                  // the Area column, area grouping and atlas pages; empty: the default level
    CsvOptions csv;
    // Map layouts
    QRectF mapExtent;                   // map metres (a window's view); empty: the area, else everything
    QString mapAreaLevel;               // an area shown and outlined; empty: the filter's area
    QString mapAreaCode;
    RenderSettings settings;            // styles and options of the map (mask and selection are ignored)
    double pngDotsPerInch = 150;
    HandoutOptions handout;             // map layouts: numbered symbols and list, names, large print, palette
};

// The kind an output file asks for by its extension (.csv .pdf .png .svg .gpkg .geojson .shp);
// `map` asks for a map layout in PDF. Nullopt: no export writes such a file.
std::optional<ExportKind> exportKindFor(const QString &path, bool map = false);

// What a request resolves to before anything is written: the data every format takes, and the
// scene for maps. Made on a worker thread; painting and writing take it by const reference.
struct PreparedExport {
    ExportRequest request;
    ExportData data;
    MapScenePointer scene;              // map layouts and atlases only
    bool filtered = false;              // whether the filter narrowed anything
};

struct ExportOutcome {
    ExportKind kind = ExportKind::PdfList;
    int resources = 0;
    int pages = 0;
    int areas = 0;
    int withoutLocation = 0;            // GIS: written with an empty geometry
    int numbered = 0;                   // handout maps: resources numbered on the map and listed
    QStringList unplacedAreas;          // handout maps: area names listed, not placed
    int replacedCharacters = 0;         // CSV in CP932 with replacement allowed
    QString firstReplacement;
    QString filterDescription;
    bool filtered = false;
};

// Opens the store read-only, applies the filter (geo::filterStore), loads the export data (the
// area level: the request's, else the daily-life areas, else the finest level with areas) and,
// for maps, the scene. A caller that has the store's scene or snapshot already (the window)
// passes them; otherwise they are read from the store.
Result<PreparedExport> prepareExport(const ExportRequest &request, const Feedback &feedback = {}, MapScenePointer scene = nullptr,
                                     ResourceSnapshotPointer snapshot = nullptr);

// Writes the prepared export to `path` (temporary file and rename; nothing under the name on failure).
Result<ExportOutcome> writeExport(const PreparedExport &prepared, const QString &path, const Feedback &feedback = {});

// prepareExport, then writeExport.
Result<ExportOutcome> runExport(const ExportRequest &request, const QString &path, const Feedback &feedback = {},
                                MapScenePointer scene = nullptr, ResourceSnapshotPointer snapshot = nullptr);

// Paints the pages of a PDF list, map layout or atlas onto a paged device of page pixels
// (isPagePixelDevice: a QPrinter with setResolution(96) and setFullPage(true)), between
// QPainter::begin and end: printing and print preview. CSV and GIS kinds: InvalidArgument.
Result<ExportOutcome> paintExport(const PreparedExport &prepared, QPagedPaintDevice &device, QPainter &painter,
                                  const Feedback &feedback = {});

// Repairs a PDF that Qt wrote straight to a file (a QPrinter printing to PDF) the way exports are
// repaired (fixPdfRadicals), so that its text reads back as printed. Written safely in place.
Status repairPrintedPdf(const QString &path);

} // namespace careatlas::geo
