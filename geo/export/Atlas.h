#pragma once

#include "core/Result.h"
#include "core/export/ExportControl.h"
#include "core/export/ExportData.h"
#include "geo/export/PageStyle.h"
#include "geo/render/MapScene.h"
#include "geo/render/RenderSettings.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace careatlas::geo {

struct AtlasOptions {
    PageSetup page;                     // A4 portrait by default
    QList<ResourceColumn> columns;      // empty: name, category, address, phone, hours
    RenderSettings settings;
};

struct AtlasReport {
    int areas = 0;
    int pages = 0;
    int contentsPages = 0;
};

// An atlas: a contents page (an overview map and every area of the level with its count and
// page), then for every area of `data.areaLevel` a page with the map of the area (only the
// resources of `data` shown) and the list of its resources, continued on further pages with the
// header repeated. One PDF, "n / N" on every page, written through a temporary file.
// `data` must be loaded with the atlas level (loadExportData(store, resources, level)).
// Errors: InvalidArgument (no area level), NotFound (the level has no areas in the scene),
// FileWriteFailed, DiskFull, Cancelled.
// Paints the atlas onto any paged device of page pixels (see paintPdfList), e.g. a QPrinter.
Result<AtlasReport> paintAtlas(QPagedPaintDevice &device, QPainter &painter, const MapScene &scene, const ExportData &data,
                               const AtlasOptions &options = {}, const ExportControl &control = {});

Result<AtlasReport> exportAtlas(const MapScene &scene, const ExportData &data, const QString &path,
                                const AtlasOptions &options = {}, const ExportControl &control = {});

} // namespace careatlas::geo
